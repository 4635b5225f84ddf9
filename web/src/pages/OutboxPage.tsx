import { OutboxList } from '../modules/outbox/components/OutboxList';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Card } from '../ui/Card';
import { PageHeader } from '../ui/PageHeader';

export function OutboxPage() {
  return (
    <>
      <Breadcrumb trail={[{ to: '/admin', label: 'Partners' }]} current="Outbox" />
      <PageHeader title="Outbox" eyebrow="Admin">
        <p>Every email Beacon sends, newest first. Without an SMTP server configured, messages are kept here instead of being sent.</p>
      </PageHeader>
      <Card title="Messages">
        <OutboxList />
      </Card>
    </>
  );
}
