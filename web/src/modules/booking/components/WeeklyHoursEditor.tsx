import { useId } from 'react';
import { nextRange, rangeProblems, WEEKDAYS, type RangeDraft } from '../hooks/availabilityForm';

/**
 * Hours per weekday, several ranges a day (a break between them), in the availability's zone.
 * Each day is a labelled group; its ranges are pairs of time fields.
 */
export function WeeklyHoursEditor({ weekly, showProblems, onChange }: { weekly: Record<number, RangeDraft[]>; showProblems?: boolean; onChange: (weekly: Record<number, RangeDraft[]>) => void }) {
  const setDay = (day: number, ranges: RangeDraft[]) => onChange({ ...weekly, [day]: ranges });
  return (
    <ul className="weekdays">
      {WEEKDAYS.map((name, i) => (
        <Weekday key={name} name={name} ranges={weekly[i + 1] ?? []} showProblems={!!showProblems} onChange={(ranges) => setDay(i + 1, ranges)} />
      ))}
    </ul>
  );
}

function Weekday({ name, ranges, showProblems, onChange }: { name: string; ranges: RangeDraft[]; showProblems: boolean; onChange: (ranges: RangeDraft[]) => void }) {
  const id = useId();
  const problems = showProblems ? rangeProblems(ranges) : new Map<string, string>();
  const update = (key: string, patch: Partial<RangeDraft>) => onChange(ranges.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const range = nextRange(ranges);
    onChange([...ranges, range]);
    // the new range's first field, so keyboard users carry on where they are
    setTimeout(() => document.getElementById(`${id}-${range.key}-start`)?.focus());
  };
  const remove = (index: number) => {
    onChange(ranges.filter((_, j) => j !== index));
    setTimeout(() => document.getElementById(`${id}-add`)?.focus());
  };
  return (
    <li className={`weekday${ranges.length === 0 ? ' weekday-off' : ''}`}>
      <div className="weekday-group" role="group" aria-labelledby={`${id}-name`}>
        <span id={`${id}-name`} className="weekday-name">
          {name}
        </span>
        <div className="weekday-ranges">
          {ranges.length === 0 ? (
            <p className="weekday-unavailable">Not available</p>
          ) : (
            <ul className="ranges">
              {ranges.map((r, index) => (
                <li key={r.key} className={`range${problems.has(r.key) ? ' range-invalid' : ''}`} data-testid="availability-range">
                  <div className="range-fields">
                    <label className="visually-hidden" htmlFor={`${id}-${r.key}-start`}>
                      From
                    </label>
                    <input
                      id={`${id}-${r.key}-start`}
                      className="time-input"
                      type="time"
                      value={r.start}
                      aria-invalid={problems.has(r.key) || undefined}
                      aria-describedby={problems.has(r.key) ? `${id}-${r.key}-error` : undefined}
                      onChange={(e) => update(r.key, { start: e.target.value })}
                    />
                    <span className="range-dash" aria-hidden="true">
                      –
                    </span>
                    <label className="visually-hidden" htmlFor={`${id}-${r.key}-end`}>
                      Until
                    </label>
                    <input
                      id={`${id}-${r.key}-end`}
                      className="time-input"
                      type="time"
                      value={r.end}
                      aria-invalid={problems.has(r.key) || undefined}
                      aria-describedby={problems.has(r.key) ? `${id}-${r.key}-error` : undefined}
                      onChange={(e) => update(r.key, { end: e.target.value })}
                    />
                    <button type="button" className="button button-quiet button-small" onClick={() => remove(index)}>
                      Remove<span className="visually-hidden"> {name} {r.start} to {r.end}</span>
                    </button>
                  </div>
                  {problems.has(r.key) && (
                    <p id={`${id}-${r.key}-error`} className="field-error range-error">
                      {name}: {problems.get(r.key)}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <button id={`${id}-add`} type="button" className="button button-secondary button-small" onClick={add}>
            Add hours<span className="visually-hidden"> on {name}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
