import { formatInZone } from './format.util.js';
import type { Verdict } from './rubric.util.js';
import type { CohortStatus, EnrolmentStatus, GradingState } from './status.js';

export interface SubmitContext {
  week: number;
  enrolmentStatus: EnrolmentStatus;
  cohortStatus: CohortStatus;
  weekOpen: boolean;
  /** when the week opens, in the cohort's zone, to tell the learner when a locked week opens */
  opens?: { at: Date; timeZone: string };
  /** the latest version so far and its review; null before the first submission */
  latest: { state: GradingState; verdict: Verdict | null } | null;
}

/**
 * Why a learner may not submit (a first version or a new one) for a week, or null when they
 * may. A new version is allowed until a review is released, and after a released REVISE;
 * a released PASS or FAIL closes the week.
 */
export function submitBlocker(c: SubmitContext): string | null {
  if (c.enrolmentStatus === 'WITHDRAWN') return 'You have withdrawn from this cohort, so you can no longer submit';
  if (c.enrolmentStatus === 'INVITED') return 'Accept your invitation to the cohort before submitting';
  if (c.enrolmentStatus === 'COMPLETED' || c.cohortStatus === 'COMPLETED' || c.cohortStatus === 'ARCHIVED')
    return 'This cohort has ended; submissions are closed';
  if (!c.weekOpen) return `Week ${c.week} is not open yet${c.opens ? ` (it opens ${formatInZone(c.opens.at, c.opens.timeZone)})` : ''}`;
  if (c.latest?.state === 'RELEASED') {
    if (c.latest.verdict === 'PASS') return `Your week ${c.week} assignment has passed; there is nothing to resubmit`;
    if (c.latest.verdict === 'FAIL') return `Your week ${c.week} assignment was reviewed as not passed; ask your coach how to continue`;
  }
  return null;
}
