import type { IntlShape } from 'react-intl';

/** The attendance figures the API sends with every summary (held, attended, excused, counted, percent). */
export interface AttendanceFigures {
  held: number;
  attended: number;
  excused: number;
  counted: number;
  percent?: number | null;
}

/** "88.2 %": a percent figure as the app writes it, in the display language. */
export function formatPercentFigure(intl: IntlShape, percent: number): string {
  return intl.formatMessage({ id: 'learner.attendance.percent', defaultMessage: '{value, number} %' }, { value: percent });
}

/**
 * "15 of 17 sessions attended (88.2 %), 1 excused": the API's `summary` sentence (describeAttendance
 * of @beacon/domain), said again from its figures in the display language.
 */
export function attendanceSummary(intl: IntlShape, a: AttendanceFigures): string {
  if (a.held === 0) return intl.formatMessage({ id: 'learner.attendance.noneHeld', defaultMessage: 'No live session has been held yet' });
  if (a.counted === 0) {
    return intl.formatMessage(
      { id: 'learner.attendance.allExcused', defaultMessage: 'All {held, plural, one {# session} other {# sessions}} held so far excused' },
      { held: a.held },
    );
  }
  return intl.formatMessage(
    {
      id: 'learner.attendance.summary',
      defaultMessage:
        '{attended, number} of {counted, plural, one {# session} other {# sessions}} attended ({percent}){excused, plural, =0 {} one {, # excused} other {, # excused}}',
    },
    {
      attended: a.attended,
      counted: a.counted,
      percent: a.percent == null ? '—' : formatPercentFigure(intl, a.percent),
      excused: a.excused,
    },
  );
}
