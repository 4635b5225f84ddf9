import { AvailabilityEditor } from '../modules/booking/components/AvailabilityEditor';
import { useMyAvailability, useMyBookings } from '../modules/booking/hooks/useBookings';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { Breadcrumb } from '../ui/Breadcrumb';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import '../styles/booking.css';

/** The coach's coaching availability: weekly hours, exceptions, booking rules, meeting link. */
export function CoachAvailabilityPage() {
  const viewer = useViewer();
  // read fresh: the form starts from what is stored now
  const { data, loading, error, refetch } = useMyAvailability('network-only');
  const bookings = useMyBookings({ upcoming: true });
  const published = data?.myAvailability.published;
  const confirmed = (bookings.data?.myBookings ?? []).filter((b) => b.coach.id === viewer.id && b.status === 'CONFIRMED');
  return (
    <>
      <Breadcrumb trail={[{ to: '/coach', label: 'Your cohorts' }]} current="Availability" />
      <PageHeader title="Coaching availability" eyebrow="Coach">
        {data && (
          <p className="cohort-facts">
            <span className={`pill pill-large ${published ? 'pill-status-running' : 'pill-expired'}`}>{published ? 'Published' : 'Not published yet'}</span>
            <span>{published ? 'Learners of your cohorts can book you' : 'Learners cannot book you until you save'}</span>
          </p>
        )}
        <p>When learners of your cohorts can book 1-on-1 coaching with you. Set your hours in your own time zone; each learner sees the open times in theirs.</p>
      </PageHeader>
      {loading && !data ? (
        <Loading label="Loading your availability…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Your availability could not be loaded" onRetry={() => void refetch()} />
      ) : data ? (
        <AvailabilityEditor availability={data.myAvailability} bookings={confirmed} />
      ) : null}
    </>
  );
}
