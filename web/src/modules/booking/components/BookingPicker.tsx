import { useMutationId } from '../../grading/hooks/useMutationId';
import { useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../../../lib/errors';
import { formatDate, zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { formatClock, formatSlot, humanMinutes, zoneCity, zoneShortName } from '../hooks/bookingTime';
import {
  DAY,
  SLOT_WINDOW_DAYS,
  SLOT_WINDOWS,
  useBookCoaching,
  useRescheduleBooking,
  type Booking,
  type CoachSlots,
  type Entitlement,
} from '../hooks/useBookings';
import { CoachSlotPicker, SlotConfirmation, type Choice } from './SlotPicker';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

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
  const intl = useIntl();
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [book, booking] = useBookCoaching();
  const [reschedule, rescheduling] = useRescheduleBooking();
  const busy = booking.loading || rescheduling.loading;
  const mutation = useMutationId();
  const from = new Date(pageStart);
  const to = new Date(pageStart + SLOT_WINDOW_DAYS * DAY - 1);
  const range = intl.formatMessage(
    { id: 'booking.picker.dateRange', defaultMessage: '{from} – {to}' },
    { from: formatDate(from, timeZone), to: formatDate(to, timeZone) },
  );

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
        const { data } = await book({
          variables: { enrolmentId, coachId: chosen.coachId, startsAt: chosen.slot.startsAt, clientMutationId: mutation.current() },
        });
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
  const title = moving
    ? intl.formatMessage({ id: 'booking.picker.moveTitle', defaultMessage: 'Move your session' })
    : intl.formatMessage({ id: 'booking.picker.bookTitle', defaultMessage: 'Book a session' });
  const description = intl.formatMessage(
    {
      id: 'booking.picker.description',
      defaultMessage: 'Open times of your cohort’s coaches, in your time zone: {zoneName} ({zone}). Pick one, then confirm.',
    },
    { zoneName: zoneLongName(timeZone), zone: zoneShortName(timeZone) },
  );
  const loadingLabel = intl.formatMessage({ id: 'booking.picker.loading', defaultMessage: 'Loading open times…' });

  const body = () => {
    if (closedReason)
      return (
        <EmptyState title={intl.formatMessage({ id: 'booking.picker.closedTitle', defaultMessage: 'Coaching cannot be booked now' })}>
          {closedReason}
        </EmptyState>
      );
    if (loading && !entitlement) return <Loading label={loadingLabel} />;
    if (!entitlement)
      return (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'booking.picker.loadFailed', defaultMessage: 'Open times could not be loaded' })}
          onRetry={() => void refetch()}
        />
      );
    if (entitlement.sessionsAllowed === 0)
      return (
        <EmptyState
          title={intl.formatMessage({ id: 'booking.picker.noCoaching', defaultMessage: 'Your programme has no 1-on-1 coaching sessions' })}
        />
      );
    if (entitlement.sessionsLeft === 0 && !moving) {
      return (
        <EmptyState
          title={intl.formatMessage(
            {
              id: 'booking.picker.allBooked',
              defaultMessage: 'You have booked all {count, number} coaching sessions of your programme',
            },
            { count: entitlement.sessionsAllowed },
          )}
        >
          {upcoming.length > 0 ? (
            <FormattedMessage
              id="booking.picker.allBookedMove"
              defaultMessage="To take another time, move or cancel an upcoming session."
            />
          ) : (
            <FormattedMessage id="booking.picker.allHeld" defaultMessage="All of them have been held." />
          )}
        </EmptyState>
      );
    }
    if (entitlement.coaches.length === 0) {
      return (
        <EmptyState title={intl.formatMessage({ id: 'booking.picker.noCoachTitle', defaultMessage: 'Your cohort has no coach yet' })}>
          <FormattedMessage
            id="booking.picker.noCoachText"
            defaultMessage="When your partner assigns a coach to your cohort, their open times appear here."
          />
        </EmptyState>
      );
    }
    return (
      <>
        <div
          className="slot-range"
          role="group"
          aria-label={intl.formatMessage({ id: 'booking.picker.datesShown', defaultMessage: 'Dates shown' })}
        >
          <button type="button" className="button button-secondary button-small" disabled={page === 0} onClick={() => onPage(page - 1)}>
            <FormattedMessage id="booking.picker.earlier" defaultMessage="← Earlier<hidden> dates</hidden>" values={{ hidden }} />
          </button>
          <p className="slot-range-label" aria-live="polite">
            {range}
          </p>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={page >= SLOT_WINDOWS - 1}
            onClick={() => onPage(page + 1)}
          >
            <FormattedMessage id="booking.picker.later" defaultMessage="Later<hidden> dates</hidden> →" values={{ hidden }} />
          </button>
        </div>
        {loading && <Loading label={loadingLabel} />}
        {coaches.map((c) => (
          <CoachSlotPicker
            key={c.coach.id}
            coach={c}
            timeZone={timeZone}
            chosen={chosen}
            onChoose={choose}
            emptyText={
              page < SLOT_WINDOWS - 1
                ? intl.formatMessage({
                    id: 'booking.picker.tryLater',
                    defaultMessage: 'Try later dates: coaches open their calendars a few weeks ahead.',
                  })
                : intl.formatMessage({
                    id: 'booking.picker.checkBack',
                    defaultMessage: 'Check back in a few days: new times open as the weeks go by.',
                  })
            }
            confirmation={
              chosen && (
                <Confirmation
                  chosen={chosen}
                  coach={c}
                  moving={moving}
                  timeZone={timeZone}
                  busy={busy}
                  onConfirm={() => void confirm()}
                  onBack={() => setChosen(null)}
                />
              )
            }
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
            <FormattedMessage
              id="booking.picker.movingNotice"
              defaultMessage="Moving your session of <strong>{when}</strong> with {coach}: pick a new time below. It stays where it is until you confirm."
              values={{ when: formatSlot(moving.startsAt, moving.endsAt, timeZone), coach: moving.coach.name, strong }}
            />
          </p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setChosen(null);
              onStopMoving();
            }}
          >
            <FormattedMessage id="booking.picker.keepCurrent" defaultMessage="Keep the current time" />
          </button>
        </div>
      )}
      {failure != null && (
        <div ref={failureRef} tabIndex={-1} className="notice-focus">
          <ErrorNotice
            error={failure}
            title={
              moving
                ? intl.formatMessage({ id: 'booking.picker.notMoved', defaultMessage: 'Your session was not moved' })
                : intl.formatMessage({ id: 'booking.picker.notBooked', defaultMessage: 'That time was not booked' })
            }
          />
        </div>
      )}
      {body()}
    </Card>
  );
}

function Confirmation({
  chosen,
  coach,
  moving,
  timeZone,
  busy,
  onConfirm,
  onBack,
}: {
  chosen: Choice;
  coach: CoachSlots;
  moving: Booking | null;
  timeZone: string;
  busy: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const intl = useIntl();
  const when = formatSlot(chosen.slot.startsAt, chosen.slot.endsAt, timeZone);
  return (
    <SlotConfirmation
      title={
        moving
          ? intl.formatMessage({ id: 'booking.confirm.moveTitle', defaultMessage: 'Move your session to {when}?' }, { when })
          : intl.formatMessage(
              { id: 'booking.confirm.bookTitle', defaultMessage: 'Book {when} with {coach}?' },
              { when, coach: coach.coach.name },
            )
      }
      detail={
        <p>
          <FormattedMessage
            id="booking.confirm.detail"
            defaultMessage="That is {time} in {city} for {coachFirstName}. You can move or cancel it until {cutoff} before it starts. You both get a calendar invite by email."
            values={{
              time: formatClock(chosen.slot.startsAt, coach.timeZone),
              city: zoneCity(coach.timeZone),
              coachFirstName: coach.coach.name.split(' ')[0],
              cutoff: humanMinutes(intl, coach.cancellationCutoffMinutes),
            }}
          />
        </p>
      }
      confirmLabel={
        moving
          ? intl.formatMessage({ id: 'booking.confirm.moveButton', defaultMessage: 'Move session' })
          : intl.formatMessage({ id: 'booking.confirm.bookButton', defaultMessage: 'Book session' })
      }
      busy={busy}
      onConfirm={onConfirm}
      onBack={onBack}
    />
  );
}
