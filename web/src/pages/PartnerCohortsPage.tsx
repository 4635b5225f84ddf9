import { FormattedMessage, useIntl } from 'react-intl';
import { CohortList } from '../modules/cohort/components/CohortList';
import { PartnerSwitcher } from '../modules/partner/components/PartnerSwitcher';
import { PartnerTabs } from '../modules/partner/components/PartnerTabs';
import { partnerChoiceMessages, usePartnerChoice } from '../modules/partner/hooks/usePartnerChoice';
import { ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { NoPartner } from './PartnerHomePage';

/** The partner's cohorts: every run of a programme, from draft to archived. */
export function PartnerCohortsPage() {
  const intl = useIntl();
  const { partners, chosen, loading, error } = usePartnerChoice();
  if (loading) return <Loading label={intl.formatMessage(partnerChoiceMessages.loading)} />;
  if (error) return <ErrorNotice error={error} title={intl.formatMessage(partnerChoiceMessages.loadFailed)} />;
  if (!chosen) return <NoPartner />;
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.partnerCohorts.title', defaultMessage: '{partner} cohorts' }, { partner: chosen.name })}
        eyebrow={intl.formatMessage({ id: 'pages.partnerCohorts.eyebrow', defaultMessage: 'Partner admin' })}
        actions={<PartnerSwitcher />}
      >
        <p>
          <FormattedMessage
            id="pages.partnerCohorts.lead"
            defaultMessage="Create cohorts from published programmes, open them for enrolment and follow them week by week."
          />
        </p>
      </PageHeader>
      <PartnerTabs partnerId={chosen.id} several={partners.length > 1} />
      <CohortList key={chosen.id} partnerId={chosen.id} partnerTimeZone={chosen.timeZone} />
    </>
  );
}
