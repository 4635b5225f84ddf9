/** Every BullMQ queue of Beacon; job definitions (`*.job.ts`) name one of these. */
export enum QueueName {
  /** daily at-risk alerts and the weekly partner digest */
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
