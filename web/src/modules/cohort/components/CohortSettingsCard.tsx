import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useNavigate } from '../../../lib/router';
import {
  CohortCommunityLinksDocument,
  CohortsDocument,
  DeleteCohortDocument,
  DuplicateCohortDocument,
  UpdateCohortDocument,
} from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { formatLocalDate } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import type { CohortView } from '../hooks/useCohorts';
import { capacityCheck, checks, CohortForm, DATE, fields, nameCheck, PastStartConfirm, useCohortForm } from './CohortForm';

const movable = (c: CohortView) => c.status === 'DRAFT' || c.status === 'OPEN';

type Mode = 'view' | 'edit' | 'duplicate';

/** A cohort's settings: name, capacity, start (while draft or open), community links; duplicate; delete a draft. */
export function CohortSettingsCard({ cohort: c }: { cohort: CohortView }) {
  const intl = useIntl();
  const links = useQuery(CohortCommunityLinksDocument, { variables: { id: c.id } });
  const [mode, setMode] = useState<Mode>('view');
  const [done, setDone] = useState<string | null>(null);
  const [remove, removing] = useMutation(DeleteCohortDocument, { refetchQueries: [CohortsDocument] });
  const [removeError, setRemoveError] = useState<unknown>(null);
  const navigate = useNavigate();
  const community = links.data?.cohort.communityLinks ?? [];

  return (
    <Card
      title={intl.formatMessage({ id: 'cohort.settings.title', defaultMessage: 'Settings' })}
      description={intl.formatMessage({
        id: 'cohort.settings.description',
        defaultMessage: 'Name, capacity, start date and the community links learners see.',
      })}
      actions={
        mode === 'view' && (
          <div className="form-actions wrap">
            <button type="button" className="button button-secondary button-small" onClick={() => (setDone(null), setMode('edit'))}>
              <FormattedMessage id="cohort.settings.edit" defaultMessage="Edit cohort" />
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => (setDone(null), setMode('duplicate'))}>
              <FormattedMessage id="cohort.settings.duplicate" defaultMessage="Duplicate" />
            </button>
            {c.status === 'DRAFT' && (
              <ConfirmButton
                label={intl.formatMessage({ id: 'cohort.settings.delete', defaultMessage: 'Delete' })}
                accessibleLabel={intl.formatMessage(
                  { id: 'cohort.settings.deleteNamed', defaultMessage: 'Delete {name}' },
                  { name: c.name },
                )}
                question={intl.formatMessage({ id: 'cohort.settings.deleteQuestion', defaultMessage: 'Delete {name}?' }, { name: c.name })}
                confirmLabel={intl.formatMessage({ id: 'cohort.settings.deleteConfirm', defaultMessage: 'Delete cohort' })}
                busy={removing.loading}
                onConfirm={async () => {
                  setRemoveError(null);
                  try {
                    await remove({ variables: { id: c.id } });
                    navigate('/partner/cohorts', { state: { deleted: c.name } });
                  } catch (e) {
                    setRemoveError(e);
                  }
                }}
              />
            )}
          </div>
        )
      }
    >
      {done && <SuccessNotice>{done}</SuccessNotice>}
      {removeError != null && (
        <ErrorNotice
          error={removeError}
          title={intl.formatMessage({ id: 'cohort.settings.deleteFailed', defaultMessage: 'The cohort was not deleted' })}
        />
      )}
      {mode === 'edit' ? (
        <EditCohortForm
          cohort={c}
          links={community}
          onDone={(message) => {
            setMode('view');
            if (message) setDone(message);
          }}
        />
      ) : mode === 'duplicate' ? (
        <DuplicateCohortForm cohort={c} onCancel={() => setMode('view')} onDone={(id) => navigate(`/partner/cohorts/${id}`)} />
      ) : (
        <dl className="facts">
          <div>
            <dt>
              <FormattedMessage id="cohort.settings.name" defaultMessage="Name" />
            </dt>
            <dd>{c.name}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="cohort.settings.capacity" defaultMessage="Capacity" />
            </dt>
            <dd>
              <FormattedMessage
                id="cohort.settings.capacityValue"
                defaultMessage="{capacity, plural, one {# seat} other {# seats}} ({taken, number} taken)"
                values={{ capacity: c.capacity, taken: c.seatsTaken }}
              />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="cohort.settings.starts" defaultMessage="Starts" />
            </dt>
            <dd>
              {movable(c) ? (
                formatLocalDate(c.startDate)
              ) : (
                <FormattedMessage
                  id="cohort.settings.startsFixed"
                  defaultMessage="{date} (fixed once running)"
                  values={{ date: formatLocalDate(c.startDate) }}
                />
              )}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="cohort.settings.communityLinks" defaultMessage="Community links" />
            </dt>
            <dd>
              {community.length === 0 ? (
                <FormattedMessage id="cohort.settings.noLinks" defaultMessage="None yet" />
              ) : (
                <ul className="plain-list">
                  {community.map((l) => (
                    <li key={l.url}>
                      <a href={l.url} target="_blank" rel="noreferrer">
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      )}
    </Card>
  );
}

type EditField = 'name' | 'capacity' | 'startDate' | 'links' | 'confirmPastStart';

function EditCohortForm({
  cohort: c,
  links,
  onDone,
}: {
  cohort: CohortView;
  links: { label: string; url: string }[];
  onDone: (message?: string) => void;
}) {
  const intl = useIntl();
  const [update, { loading }] = useMutation(UpdateCohortDocument);
  const [name, setName] = useState(c.name);
  const [capacity, setCapacity] = useState(String(c.capacity));
  const [linkText, setLinkText] = useState(links.map((l) => `${l.label} | ${l.url}`).join('\n'));
  const canMove = movable(c);
  const form = useCohortForm<EditField>({ startDate: c.startDate, timeZone: c.timeZone, canMove });
  const { errors, startDate } = form;

  const submit = (e: FormEvent) => {
    const parsed = parseLinks(linkText, intl);
    const cap = Number(capacity);
    void form.submit(
      e,
      {
        name: nameCheck(intl, name),
        capacity:
          capacityCheck(intl, cap) ??
          (cap < c.seatsTaken
            ? intl.formatMessage(
                {
                  id: 'cohort.settings.capacityBelowTaken',
                  defaultMessage:
                    'The cohort already has {count, plural, one {# learner} other {# learners}}; capacity cannot be below that.',
                },
                { count: c.seatsTaken },
              )
            : undefined),
        startDate: canMove && !DATE.test(startDate) ? intl.formatMessage(checks.startDate) : undefined,
        links: 'error' in parsed ? parsed.error : undefined,
      },
      async () => {
        if ('error' in parsed) return;
        await update({
          variables: {
            id: c.id,
            input: {
              name: name.trim(),
              capacity: cap,
              communityLinks: parsed.links,
              ...(canMove && startDate !== c.startDate ? { startDate, confirmPastStart: form.pastOk } : {}),
            },
          },
        });
        onDone(intl.formatMessage({ id: 'cohort.settings.saved', defaultMessage: '{name} was saved.' }, { name: name.trim() }));
      },
      ['name', 'capacity', 'startDate'],
    );
  };

  return (
    <CohortForm
      form={form}
      onSubmit={submit}
      errorTitle={intl.formatMessage({ id: 'cohort.settings.saveFailed', defaultMessage: 'The cohort was not saved' })}
      busy={loading}
      submitLabel={intl.formatMessage(common.saveChanges)}
      busyLabel={intl.formatMessage(common.saving)}
      onCancel={() => onDone()}
    >
      <TextField
        label={intl.formatMessage(fields.cohortName)}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        maxLength={120}
      />
      <TextField
        label={intl.formatMessage(fields.capacity)}
        type="number"
        inputMode="numeric"
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        error={errors.capacity}
        hint={intl.formatMessage(
          { id: 'cohort.settings.seatsTaken', defaultMessage: '{count, plural, one {# seat} other {# seats}} taken.' },
          { count: c.seatsTaken },
        )}
      />
      {canMove ? (
        <TextField
          label={intl.formatMessage(fields.startDate)}
          type="date"
          value={startDate}
          onChange={(e) => form.setStartDate(e.target.value)}
          error={errors.startDate}
          hint={intl.formatMessage({
            id: 'cohort.settings.startDateHint',
            defaultMessage: 'Week 1 opens at midnight of this day in the cohort’s time zone; the live sessions move with it.',
          })}
        />
      ) : (
        <p className="field-hint">
          <FormattedMessage id="cohort.settings.startFixed" defaultMessage="The start date is fixed once a cohort runs." />
        </p>
      )}
      <PastStartConfirm form={form} errorId="past-start-error" />
      <div className="field span-all">
        <label htmlFor={`links-${c.id}`}>
          <FormattedMessage id="cohort.settings.communityLinks" defaultMessage="Community links" />
        </label>
        <p id={`links-${c.id}-hint`} className="field-hint">
          <FormattedMessage
            id="cohort.settings.linksHint"
            defaultMessage="One per line: a label, a bar, then the full address. For example: WhatsApp group | https://chat.whatsapp.com/…"
          />
        </p>
        <textarea
          id={`links-${c.id}`}
          rows={3}
          value={linkText}
          onChange={(e) => setLinkText(e.target.value)}
          aria-invalid={errors.links ? true : undefined}
          aria-describedby={[`links-${c.id}-hint`, errors.links ? `links-${c.id}-error` : ''].filter(Boolean).join(' ')}
        />
        {errors.links && (
          <p id={`links-${c.id}-error`} className="field-error">
            {errors.links}
          </p>
        )}
      </div>
    </CohortForm>
  );
}

/** "Label | https://…" per line into community links, or what is wrong with the first bad line (in the display language). */
export function parseLinks(
  text: string,
  intl: Pick<IntlShape, 'formatMessage'>,
): { links: { label: string; url: string }[] } | { error: string } {
  const links: { label: string; url: string }[] = [];
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 10)
    return {
      error: intl.formatMessage(
        { id: 'cohort.settings.linksTooMany', defaultMessage: 'At most {max, number} community links.' },
        { max: 10 },
      ),
    };
  for (const [i, line] of lines.entries()) {
    const bar = line.lastIndexOf('|');
    const label = bar < 0 ? '' : line.slice(0, bar).trim();
    const url = (bar < 0 ? line : line.slice(bar + 1)).trim();
    if (!label || label.length > 60)
      return {
        error: intl.formatMessage(
          {
            id: 'cohort.settings.linkLabel',
            defaultMessage: 'Line {line, number}: start with a label of up to {max, number} characters, then a bar (|).',
          },
          { line: i + 1, max: 60 },
        ),
      };
    if (!/^https?:\/\/\S+\.\S+/.test(url))
      return {
        error: intl.formatMessage(
          { id: 'cohort.settings.linkUrl', defaultMessage: 'Line {line, number}: the address must be a full link starting with https://.' },
          { line: i + 1 },
        ),
      };
    links.push({ label, url });
  }
  return { links };
}

type DuplicateField = 'name' | 'startDate' | 'confirmPastStart';

function DuplicateCohortForm({ cohort: c, onCancel, onDone }: { cohort: CohortView; onCancel: () => void; onDone: (id: string) => void }) {
  const intl = useIntl();
  const [duplicate, { loading }] = useMutation(DuplicateCohortDocument, { refetchQueries: [CohortsDocument] });
  const [name, setName] = useState(() =>
    intl.formatMessage({ id: 'cohort.settings.copyName', defaultMessage: '{name} (copy)' }, { name: c.name }),
  );
  const form = useCohortForm<DuplicateField>({ startDate: '', timeZone: c.timeZone });
  const { errors, startDate } = form;

  const submit = (e: FormEvent) =>
    void form.submit(
      e,
      {
        name:
          name.trim().length < 2
            ? intl.formatMessage(
                { id: 'cohort.settings.copyNameCheck', defaultMessage: 'Give the new cohort a name of at least {min, number} characters.' },
                { min: 2 },
              )
            : undefined,
        startDate: !DATE.test(startDate)
          ? intl.formatMessage({ id: 'cohort.settings.copyStartCheck', defaultMessage: 'Enter the new cohort’s start date.' })
          : undefined,
      },
      async () => {
        const { data } = await duplicate({
          variables: { id: c.id, input: { name: name.trim(), startDate, confirmPastStart: form.pastOk } },
        });
        if (data) onDone(data.duplicateCohort.id);
      },
      ['name', 'startDate'],
    );

  return (
    <CohortForm
      form={form}
      onSubmit={submit}
      label={intl.formatMessage({ id: 'cohort.settings.duplicateNamed', defaultMessage: 'Duplicate {name}' }, { name: c.name })}
      intro={
        <p className="span-all field-hint">
          <FormattedMessage
            id="cohort.settings.duplicateHint"
            defaultMessage="A new draft with the same programme, time zone, capacity, coaches and community links."
          />
        </p>
      }
      errorTitle={intl.formatMessage({ id: 'cohort.settings.duplicateFailed', defaultMessage: 'The cohort was not duplicated' })}
      busy={loading}
      submitLabel={intl.formatMessage({ id: 'cohort.settings.createCopy', defaultMessage: 'Create the copy' })}
      busyLabel={intl.formatMessage({ id: 'cohort.settings.duplicating', defaultMessage: 'Duplicating…' })}
      onCancel={onCancel}
    >
      <TextField
        label={intl.formatMessage({ id: 'cohort.settings.copyNameLabel', defaultMessage: 'New cohort’s name' })}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        maxLength={120}
      />
      <TextField
        label={intl.formatMessage({ id: 'cohort.settings.copyStartLabel', defaultMessage: 'New cohort’s start date' })}
        type="date"
        value={startDate}
        onChange={(e) => form.setStartDate(e.target.value)}
        error={errors.startDate}
      />
      <PastStartConfirm
        form={form}
        errorId="dup-past-error"
        label={(date) => (
          <FormattedMessage
            id="cohort.settings.copyConfirmPast"
            defaultMessage="Yes, start the new cohort in the past ({date})"
            values={{ date }}
          />
        )}
      />
    </CohortForm>
  );
}
