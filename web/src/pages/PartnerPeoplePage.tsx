import { useIntl } from 'react-intl';
import { PartnerSwitcher } from '../modules/partner/components/PartnerSwitcher';
import { PartnerTabs } from '../modules/partner/components/PartnerTabs';
import { PartnerWorkspace } from '../modules/partner/components/PartnerWorkspace';
import { partnerChoiceMessages, usePartnerChoice } from '../modules/partner/hooks/usePartnerChoice';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { NoPartner } from './PartnerHomePage';

/** The partner's people and invitations (a picker when the viewer runs several partners). */
export function PartnerPeoplePage() {
  const intl = useIntl();
  const { partners, chosen, loading, error } = usePartnerChoice();
  if (loading) return <Loading label={intl.formatMessage(partnerChoiceMessages.loading)} />;
  if (error) return <ErrorNotice error={error} title={intl.formatMessage(partnerChoiceMessages.loadFailed)} />;
  if (!chosen) return <NoPartner />;
  return (
    <PartnerWorkspace
      key={chosen.id}
      partnerId={chosen.id}
      eyebrow={intl.formatMessage({ id: 'pages.partnerPeople.eyebrow', defaultMessage: 'Partner admin · people' })}
      switcher={<PartnerSwitcher />}
      nav={<PartnerTabs partnerId={chosen.id} several={partners.length > 1} />}
    />
  );
}
