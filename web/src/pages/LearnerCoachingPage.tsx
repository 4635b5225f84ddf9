import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from '../lib/router';
import { zoneLongName } from '../lib/time';
import { useTimeZone } from '../modules/auth/hooks/useViewer';
import { LearnerCoaching } from '../modules/booking/components/LearnerCoaching';
import { useCoachingEnrolments } from '../modules/booking/hooks/useBookings';
import { Breadcrumb } from '../ui/Breadcrumb';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import '../styles/booking.css';

const programmeLink = (chunks: ReactNode[]) => <Link to="/learner">{chunks}</Link>;

/** A learner's 1-on-1 coaching for one enrolment: entitlement, their sessions, and open times to book. */
export function LearnerCoachingPage() {
  const intl = useIntl();
  const { enrolmentId = '' } = useParams();
  const timeZone = useTimeZone();
  const { data, loading, error, refetch } = useCoachingEnrolments();
  const enrolment = data?.myEnrolments.find((e) => e.id === enrolmentId && e.status !== 'WITHDRAWN');
  const coaching = intl.formatMessage({ id: 'pages.learnerCoachingPage.coaching', defaultMessage: 'Coaching' });
  const learner = intl.formatMessage({ id: 'pages.learnerCoachingPage.eyebrow', defaultMessage: 'Learner' });
  const breadcrumb = (
    <Breadcrumb
      trail={[
        {
          to: enrolment ? `/learner?enrolment=${enrolment.id}` : '/learner',
          label: <FormattedMessage id="pages.learnerCoachingPage.programmeCrumb" defaultMessage="Your programme" />,
        },
      ]}
      current={coaching}
    />
  );

  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'pages.learnerCoachingPage.loading', defaultMessage: 'Loading your coaching…' })} />;
  if (error && !data) {
    return (
      <>
        {breadcrumb}
        <PageHeader title={coaching} eyebrow={learner} />
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!enrolment) {
    return (
      <>
        {breadcrumb}
        <PageHeader
          title={intl.formatMessage({ id: 'pages.learnerCoachingPage.notFound', defaultMessage: 'Enrolment not found' })}
          eyebrow={learner}
        />
        <p>
          <FormattedMessage
            id="pages.learnerCoachingPage.notEnrolled"
            defaultMessage="You are not enrolled in this cohort. <link>Go to your programme</link>."
            values={{ link: programmeLink }}
          />
        </p>
      </>
    );
  }
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={intl.formatMessage({ id: 'pages.learnerCoachingPage.title', defaultMessage: '1-on-1 coaching' })}
        eyebrow={intl.formatMessage(
          { id: 'pages.learnerCoachingPage.eyebrowCohort', defaultMessage: 'Learner · {cohort}' },
          { cohort: enrolment.cohort.name },
        )}
      >
        <p>
          <FormattedMessage
            id="pages.learnerCoachingPage.lead"
            defaultMessage="Book sessions with your cohort’s coaches, and move or cancel them up to the cut-off. Times are shown in your time zone, {zoneName} ({zone})."
            values={{ zoneName: zoneLongName(timeZone), zone: timeZone.replaceAll('_', ' ') }}
          />
        </p>
      </PageHeader>
      <LearnerCoaching key={enrolment.id} enrolment={enrolment} />
    </>
  );
}
