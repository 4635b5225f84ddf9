import { Link } from 'react-router';
import { formatLocalDate } from '../lib/time';
import { cohortWeekLine, useCohorts } from '../modules/cohort/hooks/useCohorts';
import { PartnerSwitcher } from '../modules/partner/components/PartnerSwitcher';
import { PartnerTabs } from '../modules/partner/components/PartnerTabs';
import { usePartnerChoice, type PartnerChoice } from '../modules/partner/hooks/usePartnerChoice';
import { Card } from '../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../ui/Feedback';
import { PartnerOutcomesPanel } from '../modules/outcome/components/PartnerOutcomesPanel';
import { PageHeader } from '../ui/PageHeader';
import { CohortStatusPill } from '../ui/StatusPill';

/** The partner admin's home: how the partner's cohorts are doing (a picker when they run several). */
export function PartnerHomePage() {
  const { partners, chosen, loading, error } = usePartnerChoice();
  if (loading) return <Loading label="Loading partners…" />;
  if (error) return <ErrorNotice error={error} title="Partners could not be loaded" />;
  if (!chosen) return <NoPartner />;
  return (
    <>
      <PageHeader title={chosen.name} eyebrow="Partner admin · outcomes" actions={<PartnerSwitcher />}>
        <p>
          {chosen.region} · how your learners are doing: who is certified, on time, and who needs help now.
        </p>
      </PageHeader>
      <PartnerTabs partnerId={chosen.id} several={partners.length > 1} />
      <div className="stack page-stack">
        <PartnerOutcomesPanel partnerId={chosen.id} />
        <ActiveCohorts key={chosen.id} partner={chosen} several={partners.length > 1} />
      </div>
    </>
  );
}

/** The cohorts under way (open or running), each a link to its overview. */
function ActiveCohorts({ partner, several }: { partner: PartnerChoice; several: boolean }) {
  const { data, loading, error, refetch } = useCohorts(partner.id);
  const q = several ? `?partner=${encodeURIComponent(partner.id)}` : '';
  const active = (data?.cohorts ?? []).filter((c) => c.status === 'RUNNING' || c.status === 'OPEN');
  return (
    <Card title="Cohorts under way" description="Running and open for enrolment." actions={<Link to={`/partner/cohorts${q}`}>All cohorts</Link>}>
      {loading && !data ? (
        <Loading label="Loading cohorts…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Cohorts could not be loaded" onRetry={() => void refetch()} />
      ) : active.length === 0 ? (
        <EmptyState title="No cohort under way">Open a cohort for enrolment from the cohorts page.</EmptyState>
      ) : (
        <ul className="link-list">
          {active.map((c) => (
            <li key={c.id}>
              <Link className="cell-link" to={`/partner/cohorts/${c.id}`}>
                {c.name}
              </Link>{' '}
              <CohortStatusPill status={c.status} />
              <span className="cell-sub">
                {c.programme.code} · {cohortWeekLine(c, formatLocalDate(c.startDate))} · {c.seatsTaken}/{c.capacity} seats
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function NoPartner() {
  return (
    <>
      <PageHeader title="Partner" eyebrow="Partner admin" />
      <EmptyState title="No partner to administer">Your partner administrator role is not attached to a partner. Ask the certifying body to check your account.</EmptyState>
    </>
  );
}
