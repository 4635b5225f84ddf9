import type { JobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

export interface WeekOpenedData {
  cohortId: string;
  week: number;
  /** the instant the week opens (ISO); the handler does nothing if the cohort's dates moved since */
  opensAt: string;
}

/** One id per cohort and week: rescheduling replaces the job instead of adding a second one. */
export const weekOpenedJobId = (cohortId: string, week: number): string => `week-opened-${cohortId}-w${week}`;

/** Tells a cohort's active learners that a week has opened; runs when it opens. */
export const WeekOpenedJob: JobDefinition<WeekOpenedData> = {
  queue: QueueName.Schedule,
  name: 'week-opened',
  options: ({ cohortId, week, opensAt }) => ({
    jobId: weekOpenedJobId(cohortId, week),
    delay: Math.max(0, Date.parse(opensAt) - Date.now()),
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  }),
};
