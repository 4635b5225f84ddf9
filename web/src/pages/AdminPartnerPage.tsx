import { Link, useParams } from 'react-router';
import { PartnerWorkspace } from '../modules/partner/components/PartnerWorkspace';

export function AdminPartnerPage() {
  const { partnerId = '' } = useParams();
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/admin">Partners</Link>
          </li>
          <li aria-current="page">People</li>
        </ol>
      </nav>
      <PartnerWorkspace partnerId={partnerId} eyebrow="Admin · partner" />
    </>
  );
}
