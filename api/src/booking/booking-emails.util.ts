import type { Email } from '../notification/notification.service.js';
import type { Recipient } from '../cohort/jobs/schedule-emails.util.js';
import { translator, type Translator } from '../i18n/i18n.js';
import { formatDateTime } from '../i18n/format.util.js';
import { bookingInvite, type InviteBooking } from './booking-invite.util.js';

export type BookingParty = 'LEARNER' | 'COACH';
export type BookingReminderLead = '24h' | '1h';

export interface BookingForEmail extends InviteBooking {
  learner: Recipient;
  coach: Recipient;
  cancellableUntil: Date;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;
/** "Tue 3 Nov, 10:00 GMT+2": in the reader's language and zone */
const at = (d: Date, to: Recipient) => formatDateTime(d, to.locale, to.timeZone);
/** "Tue 3 Nov, 10:00 GMT+2 (Africa/Johannesburg)": in the reader's zone, named */
const when = (d: Date, to: Recipient) => `${at(d, to)} (${to.timeZone})`;
const minutes = (b: BookingForEmail) => Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / 60_000);
const other = (b: BookingForEmail, party: BookingParty) => (party === 'LEARNER' ? b.coach : b.learner);
const where = (b: BookingForEmail, t: Translator) =>
  b.meetingUrl ? t('email.common.joinHere', { url: b.meetingUrl }) : t('email.booking.noPlace');

/** The message in the reader's language, with the invite (in their language too) when `b` is given. */
function email(kind: string, to: Recipient, subject: string, lines: string[], b?: BookingForEmail): Email {
  const t = translator(to.locale);
  return {
    kind,
    to: to.email,
    locale: to.locale,
    subject,
    body: [t('email.common.greeting', { name: firstName(to.name) }), '', ...lines, '', 'Beacon'].join('\n'),
    ...(b ? { ics: bookingInvite(b, to.locale) } : {}),
  };
}

/** To each party of a new booking, with the invite (METHOD:REQUEST). */
export function bookingConfirmedEmail(to: Recipient, party: BookingParty, b: BookingForEmail): Email {
  const t = translator(to.locale);
  const name = other(b, party).name;
  const facts = { name, cohort: b.cohortName, at: when(b.startsAt, to), minutes: minutes(b) };
  const lines =
    party === 'LEARNER'
      ? [
          t('email.booking.confirmedLearner', facts),
          where(b, t),
          '',
          t('email.booking.cancellableUntil', { at: when(b.cancellableUntil, to) }),
        ]
      : [t('email.booking.confirmedCoach', facts), where(b, t)];
  const subject =
    party === 'LEARNER'
      ? t('email.booking.confirmedSubjectLearner', { at: at(b.startsAt, to), name })
      : t('email.booking.confirmedSubjectCoach', { at: at(b.startsAt, to), name });
  return email('booking-confirmed', to, subject, lines, b);
}

/** To each party of a moved booking, with the updated invite (same UID, higher SEQUENCE). */
export function bookingMovedEmail(to: Recipient, party: BookingParty, b: BookingForEmail, previousStart: Date): Email {
  const t = translator(to.locale);
  const name = other(b, party).name;
  const lines = [
    t('email.booking.moved', { party, name, cohort: b.cohortName, from: when(previousStart, to), to: when(b.startsAt, to) }),
    where(b, t),
  ];
  if (party === 'LEARNER') lines.push('', t('email.booking.cancellableUntil', { at: when(b.cancellableUntil, to) }));
  return email('booking-moved', to, t('email.booking.movedSubject', { at: at(b.startsAt, to), name }), lines, b);
}

/** To each party of a cancelled booking, with the cancellation (METHOD:CANCEL). */
export function bookingCancelledEmail(to: Recipient, party: BookingParty, b: BookingForEmail, cancelledBy: BookingParty): Email {
  const t = translator(to.locale);
  const name = other(b, party).name;
  const lines = [
    t('email.booking.cancelled', { byReader: cancelledBy === party ? 'yes' : 'no', name, at: when(b.startsAt, to), cohort: b.cohortName }),
  ];
  if (b.cancellationReason) lines.push(t('email.booking.reason', { reason: b.cancellationReason }));
  if (party === 'LEARNER') lines.push('', t('email.booking.backInAllowance'));
  return email('booking-cancelled', to, t('email.booking.cancelledSubject', { at: at(b.startsAt, to), name }), lines, b);
}

export function bookingReminderEmail(to: Recipient, party: BookingParty, b: BookingForEmail, lead: BookingReminderLead): Email {
  const t = translator(to.locale);
  const name = other(b, party).name;
  return email(
    'booking-reminder',
    to,
    lead === '1h'
      ? t('email.booking.reminderSubjectSoon', { name })
      : t('email.booking.reminderSubjectTomorrow', { name, at: at(b.startsAt, to) }),
    [t('email.booking.reminder', { name, cohort: b.cohortName, at: when(b.startsAt, to), minutes: minutes(b) }), where(b, t)],
  );
}
