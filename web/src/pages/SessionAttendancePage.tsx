import { Link, useParams, useSearchParams } from 'react-router';
import { errorCode } from '../lib/errors';
import { formatSessionTime, zoneLongName } from '../lib/time';
import { AttendanceSheet } from '../modules/attendance/components/AttendanceSheet';
import { useSessionAttendance, useSessionCohortId, useSessionDetails } from '../modules/attendance/hooks/useAttendance';
import { useTimeZone } from '../modules/auth/hooks/useViewer';
import { useEnrolments } from '../modules/cohort/hooks/useCohorts';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Card } from '../ui/Card';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';

/** Taking attendance for one live session: coaches from their home, partner admins from the cohort page. */
export function SessionAttendancePage({ home }: { home: 'coach' | 'partner' }) {
  const { sessionId = '' } = useParams();
  const [params] = useSearchParams();
  const { cohortId, searching, missing } = useSessionCohortId(sessionId, params.get('cohort'));
  const eyebrow = home === 'coach' ? 'Coach · attendance' : 'Partner admin · attendance';

  if (searching) return <Loading label="Finding the session…" />;
  if (missing || !cohortId) {
    return (
      <>
        <PageHeader title="Session not found" eyebrow={eyebrow} />
        <p>
          This session is not in any cohort you run. <Link to={home === 'coach' ? '/coach' : '/partner/cohorts'}>Go back</Link>.
        </p>
      </>
    );
  }
  return <SessionAttendance key={sessionId} sessionId={sessionId} cohortId={cohortId} home={home} eyebrow={eyebrow} />;
}

function SessionAttendance({ sessionId, cohortId, home, eyebrow }: { sessionId: string; cohortId: string; home: 'coach' | 'partner'; eyebrow: string }) {
  const timeZone = useTimeZone();
  const { cohort, session, loading, error } = useSessionDetails(sessionId, cohortId);
  const attendance = useSessionAttendance(sessionId);
  const roster = useEnrolments(cohortId);

  const breadcrumb = (
    <Breadcrumb
      trail={
        home === 'coach'
          ? [{ to: '/coach', label: 'Your cohorts' }]
          : [
              { to: '/partner/cohorts', label: 'Cohorts' },
              { to: `/partner/cohorts/${cohortId}`, label: cohort?.name ?? 'Cohort' },
            ]
      }
      current="Attendance"
    />
  );

  if (loading || (attendance.loading && !attendance.data)) return <Loading label="Loading the session…" />;
  if (error || !cohort || !session) {
    return (
      <>
        {breadcrumb}
        <PageHeader title={errorCode(error) === 'NOT_FOUND' || !session ? 'Session not found' : 'Attendance'} eyebrow={eyebrow} />
        {error && <ErrorNotice error={error} />}
      </>
    );
  }
  const upcoming = new Date(session.startsAt).getTime() - 30 * 60_000 > Date.now();
  return (
    <>
      {breadcrumb}
      <PageHeader title={`Attendance: ${session.title}`} eyebrow={eyebrow}>
        <p>
          {cohort.name} · week {session.week} ·{' '}
          <time dateTime={session.startsAt} title={`${zoneLongName(timeZone, new Date(session.startsAt))} (${timeZone})`}>
            {formatSessionTime(session.startsAt, timeZone)}
          </time>{' '}
          · {session.durationMinutes} min{session.host && <> · hosted by {session.host.name}</>}
        </p>
      </PageHeader>
      {session.cancelled && <p className="notice notice-warning">This session was cancelled; there is no attendance to take.</p>}
      {!session.cancelled && upcoming && <p className="notice notice-info">This session has not started yet. Attendance can be saved from 30 minutes before it starts.</p>}
      <Card title="Learners" description={`Learners below ${cohort.programme.minAttendancePercent} % attendance (the programme’s minimum) are marked at risk.`}>
        {attendance.error && !attendance.data ? (
          <ErrorNotice error={attendance.error} title="The learners could not be loaded" onRetry={() => void attendance.refetch()} />
        ) : (
          <AttendanceSheet
            sessionId={sessionId}
            records={attendance.data?.sessionAttendance ?? []}
            enrolments={roster.data?.enrolments ?? []}
            minAttendance={cohort.programme.minAttendancePercent}
          />
        )}
      </Card>
    </>
  );
}
