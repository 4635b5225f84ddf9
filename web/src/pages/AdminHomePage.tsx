import { Link } from 'react-router';
import { PartnerList } from '../modules/partner/components/PartnerList';
import { PageHeader } from '../ui/PageHeader';

export function AdminHomePage() {
  return (
    <>
      <PageHeader
        title="Partners"
        eyebrow="Admin · certifying body"
        actions={
          <>
            <Link className="button button-secondary" to="/admin/outcomes">
              Outcomes
            </Link>
            <Link className="button button-secondary" to="/admin/programmes">
              Programmes
            </Link>
            <Link className="button button-secondary" to="/admin/outbox">
              Outbox
            </Link>
          </>
        }
      >
        <p>The regional partners that sell and run your programmes. Each one administers its own cohorts, coaches and learners.</p>
      </PageHeader>
      <PartnerList />
    </>
  );
}
