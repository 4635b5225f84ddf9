import type { RepeatingJobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/**
 * A repeatable job that queues the delivery of every QUEUED outbox message again, oldest first,
 * in batches: a message whose delivery job was never added (the process died between the commit
 * and `dispatch`, the queue was down) is delivered within one period. Adding is idempotent: the
 * delivery job's id is the message's, so a message whose job is waiting, running or kept is not
 * queued twice, and delivery skips a message that is no longer QUEUED. The period is
 * BEACON_OUTBOX_SWEEP_MS.
 */
export const OutboxSweepJob: RepeatingJobDefinition = {
  queue: QueueName.Notifications,
  name: 'outbox-sweep',
  schedulerId: 'outbox-sweep',
  schedule: { every: (config) => config.BEACON_OUTBOX_SWEEP_MS },
  reassertEvery: (config) => Math.max(config.BEACON_OUTBOX_SWEEP_MS, 60_000),
};

/** Messages the sweep (and `dispatch`) queues at a time. */
export const OUTBOX_SWEEP_BATCH = 500;
