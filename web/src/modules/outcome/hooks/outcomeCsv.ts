import { defineMessages, type IntlShape } from 'react-intl';
import type { NetworkOutcomesQuery, PartnerOutcomesQuery } from '../../../gql/graphql';

export type CsvCell = string | number | null;

/** A CSV file's text: one line per row (CRLF), cells quoted where needed. */
export function csvText(header: string[], rows: CsvCell[][]): string {
  const cell = (v: CsvCell) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
}

/** A rate for CSV: the fraction itself (0–1), empty when there is no data. */
export const csvRate = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 1000);

/**
 * The column headers in the reader's language; English keeps the headers the export always had.
 * The values stay machine-readable in every language: rates as fractions, dates as ISO days,
 * statuses as their codes.
 */
const column = defineMessages({
  partner: { id: 'outcome.csv.partner', defaultMessage: 'partner' },
  cohort: { id: 'outcome.csv.cohort', defaultMessage: 'cohort' },
  cohorts: { id: 'outcome.csv.cohorts', defaultMessage: 'cohorts' },
  start: { id: 'outcome.csv.start', defaultMessage: 'start' },
  status: { id: 'outcome.csv.status', defaultMessage: 'status' },
  enrolled: { id: 'outcome.csv.enrolled', defaultMessage: 'enrolled' },
  active: { id: 'outcome.csv.active', defaultMessage: 'active' },
  withdrawn: { id: 'outcome.csv.withdrawn', defaultMessage: 'withdrawn' },
  certified: { id: 'outcome.csv.certified', defaultMessage: 'certified' },
  certifiedRate: { id: 'outcome.csv.certifiedRate', defaultMessage: 'certified_rate' },
  onTimeRate: { id: 'outcome.csv.onTimeRate', defaultMessage: 'on_time_rate' },
  medianDays: { id: 'outcome.csv.medianDaysToCredential', defaultMessage: 'median_days_to_credential' },
  goalReachedRate: { id: 'outcome.csv.goalReachedRate', defaultMessage: 'goal_reached_rate' },
  attendanceRate: { id: 'outcome.csv.attendanceRate', defaultMessage: 'attendance_rate' },
  atRisk: { id: 'outcome.csv.atRisk', defaultMessage: 'at_risk' },
  networkMedian: { id: 'outcome.csv.networkMedian', defaultMessage: 'network median' },
});

type Measures = Pick<
  NetworkOutcomesQuery['networkOutcomes']['median'],
  'certifiedRate' | 'onTimeRate' | 'medianDaysToCredential' | 'goalReachedRate' | 'attendanceRate' | 'atRisk'
>;
const measures = (m: Measures): CsvCell[] => [
  csvRate(m.certifiedRate),
  csvRate(m.onTimeRate),
  m.medianDaysToCredential,
  csvRate(m.goalReachedRate),
  csvRate(m.attendanceRate),
  m.atRisk,
];
const measureHeaders = (intl: IntlShape) =>
  [column.certifiedRate, column.onTimeRate, column.medianDays, column.goalReachedRate, column.attendanceRate, column.atRisk].map((m) =>
    intl.formatMessage(m),
  );

/** Every partner's outcomes, then the network median, as CSV in `intl`'s language. */
export function networkOutcomesCsv(intl: IntlShape, n: NetworkOutcomesQuery['networkOutcomes']): string {
  return csvText(
    [...[column.partner, column.cohorts, column.enrolled, column.certified].map((m) => intl.formatMessage(m)), ...measureHeaders(intl)],
    [
      ...n.partners.map((p) => [p.partnerName, p.cohorts, p.enrolled, p.certified, ...measures(p)]),
      [intl.formatMessage(column.networkMedian), null, n.median.enrolled, n.median.certified, ...measures(n.median)],
    ],
  );
}

/** A partner's outcomes cohort by cohort, as CSV in `intl`'s language. */
export function partnerOutcomesCsv(intl: IntlShape, o: PartnerOutcomesQuery['partnerOutcomes']): string {
  return csvText(
    [
      ...[column.cohort, column.start, column.status, column.enrolled, column.active, column.withdrawn, column.certified].map((m) =>
        intl.formatMessage(m),
      ),
      ...measureHeaders(intl),
    ],
    o.cohorts.map((c) => [c.cohortName, c.startDate, c.status, c.enrolled, c.active, c.withdrawn, c.certified, ...measures(c)]),
  );
}
