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
