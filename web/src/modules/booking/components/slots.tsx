/**
 * Where coaching bookings show up on other pages. Filled in by the booking module.
 */
export function LearnerCoachingSlot(_props: { enrolmentId: string }) {
  return null;
}
export function CoachBookingSlot() {
  return null;
}
export function CohortBookingsSlot(_props: { cohortId: string }) {
  return null;
}
