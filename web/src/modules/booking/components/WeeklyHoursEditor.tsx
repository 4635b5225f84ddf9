import { useId, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { nextRange, rangeProblems, weekdayName, WEEKDAYS, type RangeDraft, type RangeProblem } from '../hooks/availabilityForm';

/** Between a range's two times; not a word. */
const DASH = '–';
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * Hours per weekday, several ranges a day (a break between them), in the availability's zone.
 * Each day is a labelled group; its ranges are pairs of time fields.
 */
export function WeeklyHoursEditor({
  weekly,
  showProblems,
  onChange,
}: {
  weekly: Record<number, RangeDraft[]>;
  showProblems?: boolean;
  onChange: (weekly: Record<number, RangeDraft[]>) => void;
}) {
  const setDay = (day: number, ranges: RangeDraft[]) => onChange({ ...weekly, [day]: ranges });
  return (
    <ul className="weekdays">
      {WEEKDAYS.map((day) => (
        <Weekday
          key={day}
          name={weekdayName(day)}
          ranges={weekly[day] ?? []}
          showProblems={!!showProblems}
          onChange={(ranges) => setDay(day, ranges)}
        />
      ))}
    </ul>
  );
}

function Weekday({
  name,
  ranges,
  showProblems,
  onChange,
}: {
  name: string;
  ranges: RangeDraft[];
  showProblems: boolean;
  onChange: (ranges: RangeDraft[]) => void;
}) {
  const id = useId();
  const intl = useIntl();
  const problems = showProblems ? rangeProblems(ranges) : new Map<string, RangeProblem>();
  const problemText = (key: string) => {
    const p = problems.get(key);
    return p ? intl.formatMessage(p.message, p.values) : '';
  };
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
            <p className="weekday-unavailable">
              <FormattedMessage id="booking.weeklyHours.notAvailable" defaultMessage="Not available" />
            </p>
          ) : (
            <ul className="ranges">
              {ranges.map((r, index) => (
                <li key={r.key} className={`range${problems.has(r.key) ? ' range-invalid' : ''}`} data-testid="availability-range">
                  <div className="range-fields">
                    <label className="visually-hidden" htmlFor={`${id}-${r.key}-start`}>
                      <FormattedMessage id="booking.weeklyHours.from" defaultMessage="From" />
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
                      {DASH}
                    </span>
                    <label className="visually-hidden" htmlFor={`${id}-${r.key}-end`}>
                      <FormattedMessage id="booking.weeklyHours.until" defaultMessage="Until" />
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
                      <FormattedMessage
                        id="booking.weeklyHours.removeRange"
                        defaultMessage="Remove<hidden> {day} {start} to {end}</hidden>"
                        values={{ day: name, start: r.start, end: r.end, hidden }}
                      />
                    </button>
                  </div>
                  {problems.has(r.key) && (
                    <p id={`${id}-${r.key}-error`} className="field-error range-error">
                      <FormattedMessage
                        id="booking.weeklyHours.rangeError"
                        defaultMessage="{day}: {problem}"
                        values={{ day: name, problem: problemText(r.key) }}
                      />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <button id={`${id}-add`} type="button" className="button button-secondary button-small" onClick={add}>
            <FormattedMessage
              id="booking.weeklyHours.addHours"
              defaultMessage="Add hours<hidden> on {day}</hidden>"
              values={{ day: name, hidden }}
            />
          </button>
        </div>
      </div>
    </li>
  );
}
