import type { RepeatingJobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/**
 * Expiry reminders: every day, holders of a credential with a validity get one email 60 days and
 * one 14 days before it expires. Idempotent: credential_expiry_reminder holds one row per
 * credential and threshold, ever, written with the email in one transaction.
 */
export const ExpiryReminderJob: RepeatingJobDefinition = {
  queue: QueueName.Credentials,
  name: 'credential-expiry-reminders',
  schedulerId: 'credential-expiry-reminders-daily',
  /** every day at 07:00 UTC */
  schedule: { pattern: '0 7 * * *' },
  options: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 100, removeOnFail: 500 },
  reassertEvery: (config) => config.BEACON_QUEUE_STALLED_MS,
};

/** days before the expiry, largest first; a credential past a smaller one gets only that one (a late run does not send both) */
export const EXPIRY_REMINDER_DAYS = [60, 14] as const;
/** credentials claimed per transaction */
export const EXPIRY_REMINDER_BATCH = 200;
