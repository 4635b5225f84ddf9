import { Link } from 'react-router';
import { errorCode } from '../../../lib/errors';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { useTimeZone, useViewer } from '../../auth/hooks/useViewer';
import { bookingState, useCoachingSlots, useMyBookings } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import '../../../styles/booking.css';

/** The learner home's coaching line: "1 of 2 used — next: …", and the way to book or change. */
export function LearnerCoachingCard({ enrolmentId }: { enrolmentId: string }) {
  const viewer = useViewer();
  const timeZone = useTimeZone();
  const slots = useCoachingSlots(enrolmentId);
  const bookings = useMyBookings();
  // a withdrawn enrolment has no coaching to show
  if (errorCode(slots.error) === 'NOT_FOUND') return null;

  const entitlement = slots.data?.coachingSlots;
  const mine = (bookings.data?.myBookings ?? []).filter((b) => b.enrolmentId === enrolmentId && b.learner.id === viewer.id);
  const held = mine.filter((b) => bookingState(b) === 'HELD').length;
  const next = mine.filter((b) => bookingState(b) === 'UPCOMING').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const left = entitlement?.sessionsLeft ?? 0;
  const path = `/learner/coaching/${enrolmentId}`;

  return (
    <Card title="Coaching" className="coaching-card">
      {(slots.loading && !slots.data) || (bookings.loading && !bookings.data) ? (
        <Loading label="Loading your coaching…" />
      ) : !entitlement ? (
        <ErrorNotice error={slots.error ?? bookings.error} title="Your coaching could not be loaded" onRetry={() => void slots.refetch()} />
      ) : entitlement.sessionsAllowed === 0 ? (
        <p className="muted">Your programme has no 1-on-1 coaching sessions.</p>
      ) : (
        <>
          <p className="coaching-line" data-testid="coaching-line">
            <span className="coaching-used">
              {held} of {entitlement.sessionsAllowed} used
            </span>
            {next ? (
              <>
                {' '}
                — next: <BookingWhen startsAt={next.startsAt} endsAt={next.endsAt} timeZone={timeZone} />
                <span className="cell-sub">with {next.coach.name}</span>
              </>
            ) : left > 0 ? (
              <> — nothing booked</>
            ) : null}
          </p>
          <p className="stat-note">{left > 0 ? `${left} ${left === 1 ? 'session' : 'sessions'} left to book.` : next ? 'All your sessions are booked.' : 'You have had all your sessions.'}</p>
          <Link className={`button ${left > 0 ? 'button-primary' : 'button-secondary'} button-small align-start`} to={path}>
            {left > 0 ? 'Book coaching' : 'Manage your coaching'}
          </Link>
        </>
      )}
    </Card>
  );
}
