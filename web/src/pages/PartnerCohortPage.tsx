import { NavLink, useParams } from 'react-router';
import { errorCode } from '../lib/errors';
import { formatLocalDate } from '../lib/time';
import { CoachesCard } from '../modules/cohort/components/CoachesCard';
import { CohortSettingsCard } from '../modules/cohort/components/CohortSettingsCard';
import { EnrolCard } from '../modules/cohort/components/EnrolCard';
import { RosterCard } from '../modules/cohort/components/RosterCard';
import { SessionsCard } from '../modules/cohort/components/SessionsCard';
import { StatusActions } from '../modules/cohort/components/StatusActions';
import { cohortWeekLine, useCohort, type CohortView } from '../modules/cohort/hooks/useCohorts';
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
import { NotFoundPage } from './NotFoundPage';

/** The cohort page's sections, each at its own address (/partner/cohorts/:id/<tab>). */
const TABS = [
  { tab: '', label: 'Overview' },
  { tab: 'learners', label: 'Learners' },
  { tab: 'sessions', label: 'Sessions' },
  { tab: 'grading', label: 'Grading' },
  { tab: 'coaching', label: 'Coaching' },
  { tab: 'credentials', label: 'Credentials' },
] as const;
type Tab = (typeof TABS)[number]['tab'];

/** One cohort, as its partner admin runs it, in sections: overview, learners, sessions, grading, coaching, credentials. */
export function PartnerCohortPage() {
  const { cohortId = '', tab = '' } = useParams();
  const { data, loading, error, refetch } = useCohort(cohortId);
  const breadcrumb = (current: string) => <Breadcrumb trail={[{ to: '/partner/cohorts', label: 'Cohorts' }]} current={current} />;

  if (!TABS.some((t) => t.tab === tab)) return <NotFoundPage />;
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
  const section = TABS.find((t) => t.tab === tab)!;
  return (
    <>
      {breadcrumb(c.name)}
      <PageHeader title={c.name} eyebrow={`Partner admin · ${c.programme.code} cohort${tab ? ` · ${section.label.toLowerCase()}` : ''}`} actions={<StatusActions cohort={c} />}>
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
      </PageHeader>
      <nav className="tabs tabs-scroll" aria-label="Cohort sections">
        {TABS.map((t) => (
          <NavLink key={t.tab} end to={`/partner/cohorts/${c.id}${t.tab ? `/${t.tab}` : ''}`} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
            {t.label}
          </NavLink>
        ))}
      </nav>
      <div className="stack page-stack">
        <CohortSection tab={tab as Tab} cohort={c} />
      </div>
    </>
  );
}

function CohortSection({ tab, cohort: c }: { tab: Tab; cohort: CohortView }) {
  switch (tab) {
    case 'learners':
      return (
        <>
          <RosterCard cohort={c} />
          <EnrolCard cohort={c} />
        </>
      );
    case 'sessions':
      return <SessionsCard cohort={c} attendancePath={(id) => `/partner/sessions/${id}?cohort=${c.id}`} />;
    case 'grading':
      return <CohortGradingSlot cohortId={c.id} />;
    case 'coaching':
      return (
        <>
          <CoachesCard cohort={c} />
          <CohortBookingsSlot cohortId={c.id} />
        </>
      );
    case 'credentials':
      return <CohortCredentialsSlot cohortId={c.id} />;
    default:
      return (
        <>
          <AtRiskPanel cohortId={c.id} />
          <Card title="Weeks" description={`${c.programme.title}, version ${c.programme.version}: completion needs ${c.programme.minAttendancePercent} % attendance; learners earn the ${c.programme.credentialName}. Each week opens at midnight in the cohort’s time zone.`}>
            <WeekStrip weeks={c.weeks} current={c.currentWeek} timeZone={c.timeZone} label={`Weeks of ${c.name}`} />
          </Card>
          <CohortSettingsCard cohort={c} />
        </>
      );
  }
}
