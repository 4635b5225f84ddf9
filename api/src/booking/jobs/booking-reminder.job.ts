import type { JobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/** How long before a coaching session its reminders go out. */
export const BOOKING_REMINDER_LEADS = { '24h': 24 * 60 * 60_000, '1h': 60 * 60_000 } as const;
export type BookingReminderLead = keyof typeof BOOKING_REMINDER_LEADS;

export interface BookingReminderData {
  bookingId: string;
  lead: BookingReminderLead;
  /** the booking's start when the job was added (ISO); a moved booking makes the job stale */
  startsAt: string;
}

export const bookingReminderFiresAt = (startsAt: Date | string, lead: BookingReminderLead): Date =>
  new Date(new Date(startsAt).getTime() - BOOKING_REMINDER_LEADS[lead]);

/** One id per booking and lead (BullMQ ids must not contain ':'): a moved booking's job is replaced. */
export const bookingReminderJobId = (bookingId: string, lead: BookingReminderLead): string => `booking-reminder-${bookingId}-${lead}`;

/** Reminds the learner and the coach of a session, a day and an hour before it starts. */
export const BookingReminderJob: JobDefinition<BookingReminderData> = {
  queue: QueueName.Booking,
  name: 'booking-reminder',
  options: ({ bookingId, lead, startsAt }) => ({
    jobId: bookingReminderJobId(bookingId, lead),
    delay: Math.max(0, bookingReminderFiresAt(startsAt, lead).getTime() - Date.now()),
    attempts: 5,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  }),
};
