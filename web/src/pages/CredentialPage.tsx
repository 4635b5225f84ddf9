import { PageHeader } from '../ui/PageHeader';

export function CredentialPage() {
  return <PageHeader title="Coming soon" eyebrow="Beacon" />;
}
