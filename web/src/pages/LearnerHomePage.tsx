import { lazy } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { LearnerHome } from '../modules/learner/components/LearnerHome';
import { PageHeader } from '../ui/PageHeader';
import { firstName } from '../lib/names';
import { WhenNear } from '../ui/WhenNear';

// below the first screen: loaded when the reader scrolls towards them (one chunk)
const LearnerOutcomes = lazy(async () => ({ default: (await import('../modules/learner/components/LearnerHomeMore')).LearnerOutcomes }));
const LearnerHomeLinks = lazy(async () => ({ default: (await import('../modules/learner/components/LearnerHomeMore')).LearnerHomeLinks }));

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
      <LearnerHome
        after={
          <>
            <WhenNear minHeight="20rem">
              <LearnerOutcomes />
            </WhenNear>
            <WhenNear minHeight="30rem">
              <LearnerHomeLinks />
            </WhenNear>
          </>
        }
      />
    </>
  );
}
