import { useCallback } from 'react';
import { defineMessages, useIntl, type NoMessageValues } from 'react-intl';
import type { EligibilityFact } from './useCredentials';

const messages = defineMessages<{
  assignmentLabel: { week: number };
  assignmentPassed: { title: string };
  assignmentNotPassed: { title: string };
  attendanceLabel: { percent: number };
  attendanceNoneHeld: NoMessageValues;
  attendanceAllExcused: { held: number };
  attendanceCounts: { attended: number; counted: number; percent: number; excused: number };
  coachingLabel: { required: number };
  coachingDetail: { held: number; required: number };
}>({
  assignmentLabel: { id: 'credential.fact.assignmentLabel', defaultMessage: 'Week {week} assignment passed' },
  assignmentPassed: { id: 'credential.fact.assignmentPassed', defaultMessage: '“{title}” passed' },
  assignmentNotPassed: { id: 'credential.fact.assignmentNotPassed', defaultMessage: '“{title}” not passed yet' },
  attendanceLabel: { id: 'credential.fact.attendanceLabel', defaultMessage: 'At least {percent, number}% of live sessions attended' },
  attendanceNoneHeld: { id: 'credential.fact.attendanceNoneHeld', defaultMessage: 'No live session has been held yet' },
  attendanceAllExcused: {
    id: 'credential.fact.attendanceAllExcused',
    defaultMessage: 'All {held, plural, one {# session} other {# sessions}} held so far excused',
  },
  attendanceCounts: {
    id: 'credential.fact.attendanceCounts',
    defaultMessage:
      '{attended, number} of {counted, plural, one {# session} other {# sessions}} attended ({percent, number} %){excused, plural, =0 {} other {, # excused}}',
  },
  coachingLabel: {
    id: 'credential.fact.coachingLabel',
    defaultMessage: '{required, plural, one {# coaching session} other {# coaching sessions}} held',
  },
  coachingDetail: { id: 'credential.fact.coachingDetail', defaultMessage: '{held, number} of {required, number} held' },
});

/**
 * A criterion's words in the display language, from its numbers (`data`): the API's `label` and
 * `detail` are English, kept for API clients and used here only where the numbers are missing.
 */
export function useFactText(): (fact: EligibilityFact) => { label: string; detail: string } {
  const intl = useIntl();
  return useCallback(
    (f: EligibilityFact) => {
      const d = f.data;
      if (f.kind === 'ASSIGNMENT') {
        return {
          label: d.week != null ? intl.formatMessage(messages.assignmentLabel, { week: d.week }) : f.label,
          detail:
            d.assignmentTitle != null
              ? intl.formatMessage(f.met ? messages.assignmentPassed : messages.assignmentNotPassed, { title: d.assignmentTitle })
              : f.detail,
        };
      }
      if (f.kind === 'ATTENDANCE') {
        let detail = f.detail;
        if (d.sessionsHeld === 0) detail = intl.formatMessage(messages.attendanceNoneHeld);
        else if (d.sessionsHeld != null && d.sessionsCounted === 0)
          detail = intl.formatMessage(messages.attendanceAllExcused, { held: d.sessionsHeld });
        else if (d.sessionsAttended != null && d.sessionsCounted != null && d.attendancePercent != null) {
          detail = intl.formatMessage(messages.attendanceCounts, {
            attended: d.sessionsAttended,
            counted: d.sessionsCounted,
            percent: d.attendancePercent,
            excused: d.sessionsExcused ?? 0,
          });
        }
        return {
          label:
            d.minAttendancePercent != null ? intl.formatMessage(messages.attendanceLabel, { percent: d.minAttendancePercent }) : f.label,
          detail,
        };
      }
      return {
        label: d.coachingRequired != null ? intl.formatMessage(messages.coachingLabel, { required: d.coachingRequired }) : f.label,
        detail:
          d.coachingRequired != null && d.coachingHeld != null
            ? intl.formatMessage(messages.coachingDetail, { held: d.coachingHeld, required: d.coachingRequired })
            : f.detail,
      };
    },
    [intl],
  );
}
