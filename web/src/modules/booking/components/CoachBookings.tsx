import { useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { SuccessNotice } from '../../../ui/Feedback';
import { useListPages } from '../../../ui/useListPages';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useMyAvailability, useUpcomingCoachSessions, type Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import { CancelInPlace, useCancelInPlace } from './CancelBookingForm';
import { PagedSessions } from './PagedSessions';
import { CoachNote, useBookingNotes, type BookingNote } from './CoachNote';
import '../coach-bookings.css';
import '../../../styles/booking.css';

/** Upcoming sessions per page: a glance on the coach home, more on the bookings page. */
export const UPCOMING_PAGE_HOME = 5;
export const UPCOMING_PAGE = 10;
/** Between the learner's name and the cohort's; not a word. */
const SEPARATOR = ' · ';
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * The coach's upcoming 1-on-1 sessions (confirmed, not over yet), a page at a time with how many
 * there are in all, each with the link to join and a way to cancel; the way to their availability.
 */
export function CoachBookings({ pageSize = UPCOMING_PAGE_HOME }: { pageSize?: number }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const pages = useListPages();
  const sessions = useUpcomingCoachSessions(pages.page, pageSize);
  const { upcoming, total, data } = sessions;
  const availability = useMyAvailability();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const now = Date.now();
  const notes = useBookingNotes(upcoming.map((b) => b.id));
  const unpublished = availability.data && !availability.data.myAvailability.published;

  return (
    <Card
      title={
        <>
          <FormattedMessage id="booking.coachBookings.title" defaultMessage="1-on-1 coaching" />
          {data && (
            <span className="count" data-testid="coach-bookings-total">
              <FormattedMessage
                id="booking.coachBookings.upcomingCount"
                defaultMessage="{count, number} upcoming"
                values={{ count: total }}
              />
            </span>
          )}
        </>
      }
      description={intl.formatMessage(
        {
          id: 'booking.coachBookings.description',
          defaultMessage: 'Sessions learners booked with you, soonest first. Times in your zone, {zone}.',
        },
        { zone: zoneLongName(timeZone) },
      )}
      actions={
        <Link className="button button-secondary button-small" to="/coach/availability">
          <FormattedMessage id="booking.coachBookings.availabilityLink" defaultMessage="Your availability" />
        </Link>
      }
      className="coach-bookings"
    >
      {unpublished && (
        <div className="notice notice-warning">
          <p className="notice-title">
            <FormattedMessage id="booking.coachBookings.unpublishedTitle" defaultMessage="Learners cannot book coaching with you yet" />
          </p>
          <p>
            <FormattedMessage
              id="booking.coachBookings.unpublishedText"
              defaultMessage="Publish the hours you coach in; learners of your cohorts then book 1-on-1 sessions in them, in their own time zone."
            />
          </p>
          <Link className="button button-primary button-small" to="/coach/availability">
            <FormattedMessage id="booking.coachBookings.setAvailability" defaultMessage="Set your availability" />
          </Link>
        </div>
      )}
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className="notice-focus">
          <SuccessNotice>{notice}</SuccessNotice>
        </div>
      )}
      <PagedSessions
        query={sessions}
        pages={pages}
        size={pageSize}
        shown={upcoming.length}
        lockPagerWhileLoading
        labels={{
          pager: intl.formatMessage({ id: 'booking.coachBookings.pagerLabel', defaultMessage: 'Pages of your upcoming sessions' }),
          loading: intl.formatMessage({ id: 'booking.coachBookings.loading', defaultMessage: 'Loading your coaching sessions…' }),
          loadFailed: intl.formatMessage({
            id: 'booking.coachBookings.loadFailed',
            defaultMessage: 'Your coaching sessions could not be loaded',
          }),
          emptyTitle: intl.formatMessage({ id: 'booking.coachBookings.emptyTitle', defaultMessage: 'No coaching sessions booked' }),
          list: intl.formatMessage({
            id: 'booking.coachBookings.listLabel',
            defaultMessage: 'Upcoming sessions, soonest first',
          }),
        }}
        emptyText={
          <FormattedMessage
            id="booking.coachBookings.emptyText"
            defaultMessage="When a learner books one of your open times, it appears here with the link to join."
          />
        }
      >
        {upcoming.map((b) => (
          <CoachBookingItem
            key={b.id}
            booking={b}
            note={notes.get(b.id)}
            timeZone={timeZone}
            now={now}
            onCancelled={(c) => {
              setNotice(
                intl.formatMessage(
                  {
                    id: 'booking.coachBookings.cancelledNotice',
                    defaultMessage: 'Your session with {learner} was cancelled. {learnerFirstName} gets an email with your reason.',
                  },
                  { learner: c.learner.name, learnerFirstName: c.learner.name.split(' ')[0] },
                ),
              );
              setTimeout(() => noticeRef.current?.focus());
            }}
          />
        ))}
      </PagedSessions>
    </Card>
  );
}

function CoachBookingItem({
  booking: b,
  note,
  timeZone,
  now,
  onCancelled,
}: {
  booking: Booking;
  note: BookingNote | undefined;
  timeZone: string;
  now: number;
  onCancelled: (b: Booking) => void;
}) {
  const cancel = useCancelInPlace();
  const { cancelling, setCancelling, cancelRef } = cancel;
  const cancelled = b.status === 'CANCELLED';
  const started = new Date(b.startsAt).getTime() <= now;
  return (
    <li className={`booking-item${cancelled ? ' row-muted' : ''}`}>
      <div className="booking-row">
        <div className="booking-main">
          <span className="cell-strong">
            <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
            {started && !cancelled && (
              <span className="pill pill-status-running">
                <FormattedMessage id="booking.coachBookings.now" defaultMessage="Now" />
              </span>
            )}
            {cancelled && (
              <span className="pill pill-revoked">
                <FormattedMessage id="booking.coachBookings.cancelled" defaultMessage="Cancelled" />
              </span>
            )}
          </span>
          <span className="cell-sub">
            {b.learner.name}
            {SEPARATOR}
            {b.cohortName}
          </span>
          {cancelled && (
            <span className="cell-sub">
              <FormattedMessage
                id="booking.coachBookings.cancelledBy"
                defaultMessage="{byYou, select, yes {Cancelled by you} other {Cancelled by {name}}}{hasReason, select, yes {: “{reason}”} other {}}"
                values={{
                  byYou: b.cancelledBy?.id === b.coach.id ? 'yes' : 'no',
                  name: b.cancelledBy?.name ?? b.learner.name,
                  hasReason: b.cancellationReason ? 'yes' : 'no',
                  reason: b.cancellationReason ?? '',
                }}
              />
            </span>
          )}
        </div>
        {!cancelled && (
          <div className="booking-actions">
            {b.meetingUrl && (
              <a className="button button-secondary button-small" href={b.meetingUrl} target="_blank" rel="noreferrer">
                <FormattedMessage
                  id="booking.coachBookings.join"
                  defaultMessage="Join<hidden> the session with {learner} (opens in a new tab)</hidden>"
                  values={{ learner: b.learner.name, hidden }}
                />
              </a>
            )}
            {!started && !cancelling && (
              <button ref={cancelRef} type="button" className="button button-danger-quiet button-small" onClick={() => setCancelling(true)}>
                <FormattedMessage
                  id="booking.coachBookings.cancel"
                  defaultMessage="Cancel<hidden> the session with {learner}</hidden>"
                  values={{ learner: b.learner.name, hidden }}
                />
              </button>
            )}
          </div>
        )}
      </div>
      <CoachNote bookingId={b.id} learnerName={b.learner.name} note={note} />
      {!cancelled && <CancelInPlace state={cancel} booking={b} as="COACH" timeZone={timeZone} onCancelled={onCancelled} />}
    </li>
  );
}
