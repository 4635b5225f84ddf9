import { PageHeader } from '../ui/PageHeader';

export function GradeSubmissionPage() {
  return <PageHeader title="Coming soon" eyebrow="Beacon" />;
}
