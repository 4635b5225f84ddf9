import { FormattedMessage, useIntl } from 'react-intl';
import { OutboxList } from '../modules/outbox/components/OutboxList';
import { Breadcrumb } from '../ui/Breadcrumb';
import { Card } from '../ui/Card';
import { PageHeader } from '../ui/PageHeader';

export function OutboxPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'pages.outbox.title', defaultMessage: 'Outbox' });
  return (
    <>
      <Breadcrumb
        trail={[{ to: '/admin', label: intl.formatMessage({ id: 'pages.outbox.partners', defaultMessage: 'Partners' }) }]}
        current={title}
      />
      <PageHeader title={title} eyebrow={intl.formatMessage({ id: 'pages.outbox.eyebrow', defaultMessage: 'Admin' })}>
        <p>
          <FormattedMessage
            id="pages.outbox.lead"
            defaultMessage="Every email Beacon sends, newest first. Without an SMTP server configured, messages are kept here instead of being sent."
          />
        </p>
      </PageHeader>
      <Card title={intl.formatMessage({ id: 'pages.outbox.messages', defaultMessage: 'Messages' })}>
        <OutboxList />
      </Card>
    </>
  );
}
