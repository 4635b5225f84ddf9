import type { RiskReason } from '../../../gql/graphql';

/** A rate 0–1 as people read it; null is "no data yet", never 0 %. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)} %`;
}

export function days(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value)} days`;
}

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

/** The reason codes in people's words (the API's codes are stable; these may change). */
export const RISK_REASON_LABEL: Record<RiskReason, string> = {
  OVERDUE_ASSIGNMENT: 'Assignment overdue',
  REVISION_PENDING: 'Revision not resubmitted',
  FAILED_WEEK: 'A week not passed',
  ATTENDANCE_TREND: 'Attendance below the minimum',
  NO_COACHING_BOOKED: 'No coaching booked',
  INACTIVE: 'No activity for 2 weeks',
  CREDENTIAL_UNREACHABLE: 'Credential out of reach',
};

/** A CSV file from rows (quoted where needed), offered as a download. */
export function downloadCsv(filename: string, header: string[], rows: (string | number | null)[][]): void {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A rate for CSV: the fraction itself (0–1), empty when there is no data. */
export const csvRate = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 1000);
