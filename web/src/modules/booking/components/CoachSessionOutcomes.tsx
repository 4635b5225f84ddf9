import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { MarkBookingOutcomeDocument, MyBookingsDocument, type BookingOutcome } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { useTimeZone, useViewer } from '../../auth/hooks/useViewer';
import { BOOKINGS_PAGE, useHourStart, type Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import { CoachNote, useBookingNotes, type BookingNote } from './CoachNote';
import '../coach-bookings.css';
import '../../../styles/booking.css';

/** Past sessions shown before "Show all". */
const FIRST = 10;
/** Between the learner's name and the cohort's; not a word. */
const SEPARATOR = ' · ';
export const PAST_SESSIONS_ID = 'past-sessions';

const OUTCOMES: BookingOutcome[] = ['HELD', 'LEARNER_NO_SHOW', 'COACH_NO_SHOW'];

/** What the coach chooses: what became of the session. */
const CHOICE: Record<BookingOutcome, MessageDescriptor> = defineMessages({
  HELD: { id: 'booking.sessionOutcomes.markHeld', defaultMessage: 'Held' },
  LEARNER_NO_SHOW: { id: 'booking.sessionOutcomes.markLearnerNoShow', defaultMessage: 'Learner didn’t come' },
  COACH_NO_SHOW: { id: 'booking.sessionOutcomes.markCoachNoShow', defaultMessage: 'I couldn’t make it' },
});

/** What was recorded, as the coach reads it afterwards. */
const RECORDED: Record<BookingOutcome, MessageDescriptor> = defineMessages({
  HELD: { id: 'booking.sessionOutcomes.recordedHeld', defaultMessage: 'Recorded: held. It counts toward {learner}’s credential.' },
  LEARNER_NO_SHOW: { id: 'booking.sessionOutcomes.recordedLearnerNoShow', defaultMessage: 'Recorded: {learner} didn’t come. It does not count toward the credential.' },
  COACH_NO_SHOW: { id: 'booking.sessionOutcomes.recordedCoachNoShow', defaultMessage: 'Recorded: you couldn’t make it. It does not count toward the credential.' },
});

/** The coach's confirmed sessions that have started, most recent first (the API lists soonest first). */
export function usePastCoachSessions() {
  const viewer = useViewer();
  const hourStart = useHourStart();
  const query = useQuery(MyBookingsDocument, { variables: { status: 'CONFIRMED', first: BOOKINGS_PAGE, offset: 0 }, fetchPolicy: 'cache-and-network' });
  const now = Math.max(Date.now(), hourStart);
  const past = (query.data?.myBookings ?? []).filter((b) => b.coach.id === viewer.id && b.status === 'CONFIRMED' && new Date(b.startsAt).getTime() <= now).reverse();
  return { ...query, past, toMark: past.filter((b) => b.awaitingOutcome).length };
}

/** "3 sessions to mark": the coach's started sessions without an outcome yet. */
export function SessionsToMarkNotice({ count, link }: { count: number; link?: boolean }) {
  if (count === 0) return null;
  const text = <FormattedMessage id="booking.sessionOutcomes.toMark" defaultMessage="{count, plural, one {# session to mark} other {# sessions to mark}}" values={{ count }} />;
  return (
    <div className="notice notice-warning">
      <p className="notice-title">{link ? <Link to={`/coach/bookings#${PAST_SESSIONS_ID}`}>{text}</Link> : text}</p>
      <p>
        <FormattedMessage
          id="booking.sessionOutcomes.toMarkText"
          defaultMessage="Say whether each past session was held: only held sessions count toward the learner’s credential."
        />
      </p>
    </div>
  );
}

/** On the coach home: the past sessions still to mark, linking to them. */
export function CoachSessionsToMark() {
  const { toMark } = usePastCoachSessions();
  return <SessionsToMarkNotice count={toMark} link />;
}

/**
 * The coach's past coaching sessions: each one marked held, learner no-show or coach no-show
 * (and changed if need be), with its private notes. Those still unmarked are called out.
 */
export function CoachSessionOutcomes() {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const { past, toMark, data, loading, error, refetch } = usePastCoachSessions();
  const [all, setAll] = useState(false);
  const shown = all ? past : past.slice(0, FIRST);
  const notes = useBookingNotes(shown.map((b) => b.id));
  return (
    <div id={PAST_SESSIONS_ID} className="stack">
    <Card
      title={
        <>
          <FormattedMessage id="booking.sessionOutcomes.title" defaultMessage="Past sessions" />
          {data && <span className="count">{past.length}</span>}
        </>
      }
      description={intl.formatMessage({ id: 'booking.sessionOutcomes.description', defaultMessage: 'What became of each session, most recent first. Only held sessions count toward the credential.' })}
      className="coach-bookings"
    >
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'booking.sessionOutcomes.loading', defaultMessage: 'Loading your past sessions…' })} />
      ) : error && !data ? (
        <ErrorNotice error={error} title={intl.formatMessage({ id: 'booking.sessionOutcomes.loadFailed', defaultMessage: 'Your past sessions could not be loaded' })} onRetry={() => void refetch()} />
      ) : past.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'booking.sessionOutcomes.emptyTitle', defaultMessage: 'No past sessions yet' })}>
          <FormattedMessage id="booking.sessionOutcomes.emptyText" defaultMessage="Once a coaching session has started, you say here whether it was held." />
        </EmptyState>
      ) : (
        <>
          <SessionsToMarkNotice count={toMark} />
          <ul className="booking-list">
            {shown.map((b) => (
              <PastSession key={b.id} booking={b} note={notes.get(b.id)} timeZone={timeZone} />
            ))}
          </ul>
          {past.length > shown.length && (
            <button type="button" className="button button-secondary button-small align-start" onClick={() => setAll(true)}>
              <FormattedMessage id="booking.sessionOutcomes.showAll" defaultMessage="Show all {count, plural, one {# past session} other {# past sessions}}" values={{ count: past.length }} />
            </button>
          )}
        </>
      )}
    </Card>
    </div>
  );
}

function PastSession({ booking: b, note, timeZone }: { booking: Booking; note: BookingNote | undefined; timeZone: string }) {
  const intl = useIntl();
  const [changing, setChanging] = useState(false);
  const [mark, { loading, error }] = useMutation(MarkBookingOutcomeDocument);
  const changeRef = useRef<HTMLButtonElement>(null);
  const choosing = b.outcome === null || changing;
  const choose = async (outcome: BookingOutcome) => {
    const r = await mark({ variables: { id: b.id, outcome } }).catch(() => null);
    if (r?.data) {
      setChanging(false);
      setTimeout(() => changeRef.current?.focus());
    }
  };
  return (
    <li className="booking-item">
      <div className="booking-row">
        <div className="booking-main">
          <span className="cell-strong">
            <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
            {b.outcome === null && (
              <span className="pill pill-risk">
                <FormattedMessage id="booking.sessionOutcomes.unmarked" defaultMessage="To mark" />
              </span>
            )}
          </span>
          <span className="cell-sub">
            {b.learner.name}
            {SEPARATOR}
            {b.cohortName}
          </span>
          {b.outcome !== null && (
            <span className="cell-sub" role="status">
              {intl.formatMessage(RECORDED[b.outcome], { learner: b.learner.name })}
            </span>
          )}
        </div>
        <div className="booking-actions">
          {choosing ? (
            <div
              className="button-row"
              role="group"
              aria-label={intl.formatMessage({ id: 'booking.sessionOutcomes.choose', defaultMessage: 'What became of the session with {learner}?' }, { learner: b.learner.name })}
            >
              {OUTCOMES.map((o) => (
                <button
                  key={o}
                  type="button"
                  className={`button button-small ${o === 'HELD' ? 'button-primary' : 'button-secondary'}`}
                  aria-pressed={b.outcome === o}
                  disabled={loading}
                  onClick={() => void choose(o)}
                >
                  {intl.formatMessage(CHOICE[o])}
                </button>
              ))}
              {changing && (
                <button type="button" className="button button-small button-secondary" onClick={() => setChanging(false)}>
                  <FormattedMessage id="booking.sessionOutcomes.keep" defaultMessage="Keep as it is" />
                </button>
              )}
            </div>
          ) : (
            <button ref={changeRef} type="button" className="button button-secondary button-small" onClick={() => setChanging(true)}>
              <FormattedMessage
                id="booking.sessionOutcomes.change"
                defaultMessage="Change<hidden> what became of the session with {learner}</hidden>"
                values={{ learner: b.learner.name, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
              />
            </button>
          )}
        </div>
      </div>
      {error && <p className="field-error">{errorMessage(error)}</p>}
      <CoachNote bookingId={b.id} learnerName={b.learner.name} note={note} />
    </li>
  );
}
