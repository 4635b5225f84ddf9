import { useMutationId } from '../../grading/hooks/useMutationId';
import { useRef, useState } from 'react';
import { errorCode } from '../../../lib/errors';
import { formatDate, zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { formatClock, formatSlot, humanMinutes, zoneCity, zoneShortName } from '../hooks/bookingTime';
import { DAY, SLOT_WINDOW_DAYS, SLOT_WINDOWS, useBookCoaching, useRescheduleBooking, type Booking, type CoachSlots, type Entitlement } from '../hooks/useBookings';
import { CoachSlotPicker, SlotConfirmation, type Choice } from './SlotPicker';

/**
 * The learner picks an open time of one of their cohort's coaches (or a new time for a booking
 * being moved) and confirms. When the time was taken meanwhile, the API's message is shown and
 * the slots are read again.
 */
export function BookingPicker({
  enrolmentId,
  closedReason,
  entitlement,
  loading,
  error,
  refetch,
  page,
  pageStart,
  onPage,
  timeZone,
  upcoming,
  moving,
  onStopMoving,
  onDone,
}: {
  enrolmentId: string;
  /** why coaching cannot be booked for this enrolment now, if it cannot */
  closedReason: string | null;
  entitlement: Entitlement | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
  page: number;
  pageStart: number;
  onPage: (w: number) => void;
  timeZone: string;
  upcoming: Booking[];
  moving: Booking | null;
  onStopMoving: () => void;
  onDone: (b: Booking, what: 'BOOKED' | 'MOVED') => void;
}) {
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [book, booking] = useBookCoaching();
  const [reschedule, rescheduling] = useRescheduleBooking();
  const busy = booking.loading || rescheduling.loading;
  const mutation = useMutationId();
  const from = new Date(pageStart);
  const to = new Date(pageStart + SLOT_WINDOW_DAYS * DAY - 1);
  const range = `${formatDate(from, timeZone)} – ${formatDate(to, timeZone)}`;

  const choose = (c: Choice) => {
    setFailure(null);
    // another slot is another intention: its own client mutation id
    mutation.renew();
    setChosen(c);
  };

  const confirm = async () => {
    if (!chosen || !mutation.claim()) return;
    setFailure(null);
    try {
      if (moving) {
        const { data } = await reschedule({ variables: { id: moving.id, startsAt: chosen.slot.startsAt } });
        if (data) onDone(data.rescheduleBooking, 'MOVED');
      } else {
        const { data } = await book({ variables: { enrolmentId, coachId: chosen.coachId, startsAt: chosen.slot.startsAt, clientMutationId: mutation.current() } });
        mutation.renew();
        if (data) onDone(data.bookCoaching, 'BOOKED');
      }
      setChosen(null);
    } catch (e) {
      setFailure(e);
      // taken meanwhile (or no longer bookable): the slot goes, and the others are read again
      if (errorCode(e) === 'CONFLICT' || errorCode(e) === 'BAD_USER_INPUT') {
        setChosen(null);
        void refetch();
      }
      setTimeout(() => failureRef.current?.focus());
    } finally {
      mutation.release();
    }
  };

  const coaches = (entitlement?.coaches ?? []).filter((c) => !moving || c.coach.id === moving.coach.id);
  const title = moving ? 'Move your session' : 'Book a session';
  const description = `Open times of your cohort’s coaches, in your time zone: ${zoneLongName(timeZone)} (${zoneShortName(timeZone)}). Pick one, then confirm.`;

  const body = () => {
    if (closedReason) return <EmptyState title="Coaching cannot be booked now">{closedReason}</EmptyState>;
    if (loading && !entitlement) return <Loading label="Loading open times…" />;
    if (!entitlement) return <ErrorNotice error={error} title="Open times could not be loaded" onRetry={() => void refetch()} />;
    if (entitlement.sessionsAllowed === 0) return <EmptyState title="Your programme has no 1-on-1 coaching sessions" />;
    if (entitlement.sessionsLeft === 0 && !moving) {
      return (
        <EmptyState title={`You have booked all ${entitlement.sessionsAllowed} coaching sessions of your programme`}>
          {upcoming.length > 0 ? 'To take another time, move or cancel an upcoming session.' : 'All of them have been held.'}
        </EmptyState>
      );
    }
    if (entitlement.coaches.length === 0) return <EmptyState title="Your cohort has no coach yet">When your partner assigns a coach to your cohort, their open times appear here.</EmptyState>;
    return (
      <>
        <div className="slot-range" role="group" aria-label="Dates shown">
          <button type="button" className="button button-secondary button-small" disabled={page === 0} onClick={() => onPage(page - 1)}>
            ← Earlier<span className="visually-hidden"> dates</span>
          </button>
          <p className="slot-range-label" aria-live="polite">
            {range}
          </p>
          <button type="button" className="button button-secondary button-small" disabled={page >= SLOT_WINDOWS - 1} onClick={() => onPage(page + 1)}>
            Later<span className="visually-hidden"> dates</span> →
          </button>
        </div>
        {loading && <Loading label="Loading open times…" />}
        {coaches.map((c) => (
          <CoachSlotPicker
            key={c.coach.id}
            coach={c}
            timeZone={timeZone}
            chosen={chosen}
            onChoose={choose}
            emptyText={page < SLOT_WINDOWS - 1 ? 'Try later dates: coaches open their calendars a few weeks ahead.' : 'Check back in a few days: new times open as the weeks go by.'}
            confirmation={chosen && <Confirmation chosen={chosen} coach={c} moving={moving} timeZone={timeZone} busy={busy} onConfirm={() => void confirm()} onBack={() => setChosen(null)} />}
          />
        ))}
      </>
    );
  };

  return (
    <Card title={title} description={description} className="booking-picker">
      {moving && (
        <div className="notice notice-info moving-notice" tabIndex={-1}>
          <p>
            Moving your session of <strong>{formatSlot(moving.startsAt, moving.endsAt, timeZone)}</strong> with {moving.coach.name}: pick a new time below. It stays where it is until you confirm.
          </p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setChosen(null);
              onStopMoving();
            }}
          >
            Keep the current time
          </button>
        </div>
      )}
      {failure != null && (
        <div ref={failureRef} tabIndex={-1} className="notice-focus">
          <ErrorNotice error={failure} title={moving ? 'Your session was not moved' : 'That time was not booked'} />
        </div>
      )}
      {body()}
    </Card>
  );
}

function Confirmation({ chosen, coach, moving, timeZone, busy, onConfirm, onBack }: { chosen: Choice; coach: CoachSlots; moving: Booking | null; timeZone: string; busy: boolean; onConfirm: () => void; onBack: () => void }) {
  const when = formatSlot(chosen.slot.startsAt, chosen.slot.endsAt, timeZone);
  const theirs = `${formatClock(chosen.slot.startsAt, coach.timeZone)} in ${zoneCity(coach.timeZone)}`;
  return (
    <SlotConfirmation
      title={moving ? `Move your session to ${when}?` : `Book ${when} with ${coach.coach.name}?`}
      detail={
        <p>
          That is {theirs} for {coach.coach.name.split(' ')[0]}. You can move or cancel it until {humanMinutes(coach.cancellationCutoffMinutes)} before it starts. You both get a calendar invite by email.
        </p>
      }
      confirmLabel={moving ? 'Move session' : 'Book session'}
      busy={busy}
      onConfirm={onConfirm}
      onBack={onBack}
    />
  );
}
