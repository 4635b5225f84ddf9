import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { MyScheduleDocument } from '../gql/graphql';
import { LearnerSchedule } from '../modules/learner/components/LearnerSchedule';
import { CalendarFeedCard } from '../modules/home/components/HomeCards';
import { Breadcrumb } from '../ui/Breadcrumb';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { errorCode } from '../lib/errors';

/** All live sessions of one of the learner's enrolments, with recordings, attendance and the cohort's groups. */
export function LearnerSchedulePage() {
  const { enrolmentId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MyScheduleDocument, { variables: { enrolmentId }, fetchPolicy: 'cache-and-network' });
  const breadcrumb = <Breadcrumb trail={[{ to: `/learner?enrolment=${enrolmentId}`, label: 'Your programme' }]} current="Schedule" />;
  if (loading && !data) return <Loading label="Loading your schedule…" />;
  if (!data) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader title={notFound ? 'Enrolment not found' : 'Schedule'} eyebrow="Learner" />
        {notFound ? (
          <p>
            You are not enrolled in this cohort. <Link to="/learner">Go to your programme</Link>.
          </p>
        ) : (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  const schedule = data.mySchedule;
  return (
    <>
      {breadcrumb}
      <PageHeader title="Schedule" eyebrow={`Learner · ${schedule.cohortName}`}>
        <p>All {schedule.sessions.length} live sessions of your cohort: recordings and your attendance for past ones, links to join upcoming ones.</p>
      </PageHeader>
      <div className="stack">
        <LearnerSchedule schedule={schedule} />
        <CalendarFeedCard />
      </div>
    </>
  );
}
