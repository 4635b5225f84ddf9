import { FormattedMessage, useIntl } from 'react-intl';
import { PartnerList } from '../modules/partner/components/PartnerList';
import { PageHeader } from '../ui/PageHeader';

export function AdminHomePage() {
  const intl = useIntl();
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.adminHome.title', defaultMessage: 'Partners' })}
        eyebrow={intl.formatMessage({ id: 'pages.adminHome.eyebrow', defaultMessage: 'Admin · certifying body' })}
      >
        <p>
          <FormattedMessage
            id="pages.adminHome.lead"
            defaultMessage="The regional partners that sell and run your programmes. Each one administers its own cohorts, coaches and learners."
          />
        </p>
      </PageHeader>
      <PartnerList />
    </>
  );
}
