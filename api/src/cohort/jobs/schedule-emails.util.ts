import { formatInZone } from '@beacon/domain';
import type { Email } from '../../notification/notification.service.js';
import type { ReminderLead } from './session-reminder.job.js';

/** Whom a message goes to: times are written in their own zone, with the zone named. */
export interface Recipient {
  email: string;
  name: string;
  timeZone: string;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;
const when = (at: Date, zone: string) => formatInZone(at, zone);

export function sessionReminderEmail(
  to: Recipient,
  s: { title: string; cohortName: string; startsAt: Date; durationMinutes: number; joinUrl: string | null },
  lead: ReminderLead,
): Email {
  const at = when(s.startsAt, to.timeZone);
  return {
    kind: 'session-reminder',
    to: to.email,
    subject: lead === '1h' ? `Starting in 1 hour: ${s.title}` : `Tomorrow: ${s.title} (${at})`,
    body: [
      `Hello ${firstName(to.name)},`,
      '',
      `"${s.title}" (${s.cohortName}) starts ${at} (your time zone, ${to.timeZone}) and runs for ${s.durationMinutes} minutes.`,
      '',
      s.joinUrl ? `Join here: ${s.joinUrl}` : 'The join link is not set yet; it will be shared before the session.',
      '',
      'See you there,',
      'Beacon',
    ].join('\n'),
  };
}

export function weekOpenedEmail(
  to: Recipient,
  w: {
    cohortName: string;
    week: number;
    title: string;
    summary: string;
    sessions: { title: string; startsAt: Date; durationMinutes: number; joinUrl: string | null }[];
    assignment: { title: string; dueAt: Date } | null;
    appUrl: string;
  },
): Email {
  const lines = [`Hello ${firstName(to.name)},`, '', `Week ${w.week} of ${w.cohortName} is open: ${w.title}.`];
  if (w.summary) lines.push(w.summary);
  if (w.sessions.length) {
    lines.push('', `Live sessions this week (in your time zone, ${to.timeZone}):`);
    for (const s of w.sessions) {
      lines.push(`- ${when(s.startsAt, to.timeZone)}: ${s.title} (${s.durationMinutes} min)${s.joinUrl ? ` — join: ${s.joinUrl}` : ''}`);
    }
  }
  if (w.assignment) lines.push('', `This week's assignment, "${w.assignment.title}", is due ${when(w.assignment.dueAt, to.timeZone)}.`);
  lines.push('', `Open Beacon: ${w.appUrl}`, '', 'Beacon');
  return { kind: 'week-opened', to: to.email, subject: `Week ${w.week} is open: ${w.title}`, body: lines.join('\n') };
}
