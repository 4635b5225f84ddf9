import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { IcsAttachment } from '../notification/notification.service.js';
import { unescapeUriValues } from '../calendar/ics-uri.util.js';
import { translator, type Locale } from '../i18n/i18n.js';

/** Who sends invites: the outbox's sender, so that no person is the organiser of someone else's calendar. */
export const INVITE_ORGANIZER = { name: 'Beacon', email: 'no-reply@beacon.local' };

export interface InviteBooking {
  id: string;
  /** raised on every change, so calendar apps apply the newest invite */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  cohortName: string;
  coach: { name: string; email: string };
  learner: { name: string; email: string };
  meetingUrl: string | null;
  cancellationReason?: string | null;
}

/** One UID per booking, the same in every invite and in calendar feeds: apps update one event. */
export const bookingUid = (bookingId: string) => `booking-${bookingId}@beacon`;

/** The booking as an iCalendar event (also what a calendar feed would hold for it), its words in the reader's language. */
export function bookingEventData(b: InviteBooking, locale: Locale): ICalEventData {
  const t = translator(locale);
  const description = [
    t('ics.booking.coaching', { cohort: b.cohortName }),
    t('ics.booking.coach', { name: b.coach.name }),
    t('ics.booking.learner', { name: b.learner.name }),
  ];
  description.push(b.meetingUrl ? t('ics.common.join', { url: b.meetingUrl }) : t('ics.booking.noPlace'));
  if (b.cancelled)
    description.unshift(
      b.cancellationReason ? t('ics.booking.cancelledWithReason', { reason: b.cancellationReason }) : t('ics.common.sessionCancelled'),
    );
  return {
    id: bookingUid(b.id),
    sequence: b.sequence,
    start: b.startsAt,
    end: b.endsAt,
    summary: t('ics.booking.summary', { learner: b.learner.name, coach: b.coach.name }),
    description: description.join('\n'),
    location: b.meetingUrl,
    url: b.meetingUrl,
    organizer: INVITE_ORGANIZER,
    attendees: [b.coach, b.learner].map((p) => ({
      name: p.name,
      email: p.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.ACCEPTED,
    })),
    status: b.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/**
 * The booking as an event of a subscribed calendar feed (no METHOD): the same UID and SEQUENCE
 * as the emailed invites, so the feed and the invite update one event; without organiser and
 * attendees, so calendar apps do not offer to answer it; a cancelled booking stays, CANCELLED.
 */
export function bookingFeedEventData(b: InviteBooking & { updatedAt?: Date }, locale: Locale): ICalEventData {
  const { organizer: _organizer, attendees: _attendees, ...event } = bookingEventData(b, locale);
  return { ...event, ...(b.updatedAt ? { lastModified: b.updatedAt } : {}) };
}

/**
 * The invite an email carries, in its reader's language: METHOD:REQUEST for a new or moved booking, METHOD:CANCEL for a
 * cancelled one, times as UTC instants (exact across daylight-saving changes).
 */
export function bookingInvite(b: InviteBooking, locale: Locale): IcsAttachment {
  const method = b.cancelled ? 'CANCEL' : 'REQUEST';
  const cal = ical({
    prodId: { company: 'Beacon', product: 'coaching', language: locale.toUpperCase() },
    method: b.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  cal.createEvent(bookingEventData(b, locale));
  return { method, content: unescapeUriValues(cal.toString()) };
}
