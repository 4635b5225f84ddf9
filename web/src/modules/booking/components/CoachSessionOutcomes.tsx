import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from '../../../lib/router';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import {
  MarkBookingOutcomeDocument,
  MyPastCoachingSessionsDocument,
  SessionsToMarkDocument,
  type BookingOutcome,
} from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { Card } from '../../../ui/Card';
import { useListPages } from '../../../ui/useListPages';
import { useTimeZone } from '../../auth/hooks/useViewer';
import type { Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import { PagedSessions } from './PagedSessions';
import { CoachNote, useBookingNotes, type BookingNote } from './CoachNote';
import '../coach-bookings.css';
import '../../../styles/booking.css';

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
  LEARNER_NO_SHOW: {
    id: 'booking.sessionOutcomes.recordedLearnerNoShow',
    defaultMessage: 'Recorded: {learner} didn’t come. It does not count toward the credential.',
  },
  COACH_NO_SHOW: {
    id: 'booking.sessionOutcomes.recordedCoachNoShow',
    defaultMessage: 'Recorded: you couldn’t make it. It does not count toward the credential.',
  },
});

/** Past sessions per page. */
export const PAST_SESSIONS_PAGE = 10;

/**
 * A page of the coach's own sessions that have started, most recent first, with how many there
 * are and how many await their outcome (counted by the API over all of them); the last page
 * stays shown while the next loads.
 */
export function usePastCoachSessions(page: number) {
  const query = useQuery(MyPastCoachingSessionsDocument, {
    variables: { first: PAST_SESSIONS_PAGE, offset: page * PAST_SESSIONS_PAGE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const data = query.data ?? query.previousData;
  const sessions = data?.myPastCoachingSessions;
  return { ...query, data, past: sessions?.items ?? [], total: sessions?.total ?? 0, toMark: sessions?.toMark ?? 0 };
}

/** "3 sessions to mark": the coach's started sessions without an outcome yet. */
export function SessionsToMarkNotice({ count, link }: { count: number; link?: boolean }) {
  if (count === 0) return null;
  const text = (
    <FormattedMessage
      id="booking.sessionOutcomes.toMark"
      defaultMessage="{count, plural, one {# session to mark} other {# sessions to mark}}"
      values={{ count }}
    />
  );
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
  const { data } = useQuery(SessionsToMarkDocument, { fetchPolicy: 'cache-and-network' });
  return <SessionsToMarkNotice count={data?.myPastCoachingSessions.toMark ?? 0} link />;
}

/**
 * The coach's past coaching sessions: each one marked held, learner no-show or coach no-show
 * (and changed if need be), with its private notes. Those still unmarked are called out.
 */
export function CoachSessionOutcomes() {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const pages = useListPages();
  const sessions = usePastCoachSessions(pages.page);
  const { past, total, toMark, data } = sessions;
  const notes = useBookingNotes(past.map((b) => b.id));
  return (
    <div id={PAST_SESSIONS_ID} className="stack">
      <Card
        title={
          <>
            <FormattedMessage id="booking.sessionOutcomes.title" defaultMessage="Past sessions" />
            {data && <span className="count">{total}</span>}
          </>
        }
        description={intl.formatMessage({
          id: 'booking.sessionOutcomes.description',
          defaultMessage: 'What became of each session, most recent first. Only held sessions count toward the credential.',
        })}
        className="coach-bookings"
      >
        <PagedSessions
          query={sessions}
          pages={pages}
          size={PAST_SESSIONS_PAGE}
          shown={past.length}
          labels={{
            pager: intl.formatMessage({ id: 'booking.sessionOutcomes.pagerLabel', defaultMessage: 'Pages of your past sessions' }),
            loading: intl.formatMessage({ id: 'booking.sessionOutcomes.loading', defaultMessage: 'Loading your past sessions…' }),
            loadFailed: intl.formatMessage({
              id: 'booking.sessionOutcomes.loadFailed',
              defaultMessage: 'Your past sessions could not be loaded',
            }),
            emptyTitle: intl.formatMessage({ id: 'booking.sessionOutcomes.emptyTitle', defaultMessage: 'No past sessions yet' }),
            list: intl.formatMessage({
              id: 'booking.sessionOutcomes.listLabel',
              defaultMessage: 'Past sessions, most recent first',
            }),
          }}
          emptyText={
            <FormattedMessage
              id="booking.sessionOutcomes.emptyText"
              defaultMessage="Once a coaching session has started, you say here whether it was held."
            />
          }
          before={<SessionsToMarkNotice count={toMark} />}
        >
          {past.map((b) => (
            <PastSession key={b.id} booking={b} note={notes.get(b.id)} timeZone={timeZone} />
          ))}
        </PagedSessions>
      </Card>
    </div>
  );
}

function PastSession({ booking: b, note, timeZone }: { booking: Booking; note: BookingNote | undefined; timeZone: string }) {
  const intl = useIntl();
  const [changing, setChanging] = useState(false);
  // the counts of sessions to mark are the API's, over all of them: read again
  const [mark, { loading, error }] = useMutation(MarkBookingOutcomeDocument, {
    refetchQueries: ['MyPastCoachingSessions', 'SessionsToMark'],
  });
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
              aria-label={intl.formatMessage(
                { id: 'booking.sessionOutcomes.choose', defaultMessage: 'What became of the session with {learner}?' },
                { learner: b.learner.name },
              )}
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
