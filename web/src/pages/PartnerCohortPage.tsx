import { useParams } from 'react-router';
import { errorCode } from '../lib/errors';
import { formatLocalDate } from '../lib/time';
import { CoachesCard } from '../modules/cohort/components/CoachesCard';
import { EnrolCard } from '../modules/cohort/components/EnrolCard';
import { RosterCard } from '../modules/cohort/components/RosterCard';
import { SessionsCard } from '../modules/cohort/components/SessionsCard';
import { StatusActions } from '../modules/cohort/components/StatusActions';
import { cohortWeekLine, useCohort } from '../modules/cohort/hooks/useCohorts';
import { CohortGradingSlot } from '../modules/grading/components/slots';
import { CohortBookingsSlot } from '../modules/booking/components/slots';
import { CohortCredentialsSlot } from '../modules/credential/components/slots';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Card } from '../ui/Card';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { AtRiskPanel } from '../modules/outcome/components/AtRiskPanel';
import { CohortStatusPill } from '../ui/StatusPill';
import { WeekStrip } from '../ui/WeekStrip';

/** One cohort, as its partner admin runs it: status, weeks, coaches, sessions, learners. */
export function PartnerCohortPage() {
  const { cohortId = '' } = useParams();
  const { data, loading, error, refetch } = useCohort(cohortId);
  const breadcrumb = (current: string) => (
    <Breadcrumb trail={[{ to: '/partner/cohorts', label: 'Cohorts' }]} current={current} />
  );

  if (loading && !data) return <Loading label="Loading cohort…" />;
  if (error || !data) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb('Cohort')}
        <PageHeader title={missing ? 'Cohort not found' : 'Cohort'} eyebrow="Partner admin" />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  const c = data.cohort;
  const starts = formatLocalDate(c.startDate);
  return (
    <>
      {breadcrumb(c.name)}
      <PageHeader title={c.name} eyebrow={`Partner admin · ${c.programme.code} cohort`} actions={<StatusActions cohort={c} />}>
        <p className="cohort-facts">
          <CohortStatusPill status={c.status} />
          <span>{cohortWeekLine(c, starts)}</span>
          <span>
            {starts} – {formatLocalDate(c.endDate)}
          </span>
          <span>{c.timeZone.replaceAll('_', ' ')}</span>
          <span>
            {c.seatsTaken}/{c.capacity} seats
          </span>
        </p>
        <p>
          {c.programme.title}, version {c.programme.version}: completion needs {c.programme.minAttendancePercent} % attendance; learners earn the {c.programme.credentialName}.
        </p>
      </PageHeader>
      <div className="stack page-stack">
        <Card title="Weeks" description="Each week opens at midnight in the cohort’s time zone.">
          <WeekStrip weeks={c.weeks} current={c.currentWeek} timeZone={c.timeZone} label={`Weeks of ${c.name}`} />
        </Card>
        <AtRiskPanel cohortId={c.id} />
        <RosterCard cohort={c} />
        <div className="home-grid">
          <EnrolCard cohort={c} />
          <CoachesCard cohort={c} />
        </div>
        <SessionsCard cohort={c} attendancePath={(id) => `/partner/sessions/${id}?cohort=${c.id}`} />
        <CohortGradingSlot cohortId={c.id} />
        <CohortBookingsSlot cohortId={c.id} />
        <CohortCredentialsSlot cohortId={c.id} />
      </div>
    </>
  );
}
