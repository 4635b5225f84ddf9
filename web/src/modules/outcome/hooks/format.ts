import { useMemo } from 'react';
import { defineMessages, useIntl, type IntlShape, type MessageDescriptor } from 'react-intl';
import type { RiskReason } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/time';

/** What a measure without data shows: "no data yet", never 0 %. */
export const NO_DATA = '—';

const messages: Record<'percent' | 'days', MessageDescriptor> = defineMessages({
  // the number is already written in the display language; each language places its percent sign
  percent: { id: 'outcome.format.percent', defaultMessage: '{value} %' },
  days: { id: 'outcome.format.days', defaultMessage: '{days, plural, one {# day} other {# days}}' },
});

export interface OutcomeFormat {
  /** A rate 0–1 as people read it ("75 %"); null is "no data yet", never 0 %. */
  percent: (rate: number | null | undefined) => string;
  /** A number of days ("12 days"). */
  days: (value: number | null | undefined) => string;
  /** A count ("3"). */
  count: (value: number | null | undefined) => string;
}

/** The outcome measures written in `intl`'s language. */
export function outcomeFormat(intl: IntlShape): OutcomeFormat {
  return {
    percent: (rate) =>
      rate === null || rate === undefined ? NO_DATA : intl.formatMessage(messages.percent, { value: formatNumber(Math.round(rate * 100)) }),
    days: (value) => (value === null || value === undefined ? NO_DATA : intl.formatMessage(messages.days, { days: Math.round(value) })),
    count: (value) => (value === null || value === undefined ? NO_DATA : formatNumber(value)),
  };
}

/** The outcome measures in the display language. */
export function useOutcomeFormat(): OutcomeFormat {
  const intl = useIntl();
  return useMemo(() => outcomeFormat(intl), [intl]);
}

/** The reason codes in people's words (the API's codes are stable; these may change). */
export const RISK_REASON_MESSAGES: Record<RiskReason, MessageDescriptor> = defineMessages({
  OVERDUE_ASSIGNMENT: { id: 'outcome.riskReason.overdueAssignment', defaultMessage: 'Assignment overdue' },
  REVISION_PENDING: { id: 'outcome.riskReason.revisionPending', defaultMessage: 'Revision not resubmitted' },
  FAILED_WEEK: { id: 'outcome.riskReason.failedWeek', defaultMessage: 'A week not passed' },
  ATTENDANCE_TREND: { id: 'outcome.riskReason.attendanceTrend', defaultMessage: 'Attendance below the minimum' },
  NO_COACHING_BOOKED: { id: 'outcome.riskReason.noCoachingBooked', defaultMessage: 'No coaching booked' },
  INACTIVE: { id: 'outcome.riskReason.inactive', defaultMessage: 'No activity for 2 weeks' },
  CREDENTIAL_UNREACHABLE: { id: 'outcome.riskReason.credentialUnreachable', defaultMessage: 'Credential out of reach' },
});

/** A CSV file (outcomeCsv.ts writes it), offered as a download. */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
