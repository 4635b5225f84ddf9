import { CohortGradingCard } from '../modules/grading/components/CohortGradingCard';
import { CohortBookings } from '../modules/booking/components/CohortBookings';
import { CohortCredentialsSection } from '../modules/credential/components/CohortCredentialsSection';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { NavLink, useParams } from '../lib/router';
import { errorCode } from '../lib/errors';
import { formatLocalDate } from '../lib/time';
import { CoachesCard } from '../modules/cohort/components/CoachesCard';
import { CohortSettingsCard } from '../modules/cohort/components/CohortSettingsCard';
import { EnrolCard } from '../modules/cohort/components/EnrolCard';
import { RosterCard } from '../modules/cohort/components/RosterCard';
import { SessionsCard } from '../modules/cohort/components/SessionsCard';
import { StatusActions } from '../modules/cohort/components/StatusActions';
import { cohortWeekLine, useCohort, type CohortView } from '../modules/cohort/hooks/useCohorts';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Card } from '../ui/Card';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { AtRiskPanel } from '../modules/outcome/components/AtRiskPanel';
import { CohortStatusPill } from '../ui/StatusPill';
import { WeekStrip } from '../ui/WeekStrip';
import { NotFoundPage } from './NotFoundPage';

/** The cohort page's sections, each at its own address (/partner/cohorts/:id/<tab>). */
const tabLabels = defineMessages({
  overview: { id: 'pages.partnerCohort.tabOverview', defaultMessage: 'Overview' },
  learners: { id: 'pages.partnerCohort.tabLearners', defaultMessage: 'Learners' },
  sessions: { id: 'pages.partnerCohort.tabSessions', defaultMessage: 'Sessions' },
  grading: { id: 'pages.partnerCohort.tabGrading', defaultMessage: 'Grading' },
  coaching: { id: 'pages.partnerCohort.tabCoaching', defaultMessage: 'Coaching' },
  credentials: { id: 'pages.partnerCohort.tabCredentials', defaultMessage: 'Credentials' },
});
const TABS = [
  { tab: '', label: tabLabels.overview },
  { tab: 'learners', label: tabLabels.learners },
  { tab: 'sessions', label: tabLabels.sessions },
  { tab: 'grading', label: tabLabels.grading },
  { tab: 'coaching', label: tabLabels.coaching },
  { tab: 'credentials', label: tabLabels.credentials },
] as const;
type Tab = (typeof TABS)[number]['tab'];

/** One cohort, as its partner admin runs it, in sections: overview, learners, sessions, grading, coaching, credentials. */
export function PartnerCohortPage() {
  const intl = useIntl();
  const { cohortId = '', tab = '' } = useParams();
  const { data, loading, error, refetch } = useCohort(cohortId);
  const breadcrumb = (current: string) => (
    <Breadcrumb
      trail={[{ to: '/partner/cohorts', label: intl.formatMessage({ id: 'pages.partnerCohort.cohorts', defaultMessage: 'Cohorts' }) }]}
      current={current}
    />
  );

  if (!TABS.some((t) => t.tab === tab)) return <NotFoundPage />;
  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'pages.partnerCohort.loading', defaultMessage: 'Loading cohort…' })} />;
  if (error || !data) {
    const missing = errorCode(error) === 'NOT_FOUND';
    const cohortWord = intl.formatMessage({ id: 'pages.partnerCohort.cohort', defaultMessage: 'Cohort' });
    return (
      <>
        {breadcrumb(cohortWord)}
        <PageHeader
          title={missing ? intl.formatMessage({ id: 'pages.partnerCohort.notFound', defaultMessage: 'Cohort not found' }) : cohortWord}
          eyebrow={intl.formatMessage({ id: 'pages.partnerCohort.partnerAdmin', defaultMessage: 'Partner admin' })}
        />
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
      <PageHeader
        title={c.name}
        eyebrow={
          section.tab
            ? intl.formatMessage(
                {
                  id: 'pages.partnerCohort.eyebrowSection',
                  defaultMessage:
                    'Partner admin · {code} cohort · {section, select, learners {learners} sessions {sessions} grading {grading} coaching {coaching} credentials {credentials} other {overview}}',
                },
                { code: c.programme.code, section: section.tab },
              )
            : intl.formatMessage(
                { id: 'pages.partnerCohort.eyebrow', defaultMessage: 'Partner admin · {code} cohort' },
                { code: c.programme.code },
              )
        }
        actions={<StatusActions cohort={c} />}
      >
        <p className="cohort-facts">
          <CohortStatusPill status={c.status} />
          <span>{cohortWeekLine(c, starts, intl)}</span>
          <span>
            <FormattedMessage
              id="pages.partnerCohort.dates"
              defaultMessage="{start} – {end}"
              values={{ start: starts, end: formatLocalDate(c.endDate) }}
            />
          </span>
          <span>{c.timeZone.replaceAll('_', ' ')}</span>
          <span>
            <FormattedMessage
              id="pages.partnerCohort.seats"
              defaultMessage="{taken, number}/{capacity, plural, one {# seat} other {# seats}}"
              values={{ taken: c.seatsTaken, capacity: c.capacity }}
            />
          </span>
        </p>
      </PageHeader>
      <nav
        className="tabs tabs-scroll"
        aria-label={intl.formatMessage({ id: 'pages.partnerCohort.sections', defaultMessage: 'Cohort sections' })}
      >
        {TABS.map((t) => (
          <NavLink
            key={t.tab}
            end
            to={`/partner/cohorts/${c.id}${t.tab ? `/${t.tab}` : ''}`}
            className={({ isActive }) => (isActive ? 'tab active' : 'tab')}
          >
            <FormattedMessage {...t.label} />
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
  const intl = useIntl();
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
      return <CohortGradingCard cohortId={c.id} />;
    case 'coaching':
      return (
        <>
          <CoachesCard cohort={c} />
          <CohortBookings cohortId={c.id} />
        </>
      );
    case 'credentials':
      return <CohortCredentialsSection cohortId={c.id} />;
    default:
      return (
        <>
          <AtRiskPanel cohortId={c.id} />
          <Card
            title={intl.formatMessage({ id: 'pages.partnerCohort.weeks', defaultMessage: 'Weeks' })}
            description={intl.formatMessage(
              {
                id: 'pages.partnerCohort.weeksDescription',
                defaultMessage:
                  '{title}, version {version}: completion needs {percent, number} % attendance; learners earn the {credential}. Each week opens at midnight in the cohort’s time zone.',
              },
              {
                title: c.programme.title,
                version: c.programme.version,
                percent: c.programme.minAttendancePercent,
                credential: c.programme.credentialName,
              },
            )}
          >
            <WeekStrip
              weeks={c.weeks}
              current={c.currentWeek}
              timeZone={c.timeZone}
              label={intl.formatMessage({ id: 'pages.partnerCohort.weeksOf', defaultMessage: 'Weeks of {cohort}' }, { cohort: c.name })}
            />
          </Card>
          <CohortSettingsCard cohort={c} />
        </>
      );
  }
}
