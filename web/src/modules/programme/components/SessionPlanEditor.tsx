import { FormattedMessage, useIntl } from 'react-intl';
import type { SessionPlanItemInput } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { DataTable } from '../../../ui/DataTable';
import { WEEKDAYS, newSession, weekdayName } from '../hooks/definition';

/** The planned live sessions as an editable table: title, week, weekday, time and duration. */
export function SessionPlanEditor({
  plan,
  weeks,
  onChange,
}: {
  plan: SessionPlanItemInput[];
  weeks: number;
  onChange: (plan: SessionPlanItemInput[]) => void;
}) {
  const intl = useIntl();
  const set = (i: number, patch: Partial<SessionPlanItemInput>) => onChange(plan.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="editor-week">
      <legend>
        <FormattedMessage
          id="programme.planEditor.legend"
          defaultMessage="Session plan ({count, number})"
          values={{ count: plan.length }}
        />
      </legend>
      <DataTable
        name={{ caption: intl.formatMessage({ id: 'programme.planEditor.caption', defaultMessage: 'Planned live sessions, editable' }) }}
        className="table-compact table-editor"
        wrap="flush"
        columns={[
          intl.formatMessage({ id: 'programme.planEditor.colTitle', defaultMessage: 'Title' }),
          intl.formatMessage({ id: 'programme.planEditor.colWeek', defaultMessage: 'Week' }),
          intl.formatMessage({ id: 'programme.planEditor.colDay', defaultMessage: 'Day' }),
          intl.formatMessage({ id: 'programme.planEditor.colTime', defaultMessage: 'Time' }),
          intl.formatMessage({ id: 'programme.planEditor.colMinutes', defaultMessage: 'Minutes' }),
          { header: intl.formatMessage({ id: 'programme.planEditor.colActions', defaultMessage: 'Actions' }), hidden: true },
        ]}
        rows={plan}
        rowKey={(_, i) => i}
        renderRow={(s, i) => {
          const session = i + 1;
          return (
            <tr>
              <td>
                <input
                  aria-label={intl.formatMessage(
                    { id: 'programme.planEditor.titleLabel', defaultMessage: 'Session {session, number} title' },
                    { session },
                  )}
                  required
                  maxLength={200}
                  value={s.title}
                  onChange={(e) => set(i, { title: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={intl.formatMessage(
                    { id: 'programme.planEditor.weekLabel', defaultMessage: 'Session {session, number} week' },
                    { session },
                  )}
                  value={s.week}
                  onChange={(e) => set(i, { week: Number(e.target.value) })}
                >
                  {Array.from({ length: Math.max(weeks, s.week) }, (_, w) => (
                    <option key={w + 1} value={w + 1}>
                      {intl.formatNumber(w + 1)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={intl.formatMessage(
                    { id: 'programme.planEditor.weekdayLabel', defaultMessage: 'Session {session, number} weekday' },
                    { session },
                  )}
                  value={s.weekday}
                  onChange={(e) => set(i, { weekday: Number(e.target.value) })}
                >
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {weekdayName(d)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={intl.formatMessage(
                    { id: 'programme.planEditor.timeLabel', defaultMessage: 'Session {session, number} time' },
                    { session },
                  )}
                  type="time"
                  required
                  value={s.time}
                  onChange={(e) => set(i, { time: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={intl.formatMessage(
                    { id: 'programme.planEditor.minutesLabel', defaultMessage: 'Session {session, number} minutes' },
                    { session },
                  )}
                  type="number"
                  min={5}
                  max={600}
                  required
                  value={String(s.durationMinutes)}
                  onChange={(e) => set(i, { durationMinutes: Number(e.target.value) || 0 })}
                />
              </td>
              <td className="cell-actions">
                <button
                  type="button"
                  className="button button-danger-quiet button-small"
                  onClick={() => onChange(plan.filter((_, j) => j !== i))}
                  aria-label={intl.formatMessage(
                    { id: 'programme.planEditor.removeLabel', defaultMessage: 'Remove Session {session, number}' },
                    { session },
                  )}
                >
                  <FormattedMessage {...common.remove} />
                </button>
              </td>
            </tr>
          );
        }}
      />
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={() => onChange([...plan, newSession(weeks, intl)])}>
          <FormattedMessage id="programme.planEditor.add" defaultMessage="Add session" />
        </button>
      </div>
    </fieldset>
  );
}
