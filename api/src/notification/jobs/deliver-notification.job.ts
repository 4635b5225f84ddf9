import type { JobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

export interface DeliverNotificationData {
  messageId: string;
}

/** Delivers one outbox message; its job id is the message id, so a message is queued once. */
export const DeliverNotificationJob: JobDefinition<DeliverNotificationData> = {
  queue: QueueName.Notifications,
  name: 'deliver-notification',
  options: ({ messageId }) => ({
    jobId: `deliver-notification-${messageId}`,
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  }),
};
