import { AssignmentStatus } from './AssignmentStatus';
import { CohortGradingCard } from './CohortGradingCard';
import { GradingSummaryCard } from './GradingSummaryCard';

/**
 * Where grading shows up on other pages: the learner's week (inside its assignment box), the
 * top of the coach's home, and the partner admin's cohort page.
 */
export function AssignmentSubmissionSlot({ enrolmentId, week, open }: { enrolmentId: string; week: number; open: boolean }) {
  return <AssignmentStatus enrolmentId={enrolmentId} week={week} open={open} />;
}
export function CoachGradingSlot() {
  return <GradingSummaryCard />;
}
export function CohortGradingSlot({ cohortId }: { cohortId: string }) {
  return <CohortGradingCard cohortId={cohortId} />;
}
