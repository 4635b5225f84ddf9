import type { RepeatingJobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

const HOURLY = 60 * 60_000;

/**
 * A repeatable job that deletes uploads no submission took up within a day (the row and the stored
 * bytes). Hourly, so a file goes between 24 and 25 hours after its upload; the handler is
 * idempotent, so a run delivered twice or overlapping another deletes nothing more.
 */
export const RemoveUnattachedFilesJob: RepeatingJobDefinition = {
  queue: QueueName.Grading,
  name: 'remove-unattached-files',
  schedulerId: 'remove-unattached-files',
  schedule: { every: HOURLY },
  reassertEvery: HOURLY,
};
