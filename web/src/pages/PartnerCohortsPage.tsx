import { CohortList } from '../modules/cohort/components/CohortList';
import { PartnerSwitcher } from '../modules/partner/components/PartnerSwitcher';
import { PartnerTabs } from '../modules/partner/components/PartnerTabs';
import { usePartnerChoice } from '../modules/partner/hooks/usePartnerChoice';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { NoPartner } from './PartnerHomePage';

/** The partner's cohorts: every run of a programme, from draft to archived. */
export function PartnerCohortsPage() {
  const { partners, chosen, loading, error } = usePartnerChoice();
  if (loading) return <Loading label="Loading partners…" />;
  if (error) return <ErrorNotice error={error} title="Partners could not be loaded" />;
  if (!chosen) return <NoPartner />;
  return (
    <>
      <PageHeader title={`${chosen.name} cohorts`} eyebrow="Partner admin" actions={<PartnerSwitcher />}>
        <p>Create cohorts from published programmes, open them for enrolment and follow them week by week.</p>
      </PageHeader>
      <PartnerTabs partnerId={chosen.id} several={partners.length > 1} />
      <CohortList key={chosen.id} partnerId={chosen.id} partnerTimeZone={chosen.timeZone} />
    </>
  );
}
