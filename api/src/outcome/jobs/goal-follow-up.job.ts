import type { RepeatingJobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/**
 * The 90-day goal follow-up: every day, each learner with a goal whose cohort ended 90 days
 * ago (or up to FOLLOW_UP_CATCH_UP_DAYS more, if the job could not run) gets one email with a
 * link to record the follow-up check-in. Idempotent: goal_follow_up holds one row per
 * enrolment, ever, written with the email in one transaction.
 */
export const GoalFollowUpJob: RepeatingJobDefinition = {
  queue: QueueName.Outcomes,
  name: 'goal-follow-ups',
  schedulerId: 'goal-follow-ups-daily',
  /** every day at 06:30 UTC */
  schedule: { pattern: '30 6 * * *' },
  options: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 100, removeOnFail: 500 },
};

/** days after the cohort's end */
export const FOLLOW_UP_AFTER_DAYS = 90;
/** a cohort whose follow-up day passed longer ago than this gets none (a first deployment does not mail old cohorts) */
export const FOLLOW_UP_CATCH_UP_DAYS = 30;
/** how long the link works */
export const FOLLOW_UP_LINK_DAYS = 60;
/** enrolments claimed per transaction */
export const FOLLOW_UP_BATCH = 200;
