import { CoachBookingSlot } from '../modules/booking/components/slots';
import { PageHeader } from '../ui/PageHeader';

/** The coach's coaching bookings: who is coming, when, and the way to cancel. */
export function CoachBookingsPage() {
  return (
    <>
      <PageHeader title="Bookings" eyebrow="Coach">
        <p>The 1-on-1 coaching sessions learners booked with you, soonest first.</p>
      </PageHeader>
      <CoachBookingSlot />
    </>
  );
}
