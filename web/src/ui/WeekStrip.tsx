import { useIntl, type MessageDescriptor } from 'react-intl';
import { common } from '../i18n/common';
import { formatDate } from '../lib/time';

// common.week as an untyped descriptor: defineMessages types it as taking no values
const WEEK: MessageDescriptor = common.week;

export interface StripWeek {
  week: number;
  title: string;
  open: boolean;
  opensAt: string;
}

/**
 * The weeks of a cohort side by side: open ones, the current one marked, locked ones with the
 * day they open. With `onSelect`, each week is a button that shows that week. The opening day
 * is the cohort's calendar day (weeks open at midnight in the cohort's zone), so it is given in
 * that zone rather than the viewer's, where it may fall on the evening before.
 */
export function WeekStrip({
  weeks,
  current,
  timeZone,
  selected,
  onSelect,
  label,
}: {
  weeks: StripWeek[];
  current: number;
  timeZone: string;
  selected?: number;
  onSelect?: (week: number) => void;
  label?: string;
}) {
  const intl = useIntl();
  return (
    <ol className="week-strip" aria-label={label ?? intl.formatMessage({ id: 'ui.weekStrip.label', defaultMessage: 'Weeks' })}>
      {weeks.map((w) => {
        const state = w.week === current ? 'current' : w.open ? 'open' : 'locked';
        const stateText =
          state === 'current'
            ? intl.formatMessage({ id: 'ui.weekStrip.thisWeek', defaultMessage: 'This week' })
            : state === 'open'
              ? intl.formatMessage({ id: 'ui.weekStrip.open', defaultMessage: 'Open' })
              : intl.formatMessage({ id: 'ui.weekStrip.opens', defaultMessage: 'Opens {date}' }, { date: formatDate(w.opensAt, timeZone) });
        const body = (
          <>
            <span className="week-number">{intl.formatMessage(WEEK, { week: w.week })}</span>
            <span className="week-title">{w.title}</span>
            <span className="week-state">
              {state === 'locked' && <LockIcon />}
              {stateText}
            </span>
          </>
        );
        return (
          <li key={w.week} className={`week week-${state}${selected === w.week ? ' week-selected' : ''}`}>
            {onSelect ? (
              <button
                type="button"
                className="week-button"
                aria-pressed={selected === w.week}
                onClick={() => onSelect(w.week)}
                title={w.title}
              >
                {body}
              </button>
            ) : (
              <div className="week-button" title={w.title} aria-current={state === 'current' ? 'step' : undefined}>
                {body}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function LockIcon() {
  return (
    <svg className="lock-icon" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5.2 7V5.2a2.8 2.8 0 0 1 5.6 0V7" stroke="currentColor" strokeWidth="1.6" fill="none" />
    </svg>
  );
}
