import { GradingQueue } from '../modules/grading/components/GradingQueue';
import { PageHeader } from '../ui/PageHeader';

/** The coach's grading queue across their cohorts, oldest first. */
export function CoachGradingQueuePage() {
  return (
    <>
      <PageHeader title="Grading queue" eyebrow="Coach">
        <p>Learners’ latest versions from your cohorts, oldest first, so no one waits longest. Open one to grade it against the rubric.</p>
      </PageHeader>
      <GradingQueue />
    </>
  );
}
