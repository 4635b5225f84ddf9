import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDateTime, formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { formatDuration } from '../hooks/bookingTime';
import { beforeCutoff, bookingState, type Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import { CancelInPlace, useCancelInPlace } from './CancelBookingForm';
import { SPACE } from '../../../lib/jsx';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** The learner's sessions of one enrolment: upcoming (move, cancel until the cut-off), held, cancelled with the reason. */
export function LearnerBookings({
  bookings,
  timeZone,
  moving,
  onMove,
  onCancelled,
}: {
  bookings: Booking[];
  timeZone: string;
  moving: Booking | null;
  onMove: (b: Booking) => void;
  onCancelled: (b: Booking) => void;
}) {
  const upcoming = bookings.filter((b) => bookingState(b) === 'UPCOMING').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const held = bookings.filter((b) => bookingState(b) === 'HELD').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const cancelled = bookings.filter((b) => bookingState(b) === 'CANCELLED').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const intl = useIntl();
  return (
    <Card
      title={intl.formatMessage({ id: 'booking.learnerBookings.title', defaultMessage: 'Your sessions' })}
      description={intl.formatMessage({
        id: 'booking.learnerBookings.description',
        defaultMessage: 'Each comes with a calendar invite by email; the link to join appears here too.',
      })}
    >
      {bookings.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'booking.learnerBookings.emptyTitle', defaultMessage: 'No coaching sessions yet' })}>
          <FormattedMessage id="booking.learnerBookings.emptyText" defaultMessage="Pick one of your coaches’ open times below." />
        </EmptyState>
      ) : (
        <>
          <BookingGroup
            id="bookings-upcoming"
            title={intl.formatMessage({ id: 'booking.learnerBookings.upcoming', defaultMessage: 'Upcoming' })}
            count={upcoming.length}
            empty={intl.formatMessage({ id: 'booking.learnerBookings.nothingAhead', defaultMessage: 'Nothing booked ahead.' })}
          >
            {upcoming.map((b) => (
              <UpcomingBooking
                key={b.id}
                booking={b}
                timeZone={timeZone}
                moving={moving?.id === b.id}
                onMove={() => onMove(b)}
                onCancelled={onCancelled}
              />
            ))}
          </BookingGroup>
          {held.length > 0 && (
            <BookingGroup
              id="bookings-held"
              title={intl.formatMessage({ id: 'booking.learnerBookings.held', defaultMessage: 'Held' })}
              count={held.length}
            >
              {held.map((b) => (
                <li key={b.id} className="booking-item">
                  <span className="cell-strong">
                    <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
                    {SPACE}
                    <span className="pill pill-status-running">
                      <FormattedMessage id="booking.learnerBookings.heldPill" defaultMessage="Held" />
                    </span>
                  </span>
                  <span className="cell-sub">
                    <FormattedMessage
                      id="booking.learnerBookings.withCoach"
                      defaultMessage="with {coach}"
                      values={{ coach: b.coach.name }}
                    />
                  </span>
                </li>
              ))}
            </BookingGroup>
          )}
          {cancelled.length > 0 && (
            <BookingGroup
              id="bookings-cancelled"
              title={intl.formatMessage({ id: 'booking.learnerBookings.cancelled', defaultMessage: 'Cancelled' })}
              count={cancelled.length}
            >
              {cancelled.map((b) => (
                <li key={b.id} className="booking-item row-muted">
                  <span className="cell-strong">
                    <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
                    {SPACE}
                    <span className="pill pill-revoked">
                      <FormattedMessage id="booking.learnerBookings.cancelledPill" defaultMessage="Cancelled" />
                    </span>
                  </span>
                  <span className="cell-sub">
                    <FormattedMessage
                      id="booking.learnerBookings.cancelledBy"
                      defaultMessage="with {coach} · {byYou, select, yes {cancelled by you} other {cancelled by {name}}}{dated, select, yes { on {when}} other {}}"
                      values={{
                        coach: b.coach.name,
                        byYou: b.cancelledBy?.id === b.learner.id ? 'yes' : 'no',
                        name: b.cancelledBy?.name ?? b.coach.name,
                        dated: b.cancelledAt ? 'yes' : 'no',
                        when: b.cancelledAt ? formatSessionTime(b.cancelledAt, timeZone) : '',
                      }}
                    />
                  </span>
                  {b.cancellationReason && (
                    <span className="booking-reason">
                      <FormattedMessage
                        id="booking.learnerBookings.reason"
                        defaultMessage="Reason: {reason}"
                        values={{ reason: b.cancellationReason }}
                      />
                    </span>
                  )}
                </li>
              ))}
            </BookingGroup>
          )}
        </>
      )}
    </Card>
  );
}

function BookingGroup({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty?: string;
  children: React.ReactNode;
}) {
  return (
    <section className="people-section" aria-labelledby={id}>
      <h3 id={id} className="section-title">
        {title}
        <span className="count">{count}</span>
      </h3>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="booking-list">{children}</ul>}
    </section>
  );
}

function UpcomingBooking({
  booking: b,
  timeZone,
  moving,
  onMove,
  onCancelled,
}: {
  booking: Booking;
  timeZone: string;
  moving: boolean;
  onMove: () => void;
  onCancelled: (b: Booking) => void;
}) {
  const cancel = useCancelInPlace();
  const { cancelling, setCancelling, cancelRef } = cancel;
  const intl = useIntl();
  const changeable = beforeCutoff(b);
  const minutes = Math.round((new Date(b.endsAt).getTime() - new Date(b.startsAt).getTime()) / 60_000);
  const until = <time dateTime={b.cancellableUntil}>{formatDateTime(b.cancellableUntil, timeZone)}</time>;
  return (
    <li className={`booking-item${moving ? ' booking-moving' : ''}`}>
      <div className="booking-row">
        <div className="booking-main">
          <span className="cell-strong">
            <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
            {moving && (
              <span className="pill">
                <FormattedMessage id="booking.learnerBookings.moving" defaultMessage="Moving" />
              </span>
            )}
          </span>
          <span className="cell-sub">
            <FormattedMessage
              id="booking.learnerBookings.withCoachLength"
              defaultMessage="with {coach} · {length}"
              values={{ coach: b.coach.name, length: formatDuration(intl, minutes) }}
            />
          </span>
          <span className="booking-cutoff">
            {changeable ? (
              <FormattedMessage
                id="booking.learnerBookings.changeableUntil"
                defaultMessage="You can move or cancel it until {until}."
                values={{ until }}
              />
            ) : (
              <FormattedMessage
                id="booking.learnerBookings.changesClosed"
                defaultMessage="Changes closed at {until}; to change it now, contact {coach}."
                values={{ until, coach: b.coach.name }}
              />
            )}
          </span>
        </div>
        <div className="booking-actions">
          {b.meetingUrl && (
            <a className="button button-secondary button-small" href={b.meetingUrl} target="_blank" rel="noreferrer">
              <FormattedMessage
                id="booking.learnerBookings.join"
                defaultMessage="Join<hidden> the session with {coach} (opens in a new tab)</hidden>"
                values={{ coach: b.coach.name, hidden }}
              />
            </a>
          )}
          {changeable && !cancelling && (
            <>
              <button type="button" className="button button-secondary button-small" aria-pressed={moving} onClick={onMove}>
                <FormattedMessage
                  id="booking.learnerBookings.move"
                  defaultMessage="Move<hidden> the session of {when}</hidden>"
                  values={{ when: formatSessionTime(b.startsAt, timeZone), hidden }}
                />
              </button>
              <button ref={cancelRef} type="button" className="button button-danger-quiet button-small" onClick={() => setCancelling(true)}>
                <FormattedMessage
                  id="booking.learnerBookings.cancel"
                  defaultMessage="Cancel<hidden> the session of {when}</hidden>"
                  values={{ when: formatSessionTime(b.startsAt, timeZone), hidden }}
                />
              </button>
            </>
          )}
        </div>
      </div>
      <CancelInPlace state={cancel} booking={b} as="LEARNER" timeZone={timeZone} onCancelled={onCancelled} />
    </li>
  );
}
