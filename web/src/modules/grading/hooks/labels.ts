import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import type { AssignmentProgress, DueSource, GradingState, ReviewAuditAction, Verdict } from '../../../gql/graphql';

/** Where a learner's week stands, in their words. */
export const PROGRESS_LABEL: Record<AssignmentProgress, MessageDescriptor> = defineMessages({
  NOT_SUBMITTED: { id: 'grading.progress.notSubmitted', defaultMessage: 'Not submitted' },
  AWAITING_REVIEW: { id: 'grading.progress.awaitingReview', defaultMessage: 'Submitted, awaiting review' },
  REVISION_REQUESTED: { id: 'grading.progress.revisionRequested', defaultMessage: 'Needs revision' },
  PASSED: { id: 'grading.progress.passed', defaultMessage: 'Passed' },
  FAILED: { id: 'grading.progress.failed', defaultMessage: 'Not passed' },
});

/** The verdict as the coach chooses it. */
export const VERDICT_LABEL: Record<Verdict, MessageDescriptor> = defineMessages({
  PASS: { id: 'grading.verdict.pass', defaultMessage: 'Pass' },
  REVISE: { id: 'grading.verdict.revise', defaultMessage: 'Revise' },
  FAIL: { id: 'grading.verdict.fail', defaultMessage: 'Fail' },
});

/** The verdict as the outcome it is for the learner. */
export const VERDICT_OUTCOME: Record<Verdict, MessageDescriptor> = defineMessages({
  PASS: { id: 'grading.verdictOutcome.pass', defaultMessage: 'Passed' },
  REVISE: { id: 'grading.verdictOutcome.revise', defaultMessage: 'Needs revision' },
  FAIL: { id: 'grading.verdictOutcome.fail', defaultMessage: 'Not passed' },
});

export const GRADING_STATE_LABEL: Record<GradingState, MessageDescriptor> = defineMessages({
  SUBMITTED: { id: 'grading.state.submitted', defaultMessage: 'Awaiting review' },
  DRAFT: { id: 'grading.state.draft', defaultMessage: 'Draft review' },
  RELEASED: { id: 'grading.state.released', defaultMessage: 'Released' },
});

/** Where the due point that applies comes from, as said to the learner. */
export const DUE_SOURCE_LABEL: Record<DueSource, MessageDescriptor> = defineMessages({
  PROGRAMME: { id: 'grading.dueSource.programme', defaultMessage: 'the programme’s due point' },
  COHORT: { id: 'grading.dueSource.cohort', defaultMessage: 'moved for your cohort' },
  EXTENSION: { id: 'grading.dueSource.extension', defaultMessage: 'extended for you' },
});

export const AUDIT_ACTION_LABEL: Record<ReviewAuditAction, MessageDescriptor> = defineMessages({
  CREATED: { id: 'grading.auditAction.created', defaultMessage: 'Draft created' },
  UPDATED: { id: 'grading.auditAction.updated', defaultMessage: 'Draft updated' },
  RELEASED: { id: 'grading.auditAction.released', defaultMessage: 'Released to the learner' },
});

/** A pill's tone for a learner's progress: one class per outcome, the words always beside the colour. */
export function progressTone(p: AssignmentProgress): string {
  return { NOT_SUBMITTED: 'quiet', AWAITING_REVIEW: 'waiting', REVISION_REQUESTED: 'revise', PASSED: 'pass', FAILED: 'fail' }[p];
}

export function verdictTone(v: Verdict): string {
  return { PASS: 'pass', REVISE: 'revise', FAIL: 'fail' }[v];
}

const sizes = defineMessages<{ bytes: { bytes: number }; kilobytes: { size: number }; megabytes: { size: number } }>({
  bytes: { id: 'grading.fileSize.bytes', defaultMessage: '{bytes, plural, one {# byte} other {# bytes}}' },
  kilobytes: { id: 'grading.fileSize.kilobytes', defaultMessage: '{size, number, ::group-off} KB' },
  megabytes: { id: 'grading.fileSize.megabytes', defaultMessage: '{size, number, ::.0 group-off} MB' },
});

/** "2.4 MB", "812 KB", in the display language. */
export function formatBytes(intl: IntlShape, bytes: number): string {
  if (bytes < 1024) return intl.formatMessage(sizes.bytes, { bytes });
  if (bytes < 1024 * 1024) return intl.formatMessage(sizes.kilobytes, { size: Math.round(bytes / 1024) });
  return intl.formatMessage(sizes.megabytes, { size: bytes / 1024 / 1024 });
}

/**
 * The kinds of answer an assignment accepts, in the canonical order, as one key for an ICU
 * `select` ("TEXT_LINK"): translators get whole phrases rather than words joined in code.
 */
export function kindsKey(kinds: readonly string[]): string {
  return ['TEXT', 'LINK', 'FILE'].filter((k) => kinds.includes(k)).join('_');
}
