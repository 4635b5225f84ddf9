import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CohortCommunityLinksDocument, CohortsDocument, DeleteCohortDocument, DuplicateCohortDocument, UpdateCohortDocument } from '../../../gql/graphql';
import { formatLocalDate } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import type { CohortView } from '../hooks/useCohorts';

/** Today's date (YYYY-MM-DD) on the zone's calendar. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const movable = (c: CohortView) => c.status === 'DRAFT' || c.status === 'OPEN';

type Mode = 'view' | 'edit' | 'duplicate';

/** A cohort's settings: name, capacity, start (while draft or open), community links; duplicate; delete a draft. */
export function CohortSettingsCard({ cohort: c }: { cohort: CohortView }) {
  const links = useQuery(CohortCommunityLinksDocument, { variables: { id: c.id } });
  const [mode, setMode] = useState<Mode>('view');
  const [done, setDone] = useState<string | null>(null);
  const [remove, removing] = useMutation(DeleteCohortDocument, { refetchQueries: [CohortsDocument] });
  const [removeError, setRemoveError] = useState<unknown>(null);
  const navigate = useNavigate();
  const community = links.data?.cohort.communityLinks ?? [];

  return (
    <Card
      title="Settings"
      description="Name, capacity, start date and the community links learners see."
      actions={
        mode === 'view' && (
          <div className="form-actions wrap">
            <button type="button" className="button button-secondary button-small" onClick={() => (setDone(null), setMode('edit'))}>
              Edit cohort
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => (setDone(null), setMode('duplicate'))}>
              Duplicate
            </button>
            {c.status === 'DRAFT' && (
              <ConfirmButton
                label="Delete"
                accessibleLabel={`Delete ${c.name}`}
                question={`Delete ${c.name}?`}
                confirmLabel="Delete cohort"
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
      {removeError != null && <ErrorNotice error={removeError} title="The cohort was not deleted" />}
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
            <dt>Name</dt>
            <dd>{c.name}</dd>
          </div>
          <div>
            <dt>Capacity</dt>
            <dd>
              {c.capacity} seats ({c.seatsTaken} taken)
            </dd>
          </div>
          <div>
            <dt>Starts</dt>
            <dd>
              {formatLocalDate(c.startDate)} {movable(c) ? '' : '(fixed once running)'}
            </dd>
          </div>
          <div>
            <dt>Community links</dt>
            <dd>
              {community.length === 0 ? (
                'None yet'
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

function EditCohortForm({ cohort: c, links, onDone }: { cohort: CohortView; links: { label: string; url: string }[]; onDone: (message?: string) => void }) {
  const [update, { loading }] = useMutation(UpdateCohortDocument);
  const [name, setName] = useState(c.name);
  const [capacity, setCapacity] = useState(String(c.capacity));
  const [startDate, setStartDate] = useState(c.startDate);
  const [pastOk, setPastOk] = useState(false);
  const [linkText, setLinkText] = useState(links.map((l) => `${l.label} | ${l.url}`).join('\n'));
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<EditField>();
  const canMove = movable(c);
  const past = canMove && DATE.test(startDate) && startDate !== c.startDate && startDate < todayIn(c.timeZone);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const parsed = parseLinks(linkText);
    const cap = Number(capacity);
    const ok = check({
      name: name.trim().length < 2 ? 'Give the cohort a name of at least 2 characters.' : undefined,
      capacity: !Number.isInteger(cap) || cap < 1 || cap > 5000 ? 'Capacity is a whole number from 1 to 5,000.' : cap < c.seatsTaken ? `The cohort already has ${c.seatsTaken} learners; capacity cannot be below that.` : undefined,
      startDate: canMove && !DATE.test(startDate) ? 'Enter the start date.' : undefined,
      confirmPastStart: past && !pastOk ? 'This date is in the past: tick the box to confirm.' : undefined,
      links: 'error' in parsed ? parsed.error : undefined,
    });
    if (!ok || 'error' in parsed) return;
    try {
      await update({
        variables: {
          id: c.id,
          input: { name: name.trim(), capacity: cap, communityLinks: parsed.links, ...(canMove && startDate !== c.startDate ? { startDate, confirmPastStart: pastOk } : {}) },
        },
      });
      onDone(`${name.trim()} was saved.`);
    } catch (err) {
      if (!fromApi(err, ['name', 'capacity', 'startDate'])) setError(err);
    }
  };

  return (
    <form ref={formRef} className="form-grid" noValidate onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice error={error} title="The cohort was not saved" />
        </div>
      )}
      <TextField label="Cohort name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={120} />
      <TextField label="Capacity" type="number" inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} error={errors.capacity} hint={`${c.seatsTaken} seats taken.`} />
      {canMove ? (
        <TextField
          label="Start date"
          type="date"
          value={startDate}
          onChange={(e) => (setStartDate(e.target.value), setPastOk(false))}
          error={errors.startDate}
          hint="Week 1 opens at midnight of this day in the cohort’s time zone; the live sessions move with it."
        />
      ) : (
        <p className="field-hint">The start date is fixed once a cohort runs.</p>
      )}
      {past && (
        <div className="field span-all">
          <label className="checkbox">
            <input type="checkbox" checked={pastOk} onChange={(e) => setPastOk(e.target.checked)} aria-invalid={errors.confirmPastStart ? true : undefined} aria-describedby={errors.confirmPastStart ? 'past-start-error' : undefined} />
            Yes, start this cohort in the past ({formatLocalDate(startDate)})
          </label>
          {errors.confirmPastStart && (
            <p id="past-start-error" className="field-error">
              {errors.confirmPastStart}
            </p>
          )}
        </div>
      )}
      <div className="field span-all">
        <label htmlFor={`links-${c.id}`}>Community links</label>
        <p id={`links-${c.id}-hint`} className="field-hint">
          One per line: a label, a bar, then the full address. For example: WhatsApp group | https://chat.whatsapp.com/…
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
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** "Label | https://…" per line into community links, or what is wrong with the first bad line. */
export function parseLinks(text: string): { links: { label: string; url: string }[] } | { error: string } {
  const links: { label: string; url: string }[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length > 10) return { error: 'At most 10 community links.' };
  for (const [i, line] of lines.entries()) {
    const bar = line.lastIndexOf('|');
    const label = bar < 0 ? '' : line.slice(0, bar).trim();
    const url = (bar < 0 ? line : line.slice(bar + 1)).trim();
    if (!label || label.length > 60) return { error: `Line ${i + 1}: start with a label of up to 60 characters, then a bar (|).` };
    if (!/^https?:\/\/\S+\.\S+/.test(url)) return { error: `Line ${i + 1}: the address must be a full link starting with https://.` };
    links.push({ label, url });
  }
  return { links };
}

type DuplicateField = 'name' | 'startDate' | 'confirmPastStart';

function DuplicateCohortForm({ cohort: c, onCancel, onDone }: { cohort: CohortView; onCancel: () => void; onDone: (id: string) => void }) {
  const [duplicate, { loading }] = useMutation(DuplicateCohortDocument, { refetchQueries: [CohortsDocument] });
  const [name, setName] = useState(`${c.name} (copy)`);
  const [startDate, setStartDate] = useState('');
  const [pastOk, setPastOk] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<DuplicateField>();
  const past = DATE.test(startDate) && startDate < todayIn(c.timeZone);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const ok = check({
      name: name.trim().length < 2 ? 'Give the new cohort a name of at least 2 characters.' : undefined,
      startDate: !DATE.test(startDate) ? 'Enter the new cohort’s start date.' : undefined,
      confirmPastStart: past && !pastOk ? 'This date is in the past: tick the box to confirm.' : undefined,
    });
    if (!ok) return;
    try {
      const { data } = await duplicate({ variables: { id: c.id, input: { name: name.trim(), startDate, confirmPastStart: pastOk } } });
      if (data) onDone(data.duplicateCohort.id);
    } catch (err) {
      if (!fromApi(err, ['name', 'startDate'])) setError(err);
    }
  };

  return (
    <form ref={formRef} className="form-grid" noValidate onSubmit={submit} aria-label={`Duplicate ${c.name}`}>
      <p className="span-all field-hint">A new draft with the same programme, time zone, capacity, coaches and community links.</p>
      {error != null && (
        <div className="span-all">
          <ErrorNotice error={error} title="The cohort was not duplicated" />
        </div>
      )}
      <TextField label="New cohort’s name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={120} />
      <TextField label="New cohort’s start date" type="date" value={startDate} onChange={(e) => (setStartDate(e.target.value), setPastOk(false))} error={errors.startDate} />
      {past && (
        <div className="field span-all">
          <label className="checkbox">
            <input type="checkbox" checked={pastOk} onChange={(e) => setPastOk(e.target.checked)} aria-invalid={errors.confirmPastStart ? true : undefined} aria-describedby={errors.confirmPastStart ? 'dup-past-error' : undefined} />
            Yes, start the new cohort in the past ({formatLocalDate(startDate)})
          </label>
          {errors.confirmPastStart && (
            <p id="dup-past-error" className="field-error">
              {errors.confirmPastStart}
            </p>
          )}
        </div>
      )}
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Duplicating…' : 'Create the copy'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
