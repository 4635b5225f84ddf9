import type { RepeatingJobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/**
 * Repeatable jobs of the outcome domain. Each run is idempotent on its own (one alert per
 * learner, reason and day; one digest per partner admin and week: database keys), so a
 * retried or twice-delivered run sends nothing more.
 */
export const AtRiskAlertsJob: RepeatingJobDefinition = {
  queue: QueueName.Outcomes,
  name: 'at-risk-alerts',
  schedulerId: 'at-risk-alerts-daily',
  /** every day at 06:00 UTC */
  schedule: { pattern: '0 6 * * *' },
  options: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 100, removeOnFail: 500 },
};

export const PartnerDigestJob: RepeatingJobDefinition = {
  queue: QueueName.Outcomes,
  name: 'partner-outcome-digest',
  schedulerId: 'partner-outcome-digest-weekly',
  /** Mondays at 07:00 UTC */
  schedule: { pattern: '0 7 * * 1' },
  options: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 100, removeOnFail: 500 },
};
