import { formatInZone } from '@beacon/domain';
import type { Email } from '../notification/notification.service.js';
import type { Recipient } from '../cohort/jobs/schedule-emails.util.js';
import { bookingInvite, type InviteBooking } from './booking-invite.util.js';

export type BookingParty = 'LEARNER' | 'COACH';
export type BookingReminderLead = '24h' | '1h';

export interface BookingForEmail extends InviteBooking {
  learner: Recipient;
  coach: Recipient;
  cancellableUntil: Date;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;
/** "Tue 3 Nov, 10:00 GMT+2 (Africa/Johannesburg)": in the reader's zone, named */
const when = (at: Date, to: Recipient) => `${formatInZone(at, to.timeZone)} (${to.timeZone})`;
const minutes = (b: BookingForEmail) => Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / 60_000);
const other = (b: BookingForEmail, party: BookingParty) => (party === 'LEARNER' ? b.coach : b.learner);
const where = (b: BookingForEmail) => (b.meetingUrl ? `Join here: ${b.meetingUrl}` : 'Your coach will share where to meet.');

function email(kind: string, to: Recipient, subject: string, lines: string[], b?: BookingForEmail): Email {
  return { kind, to: to.email, subject, body: [`Hello ${firstName(to.name)},`, '', ...lines, '', 'Beacon'].join('\n'), ...(b ? { ics: bookingInvite(b) } : {}) };
}

/** To each party of a new booking, with the invite (METHOD:REQUEST). */
export function bookingConfirmedEmail(to: Recipient, party: BookingParty, b: BookingForEmail): Email {
  const at = when(b.startsAt, to);
  const withWhom = other(b, party).name;
  const lines =
    party === 'LEARNER'
      ? [`Your 1-on-1 coaching session with ${withWhom} (${b.cohortName}) is booked for ${at}, ${minutes(b)} minutes.`, where(b), '', `You can cancel or move it until ${when(b.cancellableUntil, to)}.`]
      : [`${withWhom} (${b.cohortName}) booked a 1-on-1 coaching session with you for ${at}, ${minutes(b)} minutes.`, where(b)];
  return email('booking-confirmed', to, party === 'LEARNER' ? `Coaching booked: ${formatInZone(b.startsAt, to.timeZone)} with ${withWhom}` : `New coaching booking: ${withWhom}, ${formatInZone(b.startsAt, to.timeZone)}`, lines, b);
}

/** To each party of a moved booking, with the updated invite (same UID, higher SEQUENCE). */
export function bookingMovedEmail(to: Recipient, party: BookingParty, b: BookingForEmail, previousStart: Date): Email {
  const withWhom = other(b, party).name;
  const lines = [
    `The 1-on-1 coaching session ${party === 'LEARNER' ? `with ${withWhom}` : `of ${withWhom}`} (${b.cohortName}) has moved from ${when(previousStart, to)} to ${when(b.startsAt, to)}.`,
    where(b),
  ];
  if (party === 'LEARNER') lines.push('', `You can cancel or move it until ${when(b.cancellableUntil, to)}.`);
  return email('booking-moved', to, `Coaching moved: ${formatInZone(b.startsAt, to.timeZone)} with ${withWhom}`, lines, b);
}

/** To each party of a cancelled booking, with the cancellation (METHOD:CANCEL). */
export function bookingCancelledEmail(to: Recipient, party: BookingParty, b: BookingForEmail, cancelledBy: BookingParty): Email {
  const withWhom = other(b, party).name;
  const who = cancelledBy === party ? 'You cancelled' : `${withWhom} cancelled`;
  const lines = [`${who} the 1-on-1 coaching session of ${when(b.startsAt, to)} (${b.cohortName}).`];
  if (b.cancellationReason) lines.push(`Reason: ${b.cancellationReason}`);
  if (party === 'LEARNER') lines.push('', 'The session is back in your coaching allowance: book another time in Beacon.');
  return email('booking-cancelled', to, `Coaching cancelled: ${formatInZone(b.startsAt, to.timeZone)} with ${withWhom}`, lines, b);
}

export function bookingReminderEmail(to: Recipient, party: BookingParty, b: BookingForEmail, lead: BookingReminderLead): Email {
  const withWhom = other(b, party).name;
  return email(
    'booking-reminder',
    to,
    lead === '1h' ? `Coaching in 1 hour with ${withWhom}` : `Coaching tomorrow with ${withWhom} (${formatInZone(b.startsAt, to.timeZone)})`,
    [`Your 1-on-1 coaching session with ${withWhom} (${b.cohortName}) starts ${when(b.startsAt, to)} and runs for ${minutes(b)} minutes.`, where(b)],
  );
}
