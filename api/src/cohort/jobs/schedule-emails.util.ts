import type { Email } from '../../notification/notification.service.js';
import { translator, type Locale } from '../../i18n/i18n.js';
import { formatDateTime } from '../../i18n/format.util.js';
import type { ReminderLead } from './session-reminder.job.js';

/** Whom a message goes to: written in their language, times in their own zone, with the zone named. */
export interface Recipient {
  email: string;
  name: string;
  timeZone: string;
  locale: Locale;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

export function sessionReminderEmail(
  to: Recipient,
  s: { title: string; cohortName: string; startsAt: Date; durationMinutes: number; joinUrl: string | null },
  lead: ReminderLead,
): Email {
  const t = translator(to.locale);
  const at = formatDateTime(s.startsAt, to.locale, to.timeZone);
  return {
    kind: 'session-reminder',
    to: to.email,
    locale: to.locale,
    subject:
      lead === '1h'
        ? t('email.sessionReminder.subjectSoon', { title: s.title })
        : t('email.sessionReminder.subjectTomorrow', { title: s.title, at }),
    body: t('email.sessionReminder.body', {
      name: firstName(to.name),
      title: s.title,
      cohort: s.cohortName,
      at,
      zone: to.timeZone,
      minutes: s.durationMinutes,
      hasLink: s.joinUrl ? 'yes' : 'no',
      url: s.joinUrl ?? '',
    }),
  };
}

export function weekOpenedEmail(
  to: Recipient,
  w: {
    cohortName: string;
    week: number;
    /** the module's title; null: none, "Week n" in the reader's language */
    title: string | null;
    summary: string;
    sessions: { title: string; startsAt: Date; durationMinutes: number; joinUrl: string | null }[];
    assignment: { title: string; dueAt: Date } | null;
    appUrl: string;
  },
): Email {
  const t = translator(to.locale);
  const when = (at: Date) => formatDateTime(at, to.locale, to.timeZone);
  const title = w.title ?? t('email.weekOpened.defaultTitle', { week: w.week });
  const lines = [
    t('email.common.greeting', { name: firstName(to.name) }),
    '',
    t('email.weekOpened.intro', { week: w.week, cohort: w.cohortName, title }),
  ];
  if (w.summary) lines.push(w.summary);
  if (w.sessions.length) {
    lines.push('', t('email.weekOpened.sessionsHeading', { zone: to.timeZone }));
    for (const s of w.sessions) {
      lines.push(
        t('email.weekOpened.session', {
          at: when(s.startsAt),
          title: s.title,
          minutes: s.durationMinutes,
          hasLink: s.joinUrl ? 'yes' : 'no',
          url: s.joinUrl ?? '',
        }),
      );
    }
  }
  if (w.assignment) lines.push('', t('email.weekOpened.assignment', { title: w.assignment.title, at: when(w.assignment.dueAt) }));
  lines.push('', t('email.weekOpened.openBeacon', { url: w.appUrl }), '', 'Beacon');
  return {
    kind: 'week-opened',
    to: to.email,
    locale: to.locale,
    subject: t('email.weekOpened.subject', { week: w.week, title }),
    body: lines.join('\n'),
  };
}
