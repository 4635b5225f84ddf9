import { FormattedMessage, useIntl } from 'react-intl';
import { NetworkOutcomes } from '../modules/outcome/components/NetworkOutcomes';
import { PageHeader } from '../ui/PageHeader';

/** The certifying body's network view: every partner's outcomes side by side. */
export function AdminOutcomesPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.adminOutcomes.title', defaultMessage: 'Network outcomes' })}
        eyebrow={intl.formatMessage({ id: 'pages.adminOutcomes.eyebrow', defaultMessage: 'Admin · certifying body' })}
      >
        <p>
          <FormattedMessage
            id="pages.adminOutcomes.lead"
            defaultMessage="Certified, on time, time to credential and goals reached, partner by partner, against the network median."
          />
        </p>
      </PageHeader>
      <NetworkOutcomes />
    </>
  );
}
