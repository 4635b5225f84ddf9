import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { ProgrammeCatalogueDocument } from '../../../gql/graphql';
import { allTimeZones, formatLocalDate } from '../../../lib/time';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useCreateCohort } from '../hooks/useCohorts';
import { todayIn } from './CohortSettingsCard';

type Field = 'programmeId' | 'name' | 'startDate' | 'timeZone' | 'capacity' | 'confirmPastStart';

/** Creates a cohort from a published programme; its sessions are dated from the start in the cohort's zone. */
export function NewCohortForm({ partnerId, defaultTimeZone, onCreated, onCancel }: { partnerId: string; defaultTimeZone: string; onCreated: (id: string) => void; onCancel: () => void }) {
  const catalogue = useQuery(ProgrammeCatalogueDocument);
  const [create, { loading }] = useCreateCohort();
  const [programmeId, setProgrammeId] = useState('');
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState('');
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [capacity, setCapacity] = useState('25');
  const [pastOk, setPastOk] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<Field>();
  const past = /^\d{4}-\d{2}-\d{2}$/.test(startDate) && startDate < todayIn(timeZone);
  const zones = useMemo(() => {
    const known = allTimeZones();
    return known.includes(defaultTimeZone) ? known : [defaultTimeZone, ...known];
  }, [defaultTimeZone]);
  const programmes = (catalogue.data?.programmes ?? []).filter((p) => p.latestVersion);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const cap = Number(capacity);
    const ok = check({
      programmeId: programmeId ? undefined : 'Choose the programme the cohort runs.',
      name: name.trim().length < 2 ? 'Give the cohort a name of at least 2 characters.' : undefined,
      startDate: /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? undefined : 'Enter the start date.',
      capacity: Number.isInteger(cap) && cap >= 1 && cap <= 5000 ? undefined : 'Capacity is a whole number from 1 to 5,000.',
      confirmPastStart: past && !pastOk ? 'This date is in the past: tick the box to confirm.' : undefined,
    });
    if (!ok) return;
    try {
      const { data } = await create({ variables: { input: { partnerId, programmeId, name: name.trim(), startDate, timeZone, capacity: cap, confirmPastStart: pastOk } } });
      if (data) onCreated(data.createCohort.id);
    } catch (err) {
      if (!fromApi(err, ['programmeId', 'name', 'startDate', 'timeZone', 'capacity'])) setError(err);
    }
  };

  if (catalogue.loading && !catalogue.data) return <Loading label="Loading programmes…" />;
  if (catalogue.error && !catalogue.data) return <ErrorNotice error={catalogue.error} title="Programmes could not be loaded" onRetry={() => void catalogue.refetch()} />;

  return (
    <form ref={formRef} className="form-grid" noValidate onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice error={error} title="The cohort was not created" />
        </div>
      )}
      <SelectField label="Programme" error={errors.programmeId} value={programmeId} onChange={(e) => setProgrammeId(e.target.value)} hint="The latest published version; the cohort keeps it even if the programme changes later.">
        <option value="">Choose a programme</option>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code} — {p.title} ({p.weeks} weeks)
          </option>
        ))}
      </SelectField>
      <TextField label="Cohort name" error={errors.name} maxLength={120} value={name} onChange={(e) => setName(e.target.value)} hint="For example: COIM Nairobi — March 2027." />
      <TextField label="Start date" type="date" error={errors.startDate} value={startDate} onChange={(e) => (setStartDate(e.target.value), setPastOk(false))} hint="Week 1 opens at midnight of this day in the cohort’s time zone." />
      <SelectField label="Time zone" error={errors.timeZone} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} hint="Session times and due dates are set in this zone.">
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <TextField label="Capacity" type="number" inputMode="numeric" error={errors.capacity} value={capacity} onChange={(e) => setCapacity(e.target.value)} hint="The most learners the cohort takes." />
      {past && (
        <div className="field span-all">
          <label className="checkbox">
            <input type="checkbox" checked={pastOk} onChange={(e) => setPastOk(e.target.checked)} aria-invalid={errors.confirmPastStart ? true : undefined} aria-describedby={errors.confirmPastStart ? 'new-past-error' : undefined} />
            Yes, start this cohort in the past ({formatLocalDate(startDate)})
          </label>
          {errors.confirmPastStart && (
            <p id="new-past-error" className="field-error">
              {errors.confirmPastStart}
            </p>
          )}
        </div>
      )}
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
