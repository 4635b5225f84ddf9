import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../lib/router';
import { formatLocalDate } from '../lib/time';
import { cohortWeekLine, useCohorts } from '../modules/cohort/hooks/useCohorts';
import { PartnerSwitcher } from '../modules/partner/components/PartnerSwitcher';
import { PartnerTabs } from '../modules/partner/components/PartnerTabs';
import { partnerChoiceMessages, usePartnerChoice, type PartnerChoice } from '../modules/partner/hooks/usePartnerChoice';
import { Card } from '../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../ui/Feedback';
import { PartnerOutcomesPanel } from '../modules/outcome/components/PartnerOutcomesPanel';
import { PageHeader } from '../ui/PageHeader';
import { CohortStatusPill } from '../ui/StatusPill';
import { SPACE } from '../lib/jsx';

/** The partner admin's home: how the partner's cohorts are doing (a picker when they run several). */
export function PartnerHomePage() {
  const intl = useIntl();
  const { partners, chosen, loading, error } = usePartnerChoice();
  if (loading) return <Loading label={intl.formatMessage(partnerChoiceMessages.loading)} />;
  if (error) return <ErrorNotice error={error} title={intl.formatMessage(partnerChoiceMessages.loadFailed)} />;
  if (!chosen) return <NoPartner />;
  return (
    <>
      <PageHeader
        title={chosen.name}
        eyebrow={intl.formatMessage({ id: 'pages.partnerHome.eyebrow', defaultMessage: 'Partner admin · outcomes' })}
        actions={<PartnerSwitcher />}
      >
        <p>
          <FormattedMessage
            id="pages.partnerHome.lead"
            defaultMessage="{region} · how your learners are doing: who is certified, on time, and who needs help now."
            values={{ region: chosen.region }}
          />
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
  const intl = useIntl();
  const { data, loading, error, refetch } = useCohorts(partner.id);
  const q = several ? `?partner=${encodeURIComponent(partner.id)}` : '';
  const active = (data?.cohorts ?? []).filter((c) => c.status === 'RUNNING' || c.status === 'OPEN');
  return (
    <Card
      title={intl.formatMessage({ id: 'pages.partnerHome.underWay', defaultMessage: 'Cohorts under way' })}
      description={intl.formatMessage({ id: 'pages.partnerHome.underWayDescription', defaultMessage: 'Running and open for enrolment.' })}
      actions={
        <Link to={`/partner/cohorts${q}`}>
          <FormattedMessage id="pages.partnerHome.allCohorts" defaultMessage="All cohorts" />
        </Link>
      }
    >
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'pages.partnerHome.loadingCohorts', defaultMessage: 'Loading cohorts…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'pages.partnerHome.cohortsFailed', defaultMessage: 'Cohorts could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : active.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'pages.partnerHome.noneTitle', defaultMessage: 'No cohort under way' })}>
          <FormattedMessage id="pages.partnerHome.noneText" defaultMessage="Open a cohort for enrolment from the cohorts page." />
        </EmptyState>
      ) : (
        <ul className="link-list">
          {active.map((c) => (
            <li key={c.id}>
              <Link className="cell-link" to={`/partner/cohorts/${c.id}`}>
                {c.name}
              </Link>
              {SPACE}
              <CohortStatusPill status={c.status} />
              <span className="cell-sub">
                <FormattedMessage
                  id="pages.partnerHome.cohortFacts"
                  defaultMessage="{code} · {week} · {taken, number}/{capacity, plural, one {# seat} other {# seats}}"
                  values={{
                    code: c.programme.code,
                    week: cohortWeekLine(c, formatLocalDate(c.startDate), intl),
                    taken: c.seatsTaken,
                    capacity: c.capacity,
                  }}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function NoPartner() {
  const intl = useIntl();
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.partnerHome.noPartnerHeading', defaultMessage: 'Partner' })}
        eyebrow={intl.formatMessage({ id: 'pages.partnerHome.partnerAdmin', defaultMessage: 'Partner admin' })}
      />
      <EmptyState title={intl.formatMessage({ id: 'pages.partnerHome.noPartnerTitle', defaultMessage: 'No partner to administer' })}>
        <FormattedMessage
          id="pages.partnerHome.noPartnerText"
          defaultMessage="Your partner administrator role is not attached to a partner. Ask the certifying body to check your account."
        />
      </EmptyState>
    </>
  );
}
