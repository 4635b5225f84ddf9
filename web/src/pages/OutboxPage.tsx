import { Link } from 'react-router';
import { OutboxList } from '../modules/outbox/components/OutboxList';
import { Card } from '../ui/Card';
import { PageHeader } from '../ui/PageHeader';

export function OutboxPage() {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/admin">Partners</Link>
          </li>
          <li aria-current="page">Outbox</li>
        </ol>
      </nav>
      <PageHeader title="Outbox" eyebrow="Admin">
        <p>Every email Beacon sends, newest first. Without an SMTP server configured, messages are kept here instead of being sent.</p>
      </PageHeader>
      <Card title="Messages">
        <OutboxList />
      </Card>
    </>
  );
}
