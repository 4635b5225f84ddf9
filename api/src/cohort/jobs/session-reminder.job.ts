import type { JobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

/** How long before a live session its reminders go out. */
export const REMINDER_LEADS = { '24h': 24 * 60 * 60_000, '1h': 60 * 60_000 } as const;
export type ReminderLead = keyof typeof REMINDER_LEADS;

export interface SessionReminderData {
  sessionId: string;
  lead: ReminderLead;
  /** the session's start when the job was added (ISO); a moved session makes the job stale */
  startsAt: string;
}

export const reminderFiresAt = (startsAt: Date | string, lead: ReminderLead): Date =>
  new Date(new Date(startsAt).getTime() - REMINDER_LEADS[lead]);

/** One id per session and lead (BullMQ ids must not contain ':'): a moved session's job is replaced. */
export const sessionReminderJobId = (sessionId: string, lead: ReminderLead): string => `session-reminder-${sessionId}-${lead}`;

/** Reminds a session's learners, coaches and host, a day and an hour before it starts. */
export const SessionReminderJob: JobDefinition<SessionReminderData> = {
  queue: QueueName.Schedule,
  name: 'session-reminder',
  options: ({ sessionId, lead, startsAt }) => ({
    jobId: sessionReminderJobId(sessionId, lead),
    delay: Math.max(0, reminderFiresAt(startsAt, lead).getTime() - Date.now()),
    attempts: 5,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  }),
};
