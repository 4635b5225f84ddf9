import { usePartnerChoice } from '../modules/partner/hooks/usePartnerChoice';
import { PartnerSwitcher } from '../modules/partner/components/PartnerSwitcher';
import { PartnerTabs } from '../modules/partner/components/PartnerTabs';
import { PartnerWorkspace } from '../modules/partner/components/PartnerWorkspace';
import { PartnerOutcomesPanel } from '../modules/outcome/components/PartnerOutcomesPanel';
import { EmptyState } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';

/** The partner admin's home: outcomes first, then the partner's people and invitations (a picker when they run several). */
export function PartnerHomePage() {
  const { partners, chosen } = usePartnerChoice();
  if (!chosen) return <NoPartner />;
  return <PartnerWorkspace key={chosen.id} partnerId={chosen.id} eyebrow="Partner admin" switcher={<PartnerSwitcher />} nav={<><PartnerTabs partnerId={chosen.id} several={partners.length > 1} /><PartnerOutcomesPanel partnerId={chosen.id} /></>} />;
}

export function NoPartner() {
  return (
    <>
      <PageHeader title="Partner" eyebrow="Partner admin" />
      <EmptyState title="No partner to administer">Your partner administrator role is not attached to a partner. Ask the certifying body to check your account.</EmptyState>
    </>
  );
}
