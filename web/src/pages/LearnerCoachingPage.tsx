import { Link, useParams } from 'react-router';
import { zoneLongName } from '../lib/time';
import { useTimeZone } from '../modules/auth/hooks/useViewer';
import { LearnerCoaching } from '../modules/booking/components/LearnerCoaching';
import { useCoachingEnrolments } from '../modules/booking/hooks/useBookings';
import { Breadcrumb } from '../ui/Breadcrumb';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import '../styles/booking.css';

/** A learner's 1-on-1 coaching for one enrolment: entitlement, their sessions, and open times to book. */
export function LearnerCoachingPage() {
  const { enrolmentId = '' } = useParams();
  const timeZone = useTimeZone();
  const { data, loading, error, refetch } = useCoachingEnrolments();
  const enrolment = data?.myEnrolments.find((e) => e.id === enrolmentId && e.status !== 'WITHDRAWN');
  const breadcrumb = <Breadcrumb trail={[{ to: enrolment ? `/learner?enrolment=${enrolment.id}` : '/learner', label: 'Your programme' }]} current="Coaching" />;

  if (loading && !data) return <Loading label="Loading your coaching…" />;
  if (error && !data) {
    return (
      <>
        {breadcrumb}
        <PageHeader title="Coaching" eyebrow="Learner" />
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!enrolment) {
    return (
      <>
        {breadcrumb}
        <PageHeader title="Enrolment not found" eyebrow="Learner" />
        <p>
          You are not enrolled in this cohort. <Link to="/learner">Go to your programme</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      {breadcrumb}
      <PageHeader title="1-on-1 coaching" eyebrow={`Learner · ${enrolment.cohort.name}`}>
        <p>
          Book sessions with your cohort’s coaches, and move or cancel them up to the cut-off. Times are shown in your time zone, {zoneLongName(timeZone)} ({timeZone.replaceAll('_', ' ')}).
        </p>
      </PageHeader>
      <LearnerCoaching key={enrolment.id} enrolment={enrolment} />
    </>
  );
}
