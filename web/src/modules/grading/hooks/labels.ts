import type { AssignmentProgress, DueSource, GradebookState, GradingState, ReviewAuditAction, SubmissionKind, Verdict } from '../../../gql/graphql';

/** Where a learner's week stands, in their words. */
export const PROGRESS_LABEL: Record<AssignmentProgress, string> = {
  NOT_SUBMITTED: 'Not submitted',
  AWAITING_REVIEW: 'Submitted, awaiting review',
  REVISION_REQUESTED: 'Needs revision',
  PASSED: 'Passed',
  FAILED: 'Not passed',
};

export const VERDICT_LABEL: Record<Verdict, string> = { PASS: 'Pass', REVISE: 'Revise', FAIL: 'Fail' };

/** The verdict as the outcome it is for the learner. */
export const VERDICT_OUTCOME: Record<Verdict, string> = { PASS: 'Passed', REVISE: 'Needs revision', FAIL: 'Not passed' };

export const GRADING_STATE_LABEL: Record<GradingState, string> = { SUBMITTED: 'Awaiting review', DRAFT: 'Draft review', RELEASED: 'Released' };

export const GRADEBOOK_STATE_LABEL: Record<GradebookState, string> = { NOT_SUBMITTED: 'Not submitted', SUBMITTED: 'Awaiting review', DRAFT: 'Draft review', RELEASED: 'Released' };

/** Where the due point that applies comes from, as said to the learner. */
export const DUE_SOURCE_LABEL: Record<DueSource, string> = { PROGRAMME: 'the programme’s due point', COHORT: 'moved for your cohort', EXTENSION: 'extended for you' };

export const AUDIT_ACTION_LABEL: Record<ReviewAuditAction, string> = { CREATED: 'Draft created', UPDATED: 'Draft updated', RELEASED: 'Released to the learner' };

export const KIND_LABEL: Record<SubmissionKind, string> = { TEXT: 'Text', LINK: 'Link', FILE: 'File' };

/** A pill's tone for a learner's progress: one class per outcome, the words always beside the colour. */
export function progressTone(p: AssignmentProgress): string {
  return { NOT_SUBMITTED: 'quiet', AWAITING_REVIEW: 'waiting', REVISION_REQUESTED: 'revise', PASSED: 'pass', FAILED: 'fail' }[p];
}

export function verdictTone(v: Verdict): string {
  return { PASS: 'pass', REVISE: 'revise', FAIL: 'fail' }[v];
}

/** "2.4 MB", "812 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
