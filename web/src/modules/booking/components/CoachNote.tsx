import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { BookingNotesDocument, SetBookingNoteDocument, type BookingNotesQuery } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice } from '../../../ui/Feedback';

export type BookingNote = BookingNotesQuery['bookingNotes'][number];

/** The coach's notes of the bookings on screen, in one query. */
export function useBookingNotes(bookingIds: string[]) {
  const { data } = useQuery(BookingNotesDocument, {
    variables: { bookingIds },
    skip: bookingIds.length === 0,
    fetchPolicy: 'cache-and-network',
  });
  return new Map((data?.bookingNotes ?? []).map((n) => [n.bookingId, n]));
}

const MAX = 10_000;
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** Private notes on one coaching session: only the coach sees them; saved on demand. */
export function CoachNote({ bookingId, learnerName, note }: { bookingId: string; learnerName: string; note: BookingNote | undefined }) {
  const id = useId();
  const intl = useIntl();
  const [text, setText] = useState<string | null>(null);
  const [save, { loading, error }] = useMutation(SetBookingNoteDocument);
  const [status, setStatus] = useState('');
  const value = text ?? note?.body ?? '';
  const dirty = text !== null && text !== (note?.body ?? '');
  return (
    <details className="coach-note">
      <summary>
        <FormattedMessage
          id="booking.coachNote.summary"
          defaultMessage="Private notes{saved, select, yes { (saved)} other {}}<hidden> on the session with {learner}</hidden>"
          values={{ saved: note?.body ? 'yes' : 'no', learner: learnerName, hidden }}
        />
      </summary>
      <form
        className="coach-note-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (loading) return;
          setStatus('');
          try {
            const { data } = await save({ variables: { bookingId, body: value }, refetchQueries: ['BookingNotes'] });
            setText(null);
            setStatus(
              data?.setBookingNote.body
                ? intl.formatMessage({ id: 'booking.coachNote.saved', defaultMessage: 'Notes saved.' })
                : intl.formatMessage({ id: 'booking.coachNote.cleared', defaultMessage: 'Notes cleared.' }),
            );
          } catch {
            // shown below
          }
        }}
      >
        <label htmlFor={`${id}-text`}>
          <FormattedMessage id="booking.coachNote.label" defaultMessage="Notes for yourself about this session" />
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {note?.updatedAt ? (
            <FormattedMessage
              id="booking.coachNote.hintSaved"
              defaultMessage="Only you see these: not the learner, not other coaches. Last saved {when}."
              values={{ when: <DateTime value={note.updatedAt} /> }}
            />
          ) : (
            <FormattedMessage id="booking.coachNote.hint" defaultMessage="Only you see these: not the learner, not other coaches." />
          )}
        </p>
        <textarea
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          rows={4}
          maxLength={MAX}
          value={value}
          onChange={(e) => setText(e.target.value)}
        />
        {error && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'booking.coachNote.notSaved', defaultMessage: 'The notes were not saved' })}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button button-secondary button-small" disabled={loading || !dirty}>
            {loading ? (
              <FormattedMessage {...common.saving} />
            ) : (
              <FormattedMessage id="booking.coachNote.save" defaultMessage="Save notes" />
            )}
          </button>
          <span role="status" className="muted">
            {status}
          </span>
        </div>
      </form>
    </details>
  );
}
