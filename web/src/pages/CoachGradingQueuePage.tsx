import { FormattedMessage, useIntl } from 'react-intl';
import { GradingQueue } from '../modules/grading/components/GradingQueue';
import { PageHeader } from '../ui/PageHeader';

/** The coach's grading queue across their cohorts, oldest first. */
export function CoachGradingQueuePage() {
  const intl = useIntl();
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.coachGradingQueue.title', defaultMessage: 'Grading queue' })}
        eyebrow={intl.formatMessage({ id: 'pages.coachGradingQueue.eyebrow', defaultMessage: 'Coach' })}
      >
        <p>
          <FormattedMessage
            id="pages.coachGradingQueue.intro"
            defaultMessage="Learners’ latest versions from your cohorts, oldest first, so no one waits longest. Open one to grade it against the rubric."
          />
        </p>
      </PageHeader>
      <GradingQueue />
    </>
  );
}
