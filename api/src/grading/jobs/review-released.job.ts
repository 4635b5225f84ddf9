import type { JobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

export interface ReviewReleasedData {
  reviewId: string;
}

/** One id per review (BullMQ ids must not contain ':'): releasing twice queues one job. */
export const reviewReleasedJobId = (reviewId: string): string => `review-released-${reviewId}`;

/** Tells the learner their review is out; the handler writes the message once per review whatever happens. */
export const ReviewReleasedJob: JobDefinition<ReviewReleasedData> = {
  queue: QueueName.Grading,
  name: 'review-released',
  options: ({ reviewId }) => ({
    jobId: reviewReleasedJobId(reviewId),
    attempts: 5,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  }),
};
