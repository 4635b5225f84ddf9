import { PageHeader } from '../ui/PageHeader';

export function LearnerCoachingPage() {
  return <PageHeader title="Coming soon" eyebrow="Beacon" />;
}
