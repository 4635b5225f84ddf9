import { PageHeader } from '../ui/PageHeader';

export function CoachGradingQueuePage() {
  return <PageHeader title="Coming soon" eyebrow="Beacon" />;
}
