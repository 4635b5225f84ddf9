import { useIntl } from 'react-intl';
import { useParams } from '../lib/router';
import { PartnerWorkspace } from '../modules/partner/components/PartnerWorkspace';
import { Breadcrumb } from '../ui/Breadcrumb';

export function AdminPartnerPage() {
  const intl = useIntl();
  const { partnerId = '' } = useParams();
  return (
    <>
      <Breadcrumb
        trail={[{ to: '/admin', label: intl.formatMessage({ id: 'pages.adminPartner.partners', defaultMessage: 'Partners' }) }]}
        current={intl.formatMessage({ id: 'pages.adminPartner.people', defaultMessage: 'People' })}
      />
      <PartnerWorkspace
        partnerId={partnerId}
        eyebrow={intl.formatMessage({ id: 'pages.adminPartner.eyebrow', defaultMessage: 'Admin · partner' })}
      />
    </>
  );
}
