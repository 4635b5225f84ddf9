import type { JobDefinition } from '../../jobs/queue.service.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/**
 * The grading domain's queue. Its own queue, because a worker routes every job of its queue to
 * its own handlers. TODO: move to `QueueName.Grading` in jobs/queue-name.enum.ts (owned elsewhere).
 */
export const GRADING_QUEUE = QueueName.Grading;

export interface ReviewReleasedData {
  reviewId: string;
}

/** One id per review (BullMQ ids must not contain ':'): releasing twice queues one job. */
export const reviewReleasedJobId = (reviewId: string): string => `review-released-${reviewId}`;

/** Tells the learner their review is out; the handler writes the message once per review whatever happens. */
export const ReviewReleasedJob: JobDefinition<ReviewReleasedData> = {
  queue: GRADING_QUEUE,
  name: 'review-released',
  options: ({ reviewId }) => ({
    jobId: reviewReleasedJobId(reviewId),
    attempts: 5,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  }),
};
