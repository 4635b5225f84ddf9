import { useRef, useState } from 'react';
import { formatDateTime, formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { formatDuration } from '../hooks/bookingTime';
import { beforeCutoff, bookingState, type Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import { CancelBookingForm } from './CancelBookingForm';

/** The learner's sessions of one enrolment: upcoming (move, cancel until the cut-off), held, cancelled with the reason. */
export function LearnerBookings({ bookings, timeZone, moving, onMove, onCancelled }: { bookings: Booking[]; timeZone: string; moving: Booking | null; onMove: (b: Booking) => void; onCancelled: (b: Booking) => void }) {
  const upcoming = bookings.filter((b) => bookingState(b) === 'UPCOMING').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const held = bookings.filter((b) => bookingState(b) === 'HELD').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const cancelled = bookings.filter((b) => bookingState(b) === 'CANCELLED').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <Card title="Your sessions" description="Each comes with a calendar invite by email; the link to join appears here too.">
      {bookings.length === 0 ? (
        <EmptyState title="No coaching sessions yet">Pick one of your coaches’ open times below.</EmptyState>
      ) : (
        <>
          <BookingGroup title="Upcoming" count={upcoming.length} empty="Nothing booked ahead.">
            {upcoming.map((b) => (
              <UpcomingBooking key={b.id} booking={b} timeZone={timeZone} moving={moving?.id === b.id} onMove={() => onMove(b)} onCancelled={onCancelled} />
            ))}
          </BookingGroup>
          {held.length > 0 && (
            <BookingGroup title="Held" count={held.length}>
              {held.map((b) => (
                <li key={b.id} className="booking-item">
                  <span className="cell-strong">
                    <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} /> <span className="pill pill-status-running">Held</span>
                  </span>
                  <span className="cell-sub">with {b.coach.name}</span>
                </li>
              ))}
            </BookingGroup>
          )}
          {cancelled.length > 0 && (
            <BookingGroup title="Cancelled" count={cancelled.length}>
              {cancelled.map((b) => (
                <li key={b.id} className="booking-item row-muted">
                  <span className="cell-strong">
                    <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} /> <span className="pill pill-revoked">Cancelled</span>
                  </span>
                  <span className="cell-sub">
                    with {b.coach.name} · cancelled by {b.cancelledBy?.id === b.learner.id ? 'you' : (b.cancelledBy?.name ?? b.coach.name)}
                    {b.cancelledAt && <> on {formatSessionTime(b.cancelledAt, timeZone)}</>}
                  </span>
                  {b.cancellationReason && <span className="booking-reason">Reason: {b.cancellationReason}</span>}
                </li>
              ))}
            </BookingGroup>
          )}
        </>
      )}
    </Card>
  );
}

function BookingGroup({ title, count, empty, children }: { title: string; count: number; empty?: string; children: React.ReactNode }) {
  const id = `bookings-${title.toLowerCase()}`;
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

function UpcomingBooking({ booking: b, timeZone, moving, onMove, onCancelled }: { booking: Booking; timeZone: string; moving: boolean; onMove: () => void; onCancelled: (b: Booking) => void }) {
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const changeable = beforeCutoff(b);
  const minutes = Math.round((new Date(b.endsAt).getTime() - new Date(b.startsAt).getTime()) / 60_000);
  const until = <time dateTime={b.cancellableUntil}>{formatDateTime(b.cancellableUntil, timeZone)}</time>;
  return (
    <li className={`booking-item${moving ? ' booking-moving' : ''}`}>
      <div className="booking-row">
        <div className="booking-main">
          <span className="cell-strong">
            <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
            {moving && <span className="pill">Moving</span>}
          </span>
          <span className="cell-sub">
            with {b.coach.name} · {formatDuration(minutes)}
          </span>
          <span className="booking-cutoff">{changeable ? <>You can move or cancel it until {until}.</> : <>Changes closed at {until}; to change it now, contact {b.coach.name}.</>}</span>
        </div>
        <div className="booking-actions">
          {b.meetingUrl && (
            <a className="button button-secondary button-small" href={b.meetingUrl} target="_blank" rel="noreferrer">
              Join<span className="visually-hidden"> the session with {b.coach.name} (opens in a new tab)</span>
            </a>
          )}
          {changeable && !cancelling && (
            <>
              <button type="button" className="button button-secondary button-small" aria-pressed={moving} onClick={onMove}>
                Move<span className="visually-hidden"> the session of {formatSessionTime(b.startsAt, timeZone)}</span>
              </button>
              <button ref={cancelRef} type="button" className="button button-danger-quiet button-small" onClick={() => setCancelling(true)}>
                Cancel<span className="visually-hidden"> the session of {formatSessionTime(b.startsAt, timeZone)}</span>
              </button>
            </>
          )}
        </div>
      </div>
      {cancelling && (
        <CancelBookingForm
          booking={b}
          as="LEARNER"
          timeZone={timeZone}
          onKeep={() => {
            setCancelling(false);
            setTimeout(() => cancelRef.current?.focus());
          }}
          onCancelled={(c) => {
            setCancelling(false);
            onCancelled(c);
          }}
        />
      )}
    </li>
  );
}
