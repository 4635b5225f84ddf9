import type { CompletionCriteria } from './programme-definition.js';
import { meetsAttendance, summariseAttendance } from './attendance.util.js';

/**
 * Why an active enrolment is at risk of not earning its credential: stable codes (the API's
 * enum, the alerts' keys); the words for people are `RISK_REASON_TEXT`.
 */
export const RISK_REASONS = [
  'OVERDUE_ASSIGNMENT',
  'REVISION_PENDING',
  'FAILED_WEEK',
  'ATTENDANCE_TREND',
  'NO_COACHING_BOOKED',
  'INACTIVE',
  'CREDENTIAL_UNREACHABLE',
] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

export const RISK_REASON_TEXT: Record<RiskReason, string> = {
  OVERDUE_ASSIGNMENT: 'An assignment is past its due point and not submitted',
  REVISION_PENDING: 'A coach asked for a revision that has not been resubmitted',
  FAILED_WEEK: 'A week’s assignment was reviewed as not passed',
  ATTENDANCE_TREND: 'Live-session attendance so far is below the minimum',
  NO_COACHING_BOOKED: 'Coaching sessions are still needed and none is booked',
  INACTIVE: 'No activity for two weeks',
  CREDENTIAL_UNREACHABLE: 'The credential can no longer be reached with what the calendar has left',
};

/** What the learner can do about each reason: kind and actionable, for their alert and home page. */
export const RISK_REASON_ACTION: Record<RiskReason, string> = {
  OVERDUE_ASSIGNMENT:
    'Submit the overdue assignment — a late submission still counts, and your coach can grant an extension if you need one.',
  REVISION_PENDING: 'Read your coach’s feedback and resubmit the revised assignment.',
  FAILED_WEEK: 'Book a coaching session to talk through how to continue.',
  ATTENDANCE_TREND: 'Join the next live sessions; if you cannot, tell your coach so an absence can be excused.',
  NO_COACHING_BOOKED: 'Book your coaching sessions now, while there are slots before the programme ends.',
  INACTIVE: 'Pick up where you left off: this week’s content takes about three hours.',
  CREDENTIAL_UNREACHABLE: 'Talk to your coach about your options, such as joining a later cohort.',
};

/** Days without any activity (content, submission, attendance, booking) that count as inactive. */
export const INACTIVE_DAYS = 14;
/** The programme expects coaching to be booked from this week on: none booked by then is a risk. */
export const COACHING_BOOKED_BY_WEEK = 3;

/** Where a week's assignment stands for one learner (the latest version and its released review). */
export type WeekStanding = 'PASSED' | 'FAILED' | 'REVISE' | 'AWAITING_REVIEW' | 'NOT_SUBMITTED';

export interface RiskInput {
  criteria: CompletionCriteria;
  now: Date;
  /** the cohort's first instant and its end (week 1 opens; the week after the last opens) */
  startsAt: Date;
  endsAt: Date;
  /** the week the cohort is in (0 before the start, weeks + 1 after the end) */
  currentWeek: number;
  /** one per week with an assignment, with the due point that applies to this learner */
  weeks: { week: number; dueAt: Date; standing: WeekStanding }[];
  /** live sessions: held so far (not cancelled), the learner's records, and those still to come */
  attendance: { held: number; attended: number; excused: number; remaining: number };
  /** coaching sessions held, and confirmed ones still to come */
  coaching: { held: number; upcoming: number };
  /** the learner's latest activity of any kind; null: none yet */
  lastActivityAt: Date | null;
}

export interface AttendancePath {
  /** sessions the learner must still attend to reach the minimum (0 when already safe) */
  toAttend: number;
  remaining: number;
  reachable: boolean;
}

/**
 * Sessions still to attend for `minPercent` of all sessions (held and to come, less excused),
 * assuming none of the remaining ones is excused. Exactly at the minimum counts as meeting it.
 */
export function attendancePath(a: RiskInput['attendance'], minPercent: number): AttendancePath {
  if (minPercent <= 0) return { toAttend: 0, remaining: a.remaining, reachable: true };
  const base = a.held - a.excused + a.remaining;
  // integer arithmetic: ceil(min% × base) without floating-point surprises at the boundary
  const needed = Math.ceil((minPercent * base) / 100 - 1e-9);
  const toAttend = Math.max(0, needed - a.attended);
  return { toAttend, remaining: a.remaining, reachable: toAttend <= a.remaining };
}

export interface CredentialPath {
  reachable: boolean;
  attendance: AttendancePath;
  /** weeks whose assignment still has to pass, ascending */
  weeksToPass: number[];
  /** weeks that can no longer pass (a released fail, or the cohort ended without a pass) */
  weeksLost: number[];
  /** coaching sessions still to hold, and how many of those are already booked */
  coachingToHold: number;
  coachingBooked: number;
  /** one plain sentence for the learner */
  summary: string;
}

/** What the learner still needs for the credential, and whether the calendar still allows it. */
export function credentialPath(i: Omit<RiskInput, 'lastActivityAt' | 'currentWeek' | 'startsAt'>): CredentialPath {
  const ended = i.now.getTime() >= i.endsAt.getTime();
  const attendance = attendancePath(i.attendance, i.criteria.minAttendancePercent);
  const open = i.criteria.allAssignmentsPassed ? i.weeks.filter((w) => w.standing !== 'PASSED') : [];
  // a submission awaiting review may still pass after the end; anything else needs a submission
  const lost = open.filter((w) => w.standing === 'FAILED' || (ended && w.standing !== 'AWAITING_REVIEW'));
  const coachingToHold = Math.max(0, i.criteria.coachingSessionsRequired - i.coaching.held);
  const coachingReachable = coachingToHold <= i.coaching.upcoming || !ended;
  const reachable = attendance.reachable && lost.length === 0 && coachingReachable;
  const weeksToPass = open.map((w) => w.week).sort((a, b) => a - b);
  const path: Omit<CredentialPath, 'summary'> = {
    reachable,
    attendance,
    weeksToPass,
    weeksLost: lost.map((w) => w.week).sort((a, b) => a - b),
    coachingToHold,
    coachingBooked: Math.min(coachingToHold, i.coaching.upcoming),
  };
  return { ...path, summary: pathSummary(path) };
}

/** "Still reachable: attend 3 of the 9 remaining sessions, pass weeks 4–7 and hold 1 coaching session." */
export function pathSummary(p: Omit<CredentialPath, 'summary'>): string {
  const steps: string[] = [];
  if (p.attendance.toAttend > 0) {
    steps.push(
      `attend ${p.attendance.toAttend} of the ${p.attendance.remaining} remaining session${p.attendance.remaining === 1 ? '' : 's'}`,
    );
  }
  if (p.weeksToPass.length) steps.push(`pass ${weekRanges(p.weeksToPass)}`);
  if (p.coachingToHold > 0)
    steps.push(
      `hold ${p.coachingToHold} coaching session${p.coachingToHold === 1 ? '' : 's'}${p.coachingBooked ? ` (${p.coachingBooked} booked)` : ''}`,
    );
  if (!p.reachable) {
    const why: string[] = [];
    if (!p.attendance.reachable) why.push(`${p.attendance.toAttend} more sessions are needed and only ${p.attendance.remaining} remain`);
    if (p.weeksLost.length) why.push(`${weekRanges(p.weeksLost)} can no longer pass`);
    if (why.length === 0) why.push('the coaching sessions can no longer be held');
    return `No longer reachable: ${joinList(why)}. Talk to your coach about the options.`;
  }
  if (steps.length === 0) return 'Every requirement is met.';
  return `Still reachable: ${joinList(steps)}.`;
}

/** [4,5,6,7] → "weeks 4–7"; [2,5] → "weeks 2 and 5"; [3] → "week 3". */
export function weekRanges(weeks: number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let k = 0; k < sorted.length;) {
    let j = k;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j === k ? `${sorted[k]}` : j === k + 1 ? `${sorted[k]}, ${sorted[j]}` : `${sorted[k]}–${sorted[j]}`);
    k = j + 1;
  }
  return `${sorted.length === 1 ? 'week' : 'weeks'} ${joinList(runs.flatMap((r) => r.split(', ')))}`;
}

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface RiskAssessment {
  reasons: RiskReason[];
  path: CredentialPath;
}

/** Every reason an active enrolment is at risk (in `RISK_REASONS` order), with its path to the credential. */
export function assessRisk(i: RiskInput): RiskAssessment {
  const path = credentialPath(i);
  const reasons = new Set<RiskReason>();
  const now = i.now.getTime();
  const started = now >= i.startsAt.getTime();
  if (i.criteria.allAssignmentsPassed) {
    for (const w of i.weeks) {
      if (w.standing === 'NOT_SUBMITTED' && w.dueAt.getTime() <= now) reasons.add('OVERDUE_ASSIGNMENT');
      if (w.standing === 'REVISE') reasons.add('REVISION_PENDING');
      if (w.standing === 'FAILED') reasons.add('FAILED_WEEK');
    }
  }
  // the rate so far (the one attendance rule), continued, misses the minimum (exactly at it does not)
  if (summariseAttendance(i.attendance).counted > 0 && !meetsAttendance(i.attendance, i.criteria.minAttendancePercent))
    reasons.add('ATTENDANCE_TREND');
  if (path.coachingToHold > 0 && i.coaching.upcoming === 0 && i.currentWeek >= COACHING_BOOKED_BY_WEEK) reasons.add('NO_COACHING_BOOKED');
  const since = (i.lastActivityAt ?? i.startsAt).getTime();
  if (started && now - since >= INACTIVE_DAYS * 86_400_000) reasons.add('INACTIVE');
  if (!path.reachable) reasons.add('CREDENTIAL_UNREACHABLE');
  return { reasons: RISK_REASONS.filter((r) => reasons.has(r)), path };
}

/** n ÷ d as a fraction 0–1, or null when there is nothing to divide by (no data is not 0). */
export function outcomeRate(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

/** The median of the values, or null when there are none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
