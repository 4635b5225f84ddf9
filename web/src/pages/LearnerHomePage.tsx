import { FormattedMessage, useIntl } from 'react-intl';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { CredentialsCard } from '../modules/home/components/CredentialsCard';
import { CalendarFeedCard, PartnersCard } from '../modules/home/components/HomeCards';
import { LearnerHome } from '../modules/learner/components/LearnerHome';
import { PageHeader } from '../ui/PageHeader';
import { firstName } from '../lib/names';
import { LearnerOutcomes } from '../modules/outcome/components/LearnerOutcomes';

export function LearnerHomePage() {
  const intl = useIntl();
  const viewer = useViewer();
  return (
    <>
      <PageHeader
        title={intl.formatMessage(
          { id: 'pages.learnerHomePage.title', defaultMessage: 'Welcome, {name}' },
          { name: firstName(viewer.name) },
        )}
        eyebrow={intl.formatMessage({ id: 'pages.learnerHomePage.eyebrow', defaultMessage: 'Learner' })}
      >
        <p>
          <FormattedMessage
            id="pages.learnerHomePage.lead"
            defaultMessage="Your programme, week by week, and the credential at the end of it."
          />
        </p>
      </PageHeader>
      <LearnerHome />
      <LearnerOutcomes />
      <div className="home-grid home-grid-after">
        <CalendarFeedCard />
        <CredentialsCard />
        <PartnersCard role="LEARNER" />
      </div>
    </>
  );
}
