import { registerEnumType } from '@nestjs/graphql';
import { DUE_SOURCES, enumOf, GradebookState, GradingState, ReviewAuditAction, ReviewState, VERDICTS } from '@beacon/domain';

// the domain keeps these as string unions (shared with the web app); GraphQL gets enums of the same strings
export const VerdictEnum = enumOf(VERDICTS);
export const DueSourceEnum = enumOf(DUE_SOURCES);

/** A learner's own view of a week's assignment. */
export enum AssignmentProgressEnum {
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  AWAITING_REVIEW = 'AWAITING_REVIEW',
  REVISION_REQUESTED = 'REVISION_REQUESTED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

registerEnumType(VerdictEnum, {
  name: 'Verdict',
  description: 'PASS (the total reaches the pass mark), REVISE (resubmit a new version) or FAIL.',
});
registerEnumType(DueSourceEnum, {
  name: 'DueSource',
  description: 'Where a due point comes from: the programme’s default, the cohort’s override, or the learner’s extension.',
});
registerEnumType(ReviewState, { name: 'ReviewState', description: 'DRAFT (seen by staff only) → RELEASED (seen by the learner; final).' });
registerEnumType(GradingState, {
  name: 'GradingState',
  description: 'SUBMITTED (awaiting review), DRAFT (a review is being written), RELEASED (the review is out).',
});
registerEnumType(GradebookState, {
  name: 'GradebookState',
  description: 'A gradebook cell: NOT_SUBMITTED, or the grading state of the latest version.',
});
registerEnumType(AssignmentProgressEnum, {
  name: 'AssignmentProgress',
  description: 'A learner’s view: not submitted, awaiting review, revision requested, passed or failed.',
});
registerEnumType(ReviewAuditAction, { name: 'ReviewAuditAction' });
