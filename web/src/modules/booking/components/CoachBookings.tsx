import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useTimeZone, useViewer } from '../../auth/hooks/useViewer';
import { useMyAvailability, useMyBookings, type Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import { CancelBookingForm } from './CancelBookingForm';
import { CoachNote, useBookingNotes, type BookingNote } from './CoachNote';
import '../coach-bookings.css';
import '../../../styles/booking.css';

/** Bookings shown before "Show all". */
const FIRST = 5;

/** The coach's upcoming 1-on-1 sessions, with the link to join and a way to cancel; the way to their availability. */
export function CoachBookings() {
  const viewer = useViewer();
  const timeZone = useTimeZone();
  const { data, loading, error, refetch } = useMyBookings({ upcoming: true });
  const availability = useMyAvailability();
  const [all, setAll] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const now = Date.now();
  const mine = (data?.myBookings ?? []).filter((b) => b.coach.id === viewer.id && new Date(b.endsAt).getTime() > now);
  const upcoming = mine.filter((b) => b.status === 'CONFIRMED');
  const shown = all ? mine : mine.slice(0, FIRST);
  const notes = useBookingNotes(shown.map((b) => b.id));
  const unpublished = availability.data && !availability.data.myAvailability.published;

  return (
    <Card
      title={<>1-on-1 coaching{data && <span className="count">{upcoming.length}</span>}</>}
      description={`Sessions learners booked with you, soonest first. Times in your zone, ${zoneLongName(timeZone)}.`}
      actions={
        <Link className="button button-secondary button-small" to="/coach/availability">
          Your availability
        </Link>
      }
      className="coach-bookings"
    >
      {unpublished && (
        <div className="notice notice-warning">
          <p className="notice-title">Learners cannot book coaching with you yet</p>
          <p>Publish the hours you coach in; learners of your cohorts then book 1-on-1 sessions in them, in their own time zone.</p>
          <Link className="button button-primary button-small" to="/coach/availability">
            Set your availability
          </Link>
        </div>
      )}
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className="notice-focus">
          <SuccessNotice>{notice}</SuccessNotice>
        </div>
      )}
      {loading && !data ? (
        <Loading label="Loading your coaching sessions…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Your coaching sessions could not be loaded" onRetry={() => void refetch()} />
      ) : mine.length === 0 ? (
        <EmptyState title="No coaching sessions booked">When a learner books one of your open times, it appears here with the link to join.</EmptyState>
      ) : (
        <>
          <ul className="booking-list">
            {shown.map((b) => (
              <CoachBookingItem
                key={b.id}
                booking={b}
                note={notes.get(b.id)}
                timeZone={timeZone}
                now={now}
                onCancelled={(c) => {
                  setNotice(`Your session with ${c.learner.name} was cancelled. ${c.learner.name.split(' ')[0]} gets an email with your reason.`);
                  setTimeout(() => noticeRef.current?.focus());
                }}
              />
            ))}
          </ul>
          {mine.length > shown.length && (
            <button type="button" className="button button-secondary button-small align-start" onClick={() => setAll(true)}>
              Show all {mine.length} sessions
            </button>
          )}
        </>
      )}
    </Card>
  );
}

function CoachBookingItem({ booking: b, note, timeZone, now, onCancelled }: { booking: Booking; note: BookingNote | undefined; timeZone: string; now: number; onCancelled: (b: Booking) => void }) {
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancelled = b.status === 'CANCELLED';
  const started = new Date(b.startsAt).getTime() <= now;
  return (
    <li className={`booking-item${cancelled ? ' row-muted' : ''}`}>
      <div className="booking-row">
        <div className="booking-main">
          <span className="cell-strong">
            <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
            {started && !cancelled && <span className="pill pill-status-running">Now</span>}
            {cancelled && <span className="pill pill-revoked">Cancelled</span>}
          </span>
          <span className="cell-sub">
            {b.learner.name} · {b.cohortName}
          </span>
          {cancelled && (
            <span className="cell-sub">
              Cancelled by {b.cancelledBy?.id === b.coach.id ? 'you' : (b.cancelledBy?.name ?? b.learner.name)}
              {b.cancellationReason ? `: “${b.cancellationReason}”` : ''}
            </span>
          )}
        </div>
        {!cancelled && (
          <div className="booking-actions">
            {b.meetingUrl && (
              <a className="button button-secondary button-small" href={b.meetingUrl} target="_blank" rel="noreferrer">
                Join<span className="visually-hidden"> the session with {b.learner.name} (opens in a new tab)</span>
              </a>
            )}
            {!started && !cancelling && (
              <button ref={cancelRef} type="button" className="button button-danger-quiet button-small" onClick={() => setCancelling(true)}>
                Cancel<span className="visually-hidden"> the session with {b.learner.name}</span>
              </button>
            )}
          </div>
        )}
      </div>
      <CoachNote bookingId={b.id} learnerName={b.learner.name} note={note} />
      {cancelling && !cancelled && (
        <CancelBookingForm
          booking={b}
          as="COACH"
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
