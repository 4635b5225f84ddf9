import type { CredentialPath, RiskReason } from '@beacon/domain';
import { translator, type Locale, type MessageId } from '../i18n/i18n.js';
import { formatList } from '../i18n/format.util.js';

/** Each risk reason in people's words (the English is `RISK_REASON_TEXT` of @beacon/domain). */
const REASON: Record<RiskReason, MessageId> = {
  OVERDUE_ASSIGNMENT: 'risk.reason.overdueAssignment',
  REVISION_PENDING: 'risk.reason.revisionPending',
  FAILED_WEEK: 'risk.reason.failedWeek',
  ATTENDANCE_TREND: 'risk.reason.attendanceTrend',
  NO_COACHING_BOOKED: 'risk.reason.noCoachingBooked',
  INACTIVE: 'risk.reason.inactive',
  CREDENTIAL_UNREACHABLE: 'risk.reason.credentialUnreachable',
};

/** What the learner can do about each reason (the English is `RISK_REASON_ACTION`). */
const ACTION: Record<RiskReason, MessageId> = {
  OVERDUE_ASSIGNMENT: 'risk.action.overdueAssignment',
  REVISION_PENDING: 'risk.action.revisionPending',
  FAILED_WEEK: 'risk.action.failedWeek',
  ATTENDANCE_TREND: 'risk.action.attendanceTrend',
  NO_COACHING_BOOKED: 'risk.action.noCoachingBooked',
  INACTIVE: 'risk.action.inactive',
  CREDENTIAL_UNREACHABLE: 'risk.action.credentialUnreachable',
};

export const riskReasonText = (reason: RiskReason, locale: Locale): string => translator(locale)(REASON[reason]);
export const riskReasonAction = (reason: RiskReason, locale: Locale): string => translator(locale)(ACTION[reason]);

/** [4,5,6,7] → "weeks 4–7"; [2,5] → "weeks 2 and 5"; [3] → "week 3" (as `weekRanges` of @beacon/domain, in the reader's language). */
export function weekRangesIn(weeks: number[], locale: Locale): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const items: string[] = [];
  for (let k = 0; k < sorted.length;) {
    let j = k;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    // a run of two is two items, a longer one a range
    if (j >= k + 2) items.push(`${sorted[k]}–${sorted[j]}`);
    else for (let w = k; w <= j; w++) items.push(`${sorted[w]}`);
    k = j + 1;
  }
  return translator(locale)('risk.path.weeks', { count: sorted.length, list: formatList(items, locale) });
}

/** The learner's path to the credential in one sentence (as `pathSummary` of @beacon/domain, in the reader's language). */
export function pathSummaryIn(p: Omit<CredentialPath, 'summary'>, locale: Locale): string {
  const t = translator(locale);
  const steps: string[] = [];
  if (p.attendance.toAttend > 0) steps.push(t('risk.path.attend', { toAttend: p.attendance.toAttend, remaining: p.attendance.remaining }));
  if (p.weeksToPass.length)
    steps.push(t('risk.path.pass', { count: new Set(p.weeksToPass).size, weeks: weekRangesIn(p.weeksToPass, locale) }));
  if (p.coachingToHold > 0) steps.push(t('risk.path.hold', { count: p.coachingToHold, booked: p.coachingBooked }));
  if (!p.reachable) {
    const why: string[] = [];
    if (!p.attendance.reachable)
      why.push(t('risk.path.tooFewSessions', { toAttend: p.attendance.toAttend, remaining: p.attendance.remaining }));
    if (p.weeksLost.length)
      why.push(t('risk.path.weeksLost', { count: new Set(p.weeksLost).size, weeks: weekRangesIn(p.weeksLost, locale) }));
    if (why.length === 0) why.push(t('risk.path.coachingLost'));
    return t('risk.path.unreachable', { reasons: formatList(why, locale) });
  }
  if (steps.length === 0) return t('risk.path.allMet');
  return t('risk.path.reachable', { steps: formatList(steps, locale) });
}
