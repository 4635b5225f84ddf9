import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from '../lib/router';
import { MyScheduleDocument } from '../gql/graphql';
import { LearnerSchedule } from '../modules/learner/components/LearnerSchedule';
import { CalendarFeedCard } from '../modules/home/components/HomeCards';
import { Breadcrumb } from '../ui/Breadcrumb';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { errorCode } from '../lib/errors';

const programmeLink = (chunks: ReactNode[]) => <Link to="/learner">{chunks}</Link>;

/** All live sessions of one of the learner's enrolments, with recordings, attendance and the cohort's groups. */
export function LearnerSchedulePage() {
  const intl = useIntl();
  const { enrolmentId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MyScheduleDocument, { variables: { enrolmentId }, fetchPolicy: 'cache-and-network' });
  const scheduleTitle = intl.formatMessage({ id: 'pages.learnerSchedulePage.schedule', defaultMessage: 'Schedule' });
  const breadcrumb = (
    <Breadcrumb
      trail={[
        {
          to: `/learner?enrolment=${enrolmentId}`,
          label: <FormattedMessage id="pages.learnerSchedulePage.programmeCrumb" defaultMessage="Your programme" />,
        },
      ]}
      current={scheduleTitle}
    />
  );
  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'pages.learnerSchedulePage.loading', defaultMessage: 'Loading your schedule…' })} />;
  if (!data) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader
          title={
            notFound
              ? intl.formatMessage({ id: 'pages.learnerSchedulePage.notFound', defaultMessage: 'Enrolment not found' })
              : scheduleTitle
          }
          eyebrow={intl.formatMessage({ id: 'pages.learnerSchedulePage.eyebrow', defaultMessage: 'Learner' })}
        />
        {notFound ? (
          <p>
            <FormattedMessage
              id="pages.learnerSchedulePage.notEnrolled"
              defaultMessage="You are not enrolled in this cohort. <link>Go to your programme</link>."
              values={{ link: programmeLink }}
            />
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
      <PageHeader
        title={scheduleTitle}
        eyebrow={intl.formatMessage(
          { id: 'pages.learnerSchedulePage.eyebrowCohort', defaultMessage: 'Learner · {cohort}' },
          { cohort: schedule.cohortName },
        )}
      >
        <p>
          <FormattedMessage
            id="pages.learnerSchedulePage.lead"
            defaultMessage="All {count, number} live sessions of your cohort: recordings and your attendance for past ones, links to join upcoming ones."
            values={{ count: schedule.sessions.length }}
          />
        </p>
      </PageHeader>
      <div className="stack">
        <LearnerSchedule schedule={schedule} />
        <CalendarFeedCard />
      </div>
    </>
  );
}
