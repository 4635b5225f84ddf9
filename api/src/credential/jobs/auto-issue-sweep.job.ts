import type { RepeatingJobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/** A repeatable job that issues credentials of programmes set to automatic issuance. */
export const AutoIssueSweepJob: RepeatingJobDefinition = {
  queue: QueueName.Credentials,
  name: 'auto-issue-sweep',
  schedulerId: 'auto-issue-sweep',
  schedule: { every: 10 * 60_000 },
  reassertEvery: (config) => config.BEACON_QUEUE_STALLED_MS,
};
