import { useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { common } from '../../../i18n/common';
import { errorCode } from '../../../lib/errors';
import { zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { BOOKINGS_PAGE, bookingState, useCohortBookings, type Booking } from '../hooks/useBookings';
import { BookingWhen } from './BookingWhen';
import '../../../styles/booking.css';

const STATE_LABEL = defineMessages({
  UPCOMING: { id: 'booking.cohortBookings.upcoming', defaultMessage: 'Upcoming' },
  HELD: { id: 'booking.cohortBookings.held', defaultMessage: 'Held' },
  CANCELLED: { id: 'booking.cohortBookings.cancelled', defaultMessage: 'Cancelled' },
});
const STATE_PILL = { UPCOMING: 'pill-status-open', HELD: 'pill-status-running', CANCELLED: 'pill-revoked' } as const;

/** A cohort's 1-on-1 coaching, for its partner admin: how many are coming up and held, and each booking. */
export function CohortBookings({ cohortId }: { cohortId: string }) {
  const intl = useIntl();
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
    <Card
      title={
        <>
          <FormattedMessage id="booking.cohortBookings.title" defaultMessage="1-on-1 coaching" />
          {data && <span className="count">{bookings.length}</span>}
        </>
      }
      description={intl.formatMessage(
        {
          id: 'booking.cohortBookings.description',
          defaultMessage: 'Sessions the cohort’s learners booked with its coaches. Times in your zone, {zone}.',
        },
        { zone: zoneLongName(timeZone) },
      )}
    >
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'booking.cohortBookings.loading', defaultMessage: 'Loading coaching bookings…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'booking.cohortBookings.loadFailed', defaultMessage: 'Coaching bookings could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : bookings.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'booking.cohortBookings.emptyTitle', defaultMessage: 'No coaching booked yet' })}>
          <FormattedMessage
            id="booking.cohortBookings.emptyText"
            defaultMessage="When learners book sessions with the cohort’s coaches, they appear here."
          />
        </EmptyState>
      ) : (
        <>
          <dl className="facts booking-facts">
            <div>
              <dt>
                <FormattedMessage {...STATE_LABEL.UPCOMING} />
              </dt>
              <dd data-testid="bookings-upcoming">{count('UPCOMING')}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage {...STATE_LABEL.HELD} />
              </dt>
              <dd data-testid="bookings-held">{count('HELD')}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage {...STATE_LABEL.CANCELLED} />
              </dt>
              <dd>{count('CANCELLED')}</dd>
            </div>
          </dl>
          <DataTable
            name={{
              caption: intl.formatMessage({
                id: 'booking.cohortBookings.caption',
                defaultMessage: 'Coaching bookings of the cohort: upcoming first, then earlier ones',
              }),
            }}
            className="table-compact"
            columns={[
              intl.formatMessage({ id: 'booking.cohortBookings.learnerColumn', defaultMessage: 'Learner' }),
              intl.formatMessage({ id: 'booking.cohortBookings.coachColumn', defaultMessage: 'Coach' }),
              intl.formatMessage({ id: 'booking.cohortBookings.timeColumn', defaultMessage: 'Time' }),
              intl.formatMessage({ id: 'booking.cohortBookings.statusColumn', defaultMessage: 'Status' }),
            ]}
            rows={[...upcoming, ...earlier]}
            rowKey={(b) => b.id}
            renderRow={(b) => <BookingRow booking={b} timeZone={timeZone} now={now} />}
          />
          {canLoadMore && (
            <button
              type="button"
              className="button button-secondary button-small align-start"
              disabled={more.loading}
              onClick={() => void loadMore()}
            >
              {more.loading ? (
                <FormattedMessage {...common.loading} />
              ) : (
                <FormattedMessage id="booking.cohortBookings.showMore" defaultMessage="Show more bookings" />
              )}
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
        <span className={`pill ${STATE_PILL[state]}`}>
          <FormattedMessage {...STATE_LABEL[state]} />
        </span>
        {state === 'CANCELLED' && (
          <span className="cell-sub booking-reason-cell">
            <FormattedMessage
              id="booking.cohortBookings.cancelledBy"
              defaultMessage="{known, select, yes {by {name}} other {by someone}}{hasReason, select, yes {: {reason}} other {}}"
              values={{
                known: b.cancelledBy ? 'yes' : 'no',
                name: b.cancelledBy?.name ?? '',
                hasReason: b.cancellationReason ? 'yes' : 'no',
                reason: b.cancellationReason ?? '',
              }}
            />
          </span>
        )}
      </td>
    </tr>
  );
}
