import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { ProgrammeCatalogueDocument } from '../../../gql/graphql';
import { allTimeZones } from '../../../lib/time';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useCreateCohort } from '../hooks/useCohorts';

/** Creates a cohort from a published programme; its sessions are dated from the start in the cohort's zone. */
export function NewCohortForm({ partnerId, defaultTimeZone, onCreated, onCancel }: { partnerId: string; defaultTimeZone: string; onCreated: (id: string) => void; onCancel: () => void }) {
  const catalogue = useQuery(ProgrammeCatalogueDocument);
  const [create, { loading }] = useCreateCohort();
  const [programmeId, setProgrammeId] = useState('');
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState('');
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [capacity, setCapacity] = useState('25');
  const [error, setError] = useState<unknown>(null);
  const zones = useMemo(() => {
    const known = allTimeZones();
    return known.includes(defaultTimeZone) ? known : [defaultTimeZone, ...known];
  }, [defaultTimeZone]);
  const programmes = (catalogue.data?.programmes ?? []).filter((p) => p.latestVersion);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await create({ variables: { input: { partnerId, programmeId, name: name.trim(), startDate, timeZone, capacity: Number(capacity) } } });
      if (data) onCreated(data.createCohort.id);
    } catch (err) {
      setError(err);
    }
  };

  if (catalogue.loading && !catalogue.data) return <Loading label="Loading programmes…" />;
  if (catalogue.error && !catalogue.data) return <ErrorNotice error={catalogue.error} title="Programmes could not be loaded" onRetry={() => void catalogue.refetch()} />;

  return (
    <form className="form-grid" onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice error={error} title="The cohort was not created" />
        </div>
      )}
      <SelectField label="Programme" required value={programmeId} onChange={(e) => setProgrammeId(e.target.value)} hint="The latest published version; the cohort keeps it even if the programme changes later.">
        <option value="">Choose a programme</option>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code} — {p.title} ({p.weeks} weeks)
          </option>
        ))}
      </SelectField>
      <TextField label="Cohort name" required minLength={2} maxLength={120} value={name} onChange={(e) => setName(e.target.value)} hint="For example: COIM Nairobi — March 2027." />
      <TextField label="Start date" type="date" required value={startDate} onChange={(e) => setStartDate(e.target.value)} hint="Week 1 opens at midnight of this day in the cohort’s time zone." />
      <SelectField label="Time zone" required value={timeZone} onChange={(e) => setTimeZone(e.target.value)} hint="Session times and due dates are set in this zone.">
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <TextField label="Capacity" type="number" required min={1} max={5000} value={capacity} onChange={(e) => setCapacity(e.target.value)} hint="The most learners the cohort takes." />
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create cohort'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
