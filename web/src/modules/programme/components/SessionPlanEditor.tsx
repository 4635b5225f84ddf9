import type { SessionPlanItemInput } from '../../../gql/graphql';
import { DataTable } from '../../../ui/DataTable';
import { WEEKDAYS, newSession } from '../hooks/definition';

/** The planned live sessions as an editable table: title, week, weekday, time and duration. */
export function SessionPlanEditor({ plan, weeks, onChange }: { plan: SessionPlanItemInput[]; weeks: number; onChange: (plan: SessionPlanItemInput[]) => void }) {
  const set = (i: number, patch: Partial<SessionPlanItemInput>) => onChange(plan.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="editor-week">
      <legend>Session plan ({plan.length})</legend>
      <DataTable
        name={{ caption: 'Planned live sessions, editable' }}
        className="table-compact table-editor"
        wrap="flush"
        columns={['Title', 'Week', 'Day', 'Time', 'Minutes', { header: 'Actions', hidden: true }]}
        rows={plan}
        rowKey={(_, i) => i}
        renderRow={(s, i) => {
          const label = `Session ${i + 1}`;
          return (
            <tr>
              <td>
                <input aria-label={`${label} title`} required maxLength={200} value={s.title} onChange={(e) => set(i, { title: e.target.value })} />
              </td>
              <td>
                <select aria-label={`${label} week`} value={s.week} onChange={(e) => set(i, { week: Number(e.target.value) })}>
                  {Array.from({ length: Math.max(weeks, s.week) }, (_, w) => (
                    <option key={w + 1} value={w + 1}>
                      {w + 1}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={`${label} weekday`} value={s.weekday} onChange={(e) => set(i, { weekday: Number(e.target.value) })}>
                  {WEEKDAYS.map((d, n) => (
                    <option key={d} value={n + 1}>
                      {d}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={`${label} time`} type="time" required value={s.time} onChange={(e) => set(i, { time: e.target.value })} />
              </td>
              <td>
                <input aria-label={`${label} minutes`} type="number" min={5} max={600} required value={String(s.durationMinutes)} onChange={(e) => set(i, { durationMinutes: Number(e.target.value) || 0 })} />
              </td>
              <td className="cell-actions">
                <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(plan.filter((_, j) => j !== i))} aria-label={`Remove ${label}`}>
                  Remove
                </button>
              </td>
            </tr>
          );
        }}
      />
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={() => onChange([...plan, newSession(weeks)])}>
          Add session
        </button>
      </div>
    </fieldset>
  );
}
