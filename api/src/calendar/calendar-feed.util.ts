import { bookingFeedEventData } from '../booking/booking-invite.util.js';
import type { bookingsForFeed } from '../booking/booking-details.query.js';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { applicableDue } from '@beacon/domain';
import { unescapeUriValues } from './ics-uri.util.js';
import { translator, type Locale } from '../i18n/i18n.js';

export interface FeedSession {
  id: string;
  cohortName: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  joinUrl: string | null;
  cancelledAt: Date | null;
  updatedAt: Date;
  /** RFC 5545 revision: grows whenever the session's time, length, place or status changes */
  sequence?: number;
}

export interface FeedDueCohort {
  cohortId: string;
  cohortName: string;
  startDate: string;
  timeZone: string;
  assignments: { week: number; title: string; dueDay: number; dueTime: string }[];
  /** the cohort's own due point per week, where set */
  overrides?: Map<number, Date>;
  /** this learner's extension per week, where granted */
  extensions?: Map<number, Date>;
}

type FeedBooking = Awaited<ReturnType<typeof bookingsForFeed>>[number];

/**
 * The iCalendar text of a user's feed. Times are written as UTC instants: they are exact across
 * daylight-saving changes, and calendar apps show them in the reader's own zone. UIDs are stable,
 * so a moved or cancelled session updates the event a calendar app already holds. Beacon's own
 * words (not the programme's titles) are in the feed owner's language.
 */
export function buildCalendarFeed(input: {
  userName: string;
  locale?: Locale;
  sessions: FeedSession[];
  due: FeedDueCohort[];
  bookings?: FeedBooking[];
}): string {
  const locale = input.locale ?? 'en';
  const t = translator(locale);
  const cal = ical({
    name: t('ics.feed.name', { name: input.userName }),
    description: t('ics.feed.description'),
    prodId: { company: 'Beacon', product: 'calendar', language: locale.toUpperCase() },
    // how often calendar apps that honour it should refetch the feed
    ttl: 60 * 60,
  });
  for (const s of input.sessions) {
    const description = [s.cohortName, s.joinUrl ? t('ics.common.join', { url: s.joinUrl }) : t('ics.feed.joinLinkLater')];
    if (s.cancelledAt) description.unshift(t('ics.common.sessionCancelled'));
    cal.createEvent({
      id: `session-${s.id}@beacon`,
      summary: s.title,
      start: s.startsAt,
      end: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000),
      description: description.join('\n'),
      location: s.joinUrl,
      url: s.joinUrl,
      // kept in the feed so that calendar apps remove the event they already hold
      status: s.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: s.updatedAt,
      sequence: s.sequence ?? 0,
    });
  }
  // the same UID and SEQUENCE as the emailed invites, so the two never disagree
  for (const b of input.bookings ?? []) cal.createEvent(bookingFeedEventData(b, locale));
  for (const c of input.due) {
    for (const a of c.assignments) {
      // the due point that applies to this learner: their extension, else the cohort's, else the programme's
      const due = applicableDue({
        cohort: { startDate: c.startDate, timeZone: c.timeZone },
        week: a.week,
        assignment: a,
        cohortOverride: c.overrides?.get(a.week),
        extension: c.extensions?.get(a.week),
      });
      cal.createEvent({
        id: `due-${c.cohortId}-w${a.week}@beacon`,
        summary: t('ics.feed.dueSummary', { title: a.title }),
        start: due.dueAt,
        description: t('ics.feed.dueDescription', { cohort: c.cohortName, week: a.week, title: a.title, source: due.source }),
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  return unescapeUriValues(cal.toString());
}
