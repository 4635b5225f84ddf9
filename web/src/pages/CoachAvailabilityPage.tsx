import { PageHeader } from '../ui/PageHeader';

export function CoachAvailabilityPage() {
  return <PageHeader title="Coming soon" eyebrow="Beacon" />;
}
