import { PartnerList } from '../modules/partner/components/PartnerList';
import { PageHeader } from '../ui/PageHeader';

export function AdminHomePage() {
  return (
    <>
      <PageHeader title="Partners" eyebrow="Admin · certifying body">
        <p>The regional partners that sell and run your programmes. Each one administers its own cohorts, coaches and learners.</p>
      </PageHeader>
      <PartnerList />
    </>
  );
}
