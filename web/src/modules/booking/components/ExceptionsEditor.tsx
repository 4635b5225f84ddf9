import { useId, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AvailabilityExceptionKind } from '../../../gql/graphql';
import { formatLocalDate } from '../../../lib/time';
import { EmptyState } from '../../../ui/Feedback';
import { localDate, newKey, type ExceptionDraft } from '../hooks/availabilityForm';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** Dates that differ from the week: a day off drops its hours, extra hours add a range. */
export function ExceptionsEditor({
  exceptions,
  timeZone,
  onChange,
}: {
  exceptions: ExceptionDraft[];
  timeZone: string;
  onChange: (exceptions: ExceptionDraft[]) => void;
}) {
  const id = useId();
  const intl = useIntl();
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
        <EmptyState title={intl.formatMessage({ id: 'booking.exceptions.emptyTitle', defaultMessage: 'No exceptions' })}>
          <FormattedMessage id="booking.exceptions.emptyText" defaultMessage="Your weekly hours apply every week." />
        </EmptyState>
      ) : (
        <ul className="exceptions">
          {exceptions.map((e) => {
            const f = `${id}-${e.key}`;
            const past = e.date !== '' && e.date < today;
            const date = e.date ? formatLocalDate(e.date) : '';
            return (
              <li key={e.key}>
                <div
                  className={`exception${past ? ' row-muted' : ''}`}
                  role="group"
                  aria-label={intl.formatMessage(
                    { id: 'booking.exceptions.groupLabel', defaultMessage: '{dated, select, yes {Exception on {date}} other {Exception}}' },
                    { dated: date ? 'yes' : 'no', date },
                  )}
                >
                  <div className="field">
                    <label htmlFor={`${f}-date`}>
                      <FormattedMessage id="booking.exceptions.date" defaultMessage="Date" />
                    </label>
                    <input id={`${f}-date`} type="date" value={e.date} onChange={(ev) => update(e.key, { date: ev.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${f}-kind`}>
                      <FormattedMessage id="booking.exceptions.change" defaultMessage="Change" />
                    </label>
                    <select
                      id={`${f}-kind`}
                      value={e.kind}
                      onChange={(ev) => update(e.key, { kind: ev.target.value as AvailabilityExceptionKind })}
                    >
                      <option value="DAY_OFF">{intl.formatMessage({ id: 'booking.exceptions.dayOff', defaultMessage: 'Day off' })}</option>
                      <option value="EXTRA_HOURS">
                        {intl.formatMessage({ id: 'booking.exceptions.extraHours', defaultMessage: 'Extra hours' })}
                      </option>
                    </select>
                  </div>
                  {e.kind === 'EXTRA_HOURS' ? (
                    <>
                      <div className="field">
                        <label htmlFor={`${f}-start`}>
                          <FormattedMessage id="booking.exceptions.from" defaultMessage="From" />
                        </label>
                        <input
                          id={`${f}-start`}
                          className="time-input"
                          type="time"
                          value={e.start}
                          onChange={(ev) => update(e.key, { start: ev.target.value })}
                        />
                      </div>
                      <div className="field">
                        <label htmlFor={`${f}-end`}>
                          <FormattedMessage id="booking.exceptions.until" defaultMessage="Until" />
                        </label>
                        <input
                          id={`${f}-end`}
                          className="time-input"
                          type="time"
                          value={e.end}
                          onChange={(ev) => update(e.key, { end: ev.target.value })}
                        />
                      </div>
                    </>
                  ) : (
                    <p className="exception-note">
                      {past ? (
                        <FormattedMessage id="booking.exceptions.inThePast" defaultMessage="In the past" />
                      ) : (
                        <FormattedMessage id="booking.exceptions.noSlots" defaultMessage="No slots that day" />
                      )}
                    </p>
                  )}
                  <button
                    type="button"
                    className="button button-quiet button-small exception-remove"
                    onClick={() => {
                      onChange(exceptions.filter((x) => x.key !== e.key));
                      setTimeout(() => document.getElementById(`${id}-add-off`)?.focus());
                    }}
                  >
                    <FormattedMessage
                      id="booking.exceptions.remove"
                      defaultMessage="Remove<hidden> the exception{dated, select, yes { on {date}} other {}}</hidden>"
                      values={{ dated: date ? 'yes' : 'no', date, hidden }}
                    />
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="form-actions">
        <button id={`${id}-add-off`} type="button" className="button button-secondary button-small" onClick={() => add('DAY_OFF')}>
          <FormattedMessage id="booking.exceptions.addDayOff" defaultMessage="Add a day off" />
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => add('EXTRA_HOURS')}>
          <FormattedMessage id="booking.exceptions.addExtraHours" defaultMessage="Add extra hours" />
        </button>
      </div>
    </div>
  );
}
