import { useState } from 'react';
import { errorCode } from '../../../lib/errors';
import { zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { BOOKINGS_PAGE, bookingState, useCohortBookings, type Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import '../../../styles/booking.css';

const STATE_LABEL = { UPCOMING: 'Upcoming', HELD: 'Held', CANCELLED: 'Cancelled' } as const;
const STATE_PILL = { UPCOMING: 'pill-status-open', HELD: 'pill-status-running', CANCELLED: 'pill-revoked' } as const;

/** A cohort's 1-on-1 coaching, for its partner admin: how many are coming up and held, and each booking. */
export function CohortBookings({ cohortId }: { cohortId: string }) {
  const timeZone = useTimeZone();
  const { data, loading, error, refetch, fetchMore } = useCohortBookings(cohortId);
  const [more, setMore] = useState<{ loading: boolean; done: boolean }>({ loading: false, done: false });
  // coaches of other partners' cohorts never see them; a cohort without access shows nothing
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN') return null;
  const bookings = data?.cohortBookings ?? [];
  const now = Date.now();
  const count = (state: ReturnType<typeof bookingState>) => bookings.filter((b) => bookingState(b, now) === state).length;
  // upcoming first (soonest first), then the earlier ones (latest first)
  const upcoming = bookings.filter((b) => new Date(b.endsAt).getTime() > now);
  const earlier = bookings.filter((b) => new Date(b.endsAt).getTime() <= now).reverse();
  const canLoadMore = !more.done && bookings.length > 0 && bookings.length % BOOKINGS_PAGE === 0;

  const loadMore = async () => {
    setMore({ loading: true, done: false });
    const { data: page } = await fetchMore({
      variables: { offset: bookings.length },
      updateQuery: (prev, { fetchMoreResult }) => ({ cohortBookings: [...prev.cohortBookings, ...fetchMoreResult.cohortBookings] }),
    });
    setMore({ loading: false, done: (page?.cohortBookings.length ?? 0) < BOOKINGS_PAGE });
  };

  return (
    <Card title={<>1-on-1 coaching{data && <span className="count">{bookings.length}</span>}</>} description={`Sessions the cohort’s learners booked with its coaches. Times in your zone, ${zoneLongName(timeZone)}.`}>
      {loading && !data ? (
        <Loading label="Loading coaching bookings…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Coaching bookings could not be loaded" onRetry={() => void refetch()} />
      ) : bookings.length === 0 ? (
        <EmptyState title="No coaching booked yet">When learners book sessions with the cohort’s coaches, they appear here.</EmptyState>
      ) : (
        <>
          <dl className="facts booking-facts">
            <div>
              <dt>Upcoming</dt>
              <dd data-testid="bookings-upcoming">{count('UPCOMING')}</dd>
            </div>
            <div>
              <dt>Held</dt>
              <dd data-testid="bookings-held">{count('HELD')}</dd>
            </div>
            <div>
              <dt>Cancelled</dt>
              <dd>{count('CANCELLED')}</dd>
            </div>
          </dl>
          <DataTable
            name={{ caption: 'Coaching bookings of the cohort: upcoming first, then earlier ones' }}
            className="table-compact"
            columns={['Learner', 'Coach', 'Time', 'Status']}
            rows={[...upcoming, ...earlier]}
            rowKey={(b) => b.id}
            renderRow={(b) => <BookingRow booking={b} timeZone={timeZone} now={now} />}
          />
          {canLoadMore && (
            <button type="button" className="button button-secondary button-small align-start" disabled={more.loading} onClick={() => void loadMore()}>
              {more.loading ? 'Loading…' : 'Show more bookings'}
            </button>
          )}
        </>
      )}
    </Card>
  );
}

function BookingRow({ booking: b, timeZone, now }: { booking: Booking; timeZone: string; now: number }) {
  const state = bookingState(b, now);
  return (
    <tr className={state === 'CANCELLED' ? 'row-muted' : undefined}>
      <th scope="row">
        <span className="cell-strong">{b.learner.name}</span>
        <span className="cell-sub">{b.learner.email}</span>
      </th>
      <td>{b.coach.name}</td>
      <td className="cell-nowrap">
        <BookingWhen startsAt={b.startsAt} endsAt={b.endsAt} timeZone={timeZone} />
      </td>
      <td>
        <span className={`pill ${STATE_PILL[state]}`}>{STATE_LABEL[state]}</span>
        {state === 'CANCELLED' && (
          <span className="cell-sub booking-reason-cell">
            by {b.cancelledBy?.name ?? 'someone'}
            {b.cancellationReason ? `: ${b.cancellationReason}` : ''}
          </span>
        )}
      </td>
    </tr>
  );
}
