import { CoachBookings } from './CoachBookings';
import { CohortBookings } from './CohortBookings';
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
export function CohortBookingsSlot({ cohortId }: { cohortId: string }) {
  return <CohortBookings cohortId={cohortId} />;
}
