import { FormattedMessage, useIntl } from 'react-intl';
import { ProgrammeList } from '../modules/programme/components/ProgrammeList';
import { Breadcrumb } from '../ui/Breadcrumb';
import { PageHeader } from '../ui/PageHeader';

export function AdminProgrammesPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'pages.adminProgrammes.title', defaultMessage: 'Programmes' });
  return (
    <>
      <Breadcrumb
        trail={[{ to: '/admin', label: intl.formatMessage({ id: 'pages.adminProgrammes.partners', defaultMessage: 'Partners' }) }]}
        current={title}
      />
      <PageHeader
        title={title}
        eyebrow={intl.formatMessage({ id: 'pages.adminProgrammes.eyebrow', defaultMessage: 'Admin · certifying body' })}
      >
        <p>
          <FormattedMessage
            id="pages.adminProgrammes.lead"
            defaultMessage="The certification programmes partners run as cohorts. Edit a draft freely; cohorts follow the version that was published when they were created."
          />
        </p>
      </PageHeader>
      <ProgrammeList />
    </>
  );
}
