import { bookingFeedEventData } from '../booking/booking-invite.util.js';
import type { bookingsForFeed } from '../booking/booking-details.query.js';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { pointInWeek } from '@beacon/domain';
import { unescapeUriValues } from './ics-uri.util.js';

export interface FeedSession {
  id: string;
  cohortName: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  joinUrl: string | null;
  cancelledAt: Date | null;
  updatedAt: Date;
}

export interface FeedDueCohort {
  cohortId: string;
  cohortName: string;
  startDate: string;
  timeZone: string;
  assignments: { week: number; title: string; dueDay: number; dueTime: string }[];
}

type FeedBooking = Awaited<ReturnType<typeof bookingsForFeed>>[number];

/**
 * The iCalendar text of a user's feed. Times are written as UTC instants: they are exact across
 * daylight-saving changes, and calendar apps show them in the reader's own zone. UIDs are stable,
 * so a moved or cancelled session updates the event a calendar app already holds.
 */
export function buildCalendarFeed(input: { userName: string; sessions: FeedSession[]; due: FeedDueCohort[]; bookings?: FeedBooking[] }): string {
  const cal = ical({
    name: `Beacon — ${input.userName}`,
    description: 'Live sessions, assignment due dates and coaching sessions from Beacon',
    prodId: { company: 'Beacon', product: 'calendar', language: 'EN' },
    // how often calendar apps that honour it should refetch the feed
    ttl: 60 * 60,
  });
  for (const s of input.sessions) {
    const description = [s.cohortName, s.joinUrl ? `Join: ${s.joinUrl}` : 'The join link will be shared before the session.'];
    if (s.cancelledAt) description.unshift('This session was cancelled.');
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
    });
  }
  // the same UID and SEQUENCE as the emailed invites, so the two never disagree
  for (const b of input.bookings ?? []) cal.createEvent(bookingFeedEventData(b));
  for (const c of input.due) {
    for (const a of c.assignments) {
      cal.createEvent({
        id: `due-${c.cohortId}-w${a.week}@beacon`,
        summary: `Due: ${a.title}`,
        start: pointInWeek(c.startDate, c.timeZone, a.week, a.dueDay, a.dueTime),
        description: `${c.cohortName}, week ${a.week}: submit "${a.title}" by this time.`,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  return unescapeUriValues(cal.toString());
}
