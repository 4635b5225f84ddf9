import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { EscapeScope } from '../../../ui/EscapeScope';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextAreaField } from '../../../ui/Field';
import { useFocusOnOpen } from '../../../ui/useFocusOnOpen';
import { formatSlot } from '../hooks/bookingTime';
import { useCancelBooking, type Booking } from '../hooks/useBookings';

const MAX_REASON = 1000;

/**
 * The second step of cancelling a booking, inline where the person is working: the question,
 * the reason (a coach must give one, the learner may), then "Cancel session" or "Keep it".
 */
export function CancelBookingForm({
  booking,
  as,
  timeZone,
  onCancelled,
  onKeep,
}: {
  booking: Booking;
  as: 'LEARNER' | 'COACH';
  timeZone: string;
  onCancelled: (b: Booking) => void;
  onKeep: () => void;
}) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const reasonField = useFocusOnOpen<HTMLTextAreaElement>();
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [cancel, { loading }] = useCancelBooking(as);
  const other = as === 'COACH' ? booking.learner.name : booking.coach.name;
  const question = intl.formatMessage(
    { id: 'booking.cancelForm.question', defaultMessage: 'Cancel your session with {other} on {when}?' },
    { other, when: formatSlot(booking.startsAt, booking.endsAt, timeZone) },
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (as === 'COACH' && !reason.trim()) {
      setMissing(true);
      return;
    }
    try {
      const { data } = await cancel({ variables: { id: booking.id, reason: reason.trim() || null } });
      if (data) onCancelled(data.cancelBooking);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <EscapeScope onEscape={onKeep}>
      <form className="cancel-form" onSubmit={submit} aria-label={question}>
        <p className="confirm-question">{question}</p>
        <TextAreaField
          label={
            as === 'COACH'
              ? intl.formatMessage({ id: 'booking.cancelForm.coachReason', defaultMessage: 'Reason for cancelling' })
              : intl.formatMessage({ id: 'booking.cancelForm.learnerReason', defaultMessage: 'Reason (optional)' })
          }
          hint={
            as === 'COACH'
              ? intl.formatMessage(
                  { id: 'booking.cancelForm.coachReasonHint', defaultMessage: 'Required: {other} reads it in the cancellation email.' },
                  { other },
                )
              : intl.formatMessage(
                  { id: 'booking.cancelForm.learnerReasonHint', defaultMessage: '{other} reads it in the cancellation email.' },
                  { other },
                )
          }
          error={
            missing
              ? intl.formatMessage({
                  id: 'booking.cancelForm.reasonMissing',
                  defaultMessage: 'Tell the learner why: a reason is required when a coach cancels.',
                })
              : undefined
          }
          aria-required={as === 'COACH' ? true : undefined}
          rows={2}
          maxLength={MAX_REASON}
          value={reason}
          ref={reasonField}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
        />
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'booking.cancelForm.failed', defaultMessage: 'The session was not cancelled' })}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button button-danger button-small" disabled={loading}>
            {loading ? (
              <FormattedMessage id="booking.cancelForm.cancelling" defaultMessage="Cancelling…" />
            ) : (
              <FormattedMessage id="booking.cancelForm.cancelSession" defaultMessage="Cancel session" />
            )}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={onKeep}>
            <FormattedMessage id="booking.cancelForm.keep" defaultMessage="Keep it" />
          </button>
        </div>
      </form>
    </EscapeScope>
  );
}

/** A booking's cancel button and the form it opens in place (useCancelInPlace, then CancelInPlace). */
export function useCancelInPlace() {
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return { cancelling, setCancelling, cancelRef };
}

/** The cancel form while it is open: keeping the booking closes it and puts focus back on the cancel button. */
export function CancelInPlace({
  state: { cancelling, setCancelling, cancelRef },
  booking,
  as,
  timeZone,
  onCancelled,
}: {
  state: ReturnType<typeof useCancelInPlace>;
  booking: Booking;
  as: 'LEARNER' | 'COACH';
  timeZone: string;
  onCancelled: (b: Booking) => void;
}) {
  if (!cancelling) return null;
  return (
    <CancelBookingForm
      booking={booking}
      as={as}
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
  );
}
