import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ProgrammeCatalogueDocument } from '../../../gql/graphql';
import { allTimeZones } from '../../../lib/time';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useCreateCohort } from '../hooks/useCohorts';
import { capacityCheck, checks, CohortForm, DATE, fields, nameCheck, PastStartConfirm, useCohortForm } from './CohortForm';

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
  const [timeZone, setTimeZone] = useState(defaultTimeZone);
  const [capacity, setCapacity] = useState('25');
  const form = useCohortForm<Field>({ startDate: '', timeZone });
  const { errors, startDate } = form;
  const zones = useMemo(() => {
    const known = allTimeZones();
    return known.includes(defaultTimeZone) ? known : [defaultTimeZone, ...known];
  }, [defaultTimeZone]);
  const programmes = (catalogue.data?.programmes ?? []).filter((p) => p.latestVersion);

  const submit = (e: FormEvent) => {
    const cap = Number(capacity);
    void form.submit(
      e,
      {
        programmeId: programmeId
          ? undefined
          : intl.formatMessage({ id: 'cohort.newForm.programmeCheck', defaultMessage: 'Choose the programme the cohort runs.' }),
        name: nameCheck(intl, name),
        startDate: DATE.test(startDate) ? undefined : intl.formatMessage(checks.startDate),
        capacity: capacityCheck(intl, cap),
      },
      async () => {
        const { data } = await create({
          variables: {
            input: { partnerId, programmeId, name: name.trim(), startDate, timeZone, capacity: cap, confirmPastStart: form.pastOk },
          },
        });
        if (data) onCreated(data.createCohort.id);
      },
      ['programmeId', 'name', 'startDate', 'timeZone', 'capacity'],
    );
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
    <CohortForm
      form={form}
      onSubmit={submit}
      errorTitle={intl.formatMessage({ id: 'cohort.newForm.failed', defaultMessage: 'The cohort was not created' })}
      busy={loading}
      submitLabel={intl.formatMessage({ id: 'cohort.newForm.create', defaultMessage: 'Create cohort' })}
      busyLabel={intl.formatMessage({ id: 'cohort.newForm.creating', defaultMessage: 'Creating…' })}
      onCancel={onCancel}
    >
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
        onChange={(e) => form.setStartDate(e.target.value)}
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
      <PastStartConfirm form={form} errorId="new-past-error" />
    </CohortForm>
  );
}
