import { FormattedMessage, defineMessages, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from '../lib/router';
import { errorCode } from '../lib/errors';
import { formatSessionTime, zoneLongName } from '../lib/time';
import { AttendanceSheet } from '../modules/attendance/components/AttendanceSheet';
import { useSessionCohortId, useSessionDetails } from '../modules/attendance/hooks/useAttendance';
import { useTimeZone } from '../modules/auth/hooks/useViewer';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Card } from '../ui/Card';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';

const messages = defineMessages({
  notFound: { id: 'pages.sessionAttendance.notFound', defaultMessage: 'Session not found' },
  attendance: { id: 'pages.sessionAttendance.attendance', defaultMessage: 'Attendance' },
});

/** Taking attendance for one live session: coaches from their home, partner admins from the cohort page. */
export function SessionAttendancePage({ home }: { home: 'coach' | 'partner' }) {
  const intl = useIntl();
  const { sessionId = '' } = useParams();
  const [params] = useSearchParams();
  const { cohortId, searching, missing } = useSessionCohortId(sessionId, params.get('cohort'));
  const eyebrow =
    home === 'coach'
      ? intl.formatMessage({ id: 'pages.sessionAttendance.coachEyebrow', defaultMessage: 'Coach · attendance' })
      : intl.formatMessage({ id: 'pages.sessionAttendance.partnerEyebrow', defaultMessage: 'Partner admin · attendance' });

  if (searching)
    return <Loading label={intl.formatMessage({ id: 'pages.sessionAttendance.finding', defaultMessage: 'Finding the session…' })} />;
  if (missing || !cohortId) {
    return (
      <>
        <PageHeader title={intl.formatMessage(messages.notFound)} eyebrow={eyebrow} />
        <p>
          <FormattedMessage
            id="pages.sessionAttendance.notInYourCohorts"
            defaultMessage="This session is not in any cohort you run. <link>Go back</link>."
            values={{ link: (chunks) => <Link to={home === 'coach' ? '/coach' : '/partner/cohorts'}>{chunks}</Link> }}
          />
        </p>
      </>
    );
  }
  return <SessionAttendance key={sessionId} sessionId={sessionId} cohortId={cohortId} home={home} eyebrow={eyebrow} />;
}

function SessionAttendance({
  sessionId,
  cohortId,
  home,
  eyebrow,
}: {
  sessionId: string;
  cohortId: string;
  home: 'coach' | 'partner';
  eyebrow: string;
}) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const { cohort, session, loading, error } = useSessionDetails(sessionId, cohortId);

  const breadcrumb = (
    <Breadcrumb
      trail={
        home === 'coach'
          ? [{ to: '/coach', label: intl.formatMessage({ id: 'pages.sessionAttendance.yourCohorts', defaultMessage: 'Your cohorts' }) }]
          : [
              { to: '/partner/cohorts', label: intl.formatMessage({ id: 'pages.sessionAttendance.cohorts', defaultMessage: 'Cohorts' }) },
              {
                to: `/partner/cohorts/${cohortId}`,
                label: cohort?.name ?? intl.formatMessage({ id: 'pages.sessionAttendance.cohort', defaultMessage: 'Cohort' }),
              },
            ]
      }
      current={intl.formatMessage(messages.attendance)}
    />
  );

  if (loading)
    return <Loading label={intl.formatMessage({ id: 'pages.sessionAttendance.loading', defaultMessage: 'Loading the session…' })} />;
  if (error || !cohort || !session) {
    return (
      <>
        {breadcrumb}
        <PageHeader
          title={intl.formatMessage(errorCode(error) === 'NOT_FOUND' || !session ? messages.notFound : messages.attendance)}
          eyebrow={eyebrow}
        />
        {error && <ErrorNotice error={error} />}
      </>
    );
  }
  const upcoming = new Date(session.startsAt).getTime() - 30 * 60_000 > Date.now();
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={intl.formatMessage(
          { id: 'pages.sessionAttendance.title', defaultMessage: 'Attendance: {session}' },
          { session: session.title },
        )}
        eyebrow={eyebrow}
      >
        <p>
          <FormattedMessage
            id="pages.sessionAttendance.facts"
            defaultMessage="{cohort} · week {week, number} · <time>{startsAt}</time> · {minutes, number} min{hasHost, select, yes { · hosted by {host}} other {}}"
            values={{
              cohort: cohort.name,
              week: session.week,
              startsAt: formatSessionTime(session.startsAt, timeZone),
              minutes: session.durationMinutes,
              hasHost: session.host ? 'yes' : 'no',
              host: session.host?.name ?? '',
              time: (chunks) => (
                <time
                  dateTime={session.startsAt}
                  title={intl.formatMessage(
                    { id: 'pages.sessionAttendance.zoneTitle', defaultMessage: '{zoneName} ({zone})' },
                    { zoneName: zoneLongName(timeZone, new Date(session.startsAt)), zone: timeZone },
                  )}
                >
                  {chunks}
                </time>
              ),
            }}
          />
        </p>
      </PageHeader>
      {session.cancelled && (
        <p className="notice notice-warning">
          <FormattedMessage
            id="pages.sessionAttendance.cancelled"
            defaultMessage="This session was cancelled; there is no attendance to take."
          />
        </p>
      )}
      {!session.cancelled && upcoming && (
        <p className="notice notice-info">
          <FormattedMessage
            id="pages.sessionAttendance.upcoming"
            defaultMessage="This session has not started yet. Attendance can be saved from 30 minutes before it starts."
          />
        </p>
      )}
      <Card
        title={intl.formatMessage({ id: 'pages.sessionAttendance.learnersTitle', defaultMessage: 'Learners' })}
        description={intl.formatMessage(
          {
            id: 'pages.sessionAttendance.learnersDescription',
            defaultMessage: 'Learners below {percent, number} % attendance (the programme’s minimum) are marked at risk.',
          },
          { percent: cohort.programme.minAttendancePercent },
        )}
      >
        <AttendanceSheet sessionId={sessionId} minAttendance={cohort.programme.minAttendancePercent} />
      </Card>
    </>
  );
}
