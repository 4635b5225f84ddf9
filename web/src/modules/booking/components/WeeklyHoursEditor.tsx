import { useId } from 'react';
import { nextRange, WEEKDAYS, type RangeDraft } from '../hooks/availabilityForm';

/**
 * Hours per weekday, several ranges a day (a break between them), in the availability's zone.
 * Each day is a labelled group; its ranges are pairs of time fields.
 */
export function WeeklyHoursEditor({ weekly, onChange }: { weekly: Record<number, RangeDraft[]>; onChange: (weekly: Record<number, RangeDraft[]>) => void }) {
  const setDay = (day: number, ranges: RangeDraft[]) => onChange({ ...weekly, [day]: ranges });
  return (
    <ul className="weekdays">
      {WEEKDAYS.map((name, i) => (
        <Weekday key={name} name={name} ranges={weekly[i + 1] ?? []} onChange={(ranges) => setDay(i + 1, ranges)} />
      ))}
    </ul>
  );
}

function Weekday({ name, ranges, onChange }: { name: string; ranges: RangeDraft[]; onChange: (ranges: RangeDraft[]) => void }) {
  const id = useId();
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
                <li key={r.key} className="range">
                  <label className="visually-hidden" htmlFor={`${id}-${r.key}-start`}>
                    From
                  </label>
                  <input id={`${id}-${r.key}-start`} className="time-input" type="time" value={r.start} onChange={(e) => update(r.key, { start: e.target.value })} />
                  <span className="range-dash" aria-hidden="true">
                    –
                  </span>
                  <label className="visually-hidden" htmlFor={`${id}-${r.key}-end`}>
                    Until
                  </label>
                  <input id={`${id}-${r.key}-end`} className="time-input" type="time" value={r.end} onChange={(e) => update(r.key, { end: e.target.value })} />
                  <button type="button" className="button button-quiet button-small" onClick={() => remove(index)}>
                    Remove<span className="visually-hidden"> {name} {r.start} to {r.end}</span>
                  </button>
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
