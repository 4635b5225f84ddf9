import { useId } from 'react';
import type { AvailabilityExceptionKind } from '../../../gql/graphql';
import { formatLocalDate } from '../../../lib/time';
import { EmptyState } from '../../../ui/Feedback';
import { localDate, newKey, type ExceptionDraft } from '../hooks/availabilityForm';

/** Dates that differ from the week: a day off drops its hours, extra hours add a range. */
export function ExceptionsEditor({ exceptions, timeZone, onChange }: { exceptions: ExceptionDraft[]; timeZone: string; onChange: (exceptions: ExceptionDraft[]) => void }) {
  const id = useId();
  const today = localDate(timeZone);
  const add = (kind: AvailabilityExceptionKind) => {
    const e: ExceptionDraft = { key: newKey(), date: localDate(timeZone, 1), kind, start: '09:00', end: '12:00' };
    onChange([...exceptions, e]);
    setTimeout(() => document.getElementById(`${id}-${e.key}-date`)?.focus());
  };
  const update = (key: string, patch: Partial<ExceptionDraft>) => onChange(exceptions.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  return (
    <div className="stack">
      {exceptions.length === 0 ? (
        <EmptyState title="No exceptions">Your weekly hours apply every week.</EmptyState>
      ) : (
        <ul className="exceptions">
          {exceptions.map((e) => {
            const f = `${id}-${e.key}`;
            const past = e.date !== '' && e.date < today;
            return (
              <li key={e.key}>
                <div className={`exception${past ? ' row-muted' : ''}`} role="group" aria-label={`Exception${e.date ? ` on ${formatLocalDate(e.date)}` : ''}`}>
                  <div className="field">
                    <label htmlFor={`${f}-date`}>Date</label>
                    <input id={`${f}-date`} type="date" value={e.date} onChange={(ev) => update(e.key, { date: ev.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${f}-kind`}>Change</label>
                    <select id={`${f}-kind`} value={e.kind} onChange={(ev) => update(e.key, { kind: ev.target.value as AvailabilityExceptionKind })}>
                      <option value="DAY_OFF">Day off</option>
                      <option value="EXTRA_HOURS">Extra hours</option>
                    </select>
                  </div>
                  {e.kind === 'EXTRA_HOURS' ? (
                    <>
                      <div className="field">
                        <label htmlFor={`${f}-start`}>From</label>
                        <input id={`${f}-start`} className="time-input" type="time" value={e.start} onChange={(ev) => update(e.key, { start: ev.target.value })} />
                      </div>
                      <div className="field">
                        <label htmlFor={`${f}-end`}>Until</label>
                        <input id={`${f}-end`} className="time-input" type="time" value={e.end} onChange={(ev) => update(e.key, { end: ev.target.value })} />
                      </div>
                    </>
                  ) : (
                    <p className="exception-note">{past ? 'In the past' : 'No slots that day'}</p>
                  )}
                  <button
                    type="button"
                    className="button button-quiet button-small exception-remove"
                    onClick={() => {
                      onChange(exceptions.filter((x) => x.key !== e.key));
                      setTimeout(() => document.getElementById(`${id}-add-off`)?.focus());
                    }}
                  >
                    Remove<span className="visually-hidden"> the exception{e.date ? ` on ${formatLocalDate(e.date)}` : ''}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="form-actions">
        <button id={`${id}-add-off`} type="button" className="button button-secondary button-small" onClick={() => add('DAY_OFF')}>
          Add a day off
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => add('EXTRA_HOURS')}>
          Add extra hours
        </button>
      </div>
    </div>
  );
}
