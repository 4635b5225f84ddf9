/** Every BullMQ queue of Beacon; job definitions (`*.job.ts`) name one of these. */
export enum QueueName {
  /** daily at-risk alerts, the weekly partner digest and the 90-day goal follow-ups */
  Outcomes = 'outcomes',
  Notifications = 'notifications',
  /** delayed jobs tied to a cohort's calendar: week opened, session reminders */
  Schedule = 'schedule',
  /** credential issuance (single and cohort-wide) */
  Credentials = 'credentials',
  /** coaching booking reminders */
  Booking = 'booking',
  /** review released notifications */
  Grading = 'grading',
}

/** Jobs a worker of each queue runs at once. */
export const QUEUE_CONCURRENCY: Record<QueueName, number> = {
  /** the outcome jobs take turns */
  [QueueName.Outcomes]: 1,
  [QueueName.Notifications]: 4,
  [QueueName.Schedule]: 4,
  /**
   * Issuance jobs wait on PostgreSQL (round trips, commits) far longer than they compute (signing
   * takes well under a millisecond), so more at a time finish a cohort sooner: in bench/, 4 → 16
   * took 1,000 credentials from about 12 s to about 7 s on a busy two-core machine. Kept below the
   * database pool's 20 connections.
   */
  [QueueName.Credentials]: 16,
  [QueueName.Booking]: 4,
  [QueueName.Grading]: 4,
};
