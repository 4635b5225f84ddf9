/** Every BullMQ queue of Beacon; job definitions (`*.job.ts`) name one of these. */
export enum QueueName {
  Notifications = 'notifications',
}
