import { useParams } from 'react-router';
import { PartnerWorkspace } from '../modules/partner/components/PartnerWorkspace';
import { Breadcrumb } from '../ui/Breadcrumb';

export function AdminPartnerPage() {
  const { partnerId = '' } = useParams();
  return (
    <>
      <Breadcrumb trail={[{ to: '/admin', label: 'Partners' }]} current="People" />
      <PartnerWorkspace partnerId={partnerId} eyebrow="Admin · partner" />
    </>
  );
}
