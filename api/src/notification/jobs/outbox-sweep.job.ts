import { QueueName } from '../../jobs/queue-name.enum.js';

/**
 * A repeatable job that queues the delivery of every QUEUED outbox message again, oldest first,
 * in batches: a message whose delivery job was never added (the process died between the commit
 * and `dispatch`, the queue was down) is delivered within one period. Adding is idempotent: the
 * delivery job's id is the message's, so a message whose job is waiting, running or kept is not
 * queued twice, and delivery skips a message that is no longer QUEUED. The period is
 * BEACON_OUTBOX_SWEEP_MS.
 */
export const OutboxSweepJob = {
  queue: QueueName.Notifications,
  name: 'outbox-sweep',
  schedulerId: 'outbox-sweep',
  batchSize: 500,
} as const;
