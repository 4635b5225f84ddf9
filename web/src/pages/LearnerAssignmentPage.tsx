import { PageHeader } from '../ui/PageHeader';

export function LearnerAssignmentPage() {
  return <PageHeader title="Coming soon" eyebrow="Beacon" />;
}
