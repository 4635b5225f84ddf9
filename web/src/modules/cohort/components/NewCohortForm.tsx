import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ProgrammeCatalogueDocument } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { allTimeZones, formatLocalDate } from '../../../lib/time';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useCreateCohort } from '../hooks/useCohorts';
import { checks, fields, todayIn } from './CohortSettingsCard';

type Field = 'programmeId' | 'name' | 'startDate' | 'timeZone' | 'capacity' | 'confirmPastStart';

/** Creates a cohort from a published programme; its sessions are dated from the start in the cohort's zone. */
export function NewCohortForm({
  partnerId,
  defaultTimeZone,
  onCreated,
  onCancel,
}: {
  partnerId: string;
  defaultTimeZone: string;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
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
      programmeId: programmeId
        ? undefined
        : intl.formatMessage({ id: 'cohort.newForm.programmeCheck', defaultMessage: 'Choose the programme the cohort runs.' }),
      name: name.trim().length < 2 ? intl.formatMessage(checks.name, { min: 2 }) : undefined,
      startDate: /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? undefined : intl.formatMessage(checks.startDate),
      capacity: Number.isInteger(cap) && cap >= 1 && cap <= 5000 ? undefined : intl.formatMessage(checks.capacity, { min: 1, max: 5000 }),
      confirmPastStart: past && !pastOk ? intl.formatMessage(checks.pastStart) : undefined,
    });
    if (!ok) return;
    try {
      const { data } = await create({
        variables: { input: { partnerId, programmeId, name: name.trim(), startDate, timeZone, capacity: cap, confirmPastStart: pastOk } },
      });
      if (data) onCreated(data.createCohort.id);
    } catch (err) {
      if (!fromApi(err, ['programmeId', 'name', 'startDate', 'timeZone', 'capacity'])) setError(err);
    }
  };

  if (catalogue.loading && !catalogue.data)
    return <Loading label={intl.formatMessage({ id: 'cohort.newForm.loadingProgrammes', defaultMessage: 'Loading programmes…' })} />;
  if (catalogue.error && !catalogue.data) {
    return (
      <ErrorNotice
        error={catalogue.error}
        title={intl.formatMessage({ id: 'cohort.newForm.programmesFailed', defaultMessage: 'Programmes could not be loaded' })}
        onRetry={() => void catalogue.refetch()}
      />
    );
  }

  return (
    <form ref={formRef} className="form-grid" noValidate onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'cohort.newForm.failed', defaultMessage: 'The cohort was not created' })}
          />
        </div>
      )}
      <SelectField
        label={intl.formatMessage({ id: 'cohort.newForm.programme', defaultMessage: 'Programme' })}
        error={errors.programmeId}
        value={programmeId}
        onChange={(e) => setProgrammeId(e.target.value)}
        hint={intl.formatMessage({
          id: 'cohort.newForm.programmeHint',
          defaultMessage: 'The latest published version; the cohort keeps it even if the programme changes later.',
        })}
      >
        <option value="">{intl.formatMessage({ id: 'cohort.newForm.chooseProgramme', defaultMessage: 'Choose a programme' })}</option>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {intl.formatMessage(
              { id: 'cohort.newForm.programmeOption', defaultMessage: '{code} — {title} ({weeks, plural, one {# week} other {# weeks}})' },
              { code: p.code, title: p.title, weeks: p.weeks },
            )}
          </option>
        ))}
      </SelectField>
      <TextField
        label={intl.formatMessage(fields.cohortName)}
        error={errors.name}
        maxLength={120}
        value={name}
        onChange={(e) => setName(e.target.value)}
        hint={intl.formatMessage({ id: 'cohort.newForm.nameHint', defaultMessage: 'For example: COIM Nairobi — March 2027.' })}
      />
      <TextField
        label={intl.formatMessage(fields.startDate)}
        type="date"
        error={errors.startDate}
        value={startDate}
        onChange={(e) => (setStartDate(e.target.value), setPastOk(false))}
        hint={intl.formatMessage({
          id: 'cohort.newForm.startDateHint',
          defaultMessage: 'Week 1 opens at midnight of this day in the cohort’s time zone.',
        })}
      />
      <SelectField
        label={intl.formatMessage({ id: 'cohort.newForm.timeZone', defaultMessage: 'Time zone' })}
        error={errors.timeZone}
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value)}
        hint={intl.formatMessage({
          id: 'cohort.newForm.timeZoneHint',
          defaultMessage: 'Session times and due dates are set in this zone.',
        })}
      >
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <TextField
        label={intl.formatMessage(fields.capacity)}
        type="number"
        inputMode="numeric"
        error={errors.capacity}
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        hint={intl.formatMessage({ id: 'cohort.newForm.capacityHint', defaultMessage: 'The most learners the cohort takes.' })}
      />
      {past && (
        <div className="field span-all">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={pastOk}
              onChange={(e) => setPastOk(e.target.checked)}
              aria-invalid={errors.confirmPastStart ? true : undefined}
              aria-describedby={errors.confirmPastStart ? 'new-past-error' : undefined}
            />
            <FormattedMessage {...fields.confirmPast} values={{ date: formatLocalDate(startDate) }} />
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
          {loading
            ? intl.formatMessage({ id: 'cohort.newForm.creating', defaultMessage: 'Creating…' })
            : intl.formatMessage({ id: 'cohort.newForm.create', defaultMessage: 'Create cohort' })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          <FormattedMessage {...common.cancel} />
        </button>
      </div>
    </form>
  );
}
