import { PageHeader } from '../ui/PageHeader';

export function GradebookPage() {
  return <PageHeader title="Coming soon" eyebrow="Beacon" />;
}
