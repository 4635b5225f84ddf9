import { CoachBookings } from './CoachBookings';
import { CohortBookings } from './CohortBookings';
import { CoachSessionOutcomes, CoachSessionsToMark } from './CoachSessionOutcomes';
import { LearnerCoachingCard } from './LearnerCoachingCard';

/**
 * Where coaching bookings show up on other pages: the learner home's side column, the top of
 * the coach home, and the partner admin's cohort page.
 */
export function LearnerCoachingSlot({ enrolmentId }: { enrolmentId: string }) {
  return <LearnerCoachingCard enrolmentId={enrolmentId} />;
}
export function CoachBookingSlot() {
  return <CoachBookings />;
}
/** The coach home's call-out of past sessions to mark held or a no-show. */
export function CoachSessionsToMarkSlot() {
  return <CoachSessionsToMark />;
}
/** The coach's past sessions with their outcomes, on the bookings page. */
export function CoachSessionOutcomesSlot() {
  return <CoachSessionOutcomes />;
}
export function CohortBookingsSlot({ cohortId }: { cohortId: string }) {
  return <CohortBookings cohortId={cohortId} />;
}
