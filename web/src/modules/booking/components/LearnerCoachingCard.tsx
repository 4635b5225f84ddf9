import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { errorCode } from '../../../lib/errors';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { useTimeZone, useViewer } from '../../auth/hooks/useViewer';
import { bookingState, useCoachingSlots, useMyBookings } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import '../../../styles/booking.css';

const used = (chunks: ReactNode[]) => <span className="coaching-used">{chunks}</span>;
const sub = (chunks: ReactNode[]) => <span className="cell-sub">{chunks}</span>;

/** The learner home's coaching line: "1 of 2 used — next: …", and the way to book or change. */
export function LearnerCoachingCard({ enrolmentId }: { enrolmentId: string }) {
  const intl = useIntl();
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
    <Card title={intl.formatMessage({ id: 'booking.coachingCard.title', defaultMessage: 'Coaching' })} className="coaching-card">
      {(slots.loading && !slots.data) || (bookings.loading && !bookings.data) ? (
        <Loading label={intl.formatMessage({ id: 'booking.coachingCard.loading', defaultMessage: 'Loading your coaching…' })} />
      ) : !entitlement ? (
        <ErrorNotice
          error={slots.error ?? bookings.error}
          title={intl.formatMessage({ id: 'booking.coachingCard.loadFailed', defaultMessage: 'Your coaching could not be loaded' })}
          onRetry={() => void slots.refetch()}
        />
      ) : entitlement.sessionsAllowed === 0 ? (
        <p className="muted">
          <FormattedMessage id="booking.coachingCard.noCoaching" defaultMessage="Your programme has no 1-on-1 coaching sessions." />
        </p>
      ) : (
        <>
          <p className="coaching-line" data-testid="coaching-line">
            {next ? (
              <FormattedMessage
                id="booking.coachingCard.usedNext"
                defaultMessage="<used>{held, number} of {allowed, number} used</used> — next: {when}<sub>with {coach}</sub>"
                values={{
                  held,
                  allowed: entitlement.sessionsAllowed,
                  when: <BookingWhen startsAt={next.startsAt} endsAt={next.endsAt} timeZone={timeZone} />,
                  coach: next.coach.name,
                  used,
                  sub,
                }}
              />
            ) : left > 0 ? (
              <FormattedMessage
                id="booking.coachingCard.usedNothingBooked"
                defaultMessage="<used>{held, number} of {allowed, number} used</used> — nothing booked"
                values={{ held, allowed: entitlement.sessionsAllowed, used }}
              />
            ) : (
              <FormattedMessage
                id="booking.coachingCard.used"
                defaultMessage="<used>{held, number} of {allowed, number} used</used>"
                values={{ held, allowed: entitlement.sessionsAllowed, used }}
              />
            )}
          </p>
          <p className="stat-note">
            {left > 0 ? (
              <FormattedMessage
                id="booking.coachingCard.leftToBook"
                defaultMessage="{count, plural, one {# session left to book.} other {# sessions left to book.}}"
                values={{ count: left }}
              />
            ) : next ? (
              <FormattedMessage id="booking.coachingCard.allBooked" defaultMessage="All your sessions are booked." />
            ) : (
              <FormattedMessage id="booking.coachingCard.allHad" defaultMessage="You have had all your sessions." />
            )}
          </p>
          <Link className={`button ${left > 0 ? 'button-primary' : 'button-secondary'} button-small align-start`} to={path}>
            {left > 0 ? (
              <FormattedMessage id="booking.coachingCard.book" defaultMessage="Book coaching" />
            ) : (
              <FormattedMessage id="booking.coachingCard.manage" defaultMessage="Manage your coaching" />
            )}
          </Link>
        </>
      )}
    </Card>
  );
}
