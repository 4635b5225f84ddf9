import { NetworkOutcomes } from '../modules/outcome/components/NetworkOutcomes';
import { PageHeader } from '../ui/PageHeader';

/** The certifying body's network view: every partner's outcomes side by side. */
export function AdminOutcomesPage() {
  return (
    <>
      <PageHeader title="Network outcomes" eyebrow="Admin · certifying body">
        <p>Certified, on time, time to credential and goals reached, partner by partner, against the network median.</p>
      </PageHeader>
      <NetworkOutcomes />
    </>
  );
}
