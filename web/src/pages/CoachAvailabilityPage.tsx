import { FormattedMessage, useIntl } from 'react-intl';
import { AvailabilityEditor } from '../modules/booking/components/AvailabilityEditor';
import { useMyAvailability, useMyBookings } from '../modules/booking/hooks/useBookings';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { Breadcrumb } from '../ui/Breadcrumb';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import '../styles/booking.css';

/** The coach's coaching availability: weekly hours, exceptions, booking rules, meeting link. */
export function CoachAvailabilityPage() {
  const intl = useIntl();
  const viewer = useViewer();
  // read fresh: the form starts from what is stored now
  const { data, loading, error, refetch } = useMyAvailability('network-only');
  const bookings = useMyBookings({ upcoming: true });
  const published = data?.myAvailability.published;
  const confirmed = (bookings.data?.myBookings ?? []).filter((b) => b.coach.id === viewer.id && b.status === 'CONFIRMED');
  return (
    <>
      <Breadcrumb
        trail={[{ to: '/coach', label: <FormattedMessage id="pages.coachAvailabilityPage.cohortsCrumb" defaultMessage="Your cohorts" /> }]}
        current={<FormattedMessage id="pages.coachAvailabilityPage.crumb" defaultMessage="Availability" />}
      />
      <PageHeader
        title={intl.formatMessage({ id: 'pages.coachAvailabilityPage.title', defaultMessage: 'Coaching availability' })}
        eyebrow={intl.formatMessage({ id: 'pages.coachAvailabilityPage.eyebrow', defaultMessage: 'Coach' })}
      >
        {data && (
          <p className="cohort-facts">
            <span className={`pill pill-large ${published ? 'pill-status-running' : 'pill-expired'}`}>
              {published ? (
                <FormattedMessage id="pages.coachAvailabilityPage.published" defaultMessage="Published" />
              ) : (
                <FormattedMessage id="pages.coachAvailabilityPage.notPublished" defaultMessage="Not published yet" />
              )}
            </span>
            <span>
              {published ? (
                <FormattedMessage id="pages.coachAvailabilityPage.canBook" defaultMessage="Learners of your cohorts can book you" />
              ) : (
                <FormattedMessage id="pages.coachAvailabilityPage.cannotBook" defaultMessage="Learners cannot book you until you save" />
              )}
            </span>
          </p>
        )}
        <p>
          <FormattedMessage
            id="pages.coachAvailabilityPage.lead"
            defaultMessage="When learners of your cohorts can book 1-on-1 coaching with you. Set your hours in your own time zone; each learner sees the open times in theirs."
          />
        </p>
      </PageHeader>
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'pages.coachAvailabilityPage.loading', defaultMessage: 'Loading your availability…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({
            id: 'pages.coachAvailabilityPage.loadFailed',
            defaultMessage: 'Your availability could not be loaded',
          })}
          onRetry={() => void refetch()}
        />
      ) : data ? (
        <AvailabilityEditor availability={data.myAvailability} bookings={confirmed} />
      ) : null}
    </>
  );
}
