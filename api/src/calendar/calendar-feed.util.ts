import { bookingFeedEventData } from '../booking/booking-invite.util.js';
import type { bookingsForFeed } from '../booking/booking-details.query.js';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { applicableDue } from '@beacon/domain';
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
      sequence: s.sequence ?? 0,
    });
  }
  // the same UID and SEQUENCE as the emailed invites, so the two never disagree
  for (const b of input.bookings ?? []) cal.createEvent(bookingFeedEventData(b));
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
      const why = due.source === 'EXTENSION' ? ' (your extension)' : due.source === 'COHORT' ? ' (moved for the cohort)' : '';
      cal.createEvent({
        id: `due-${c.cohortId}-w${a.week}@beacon`,
        summary: `Due: ${a.title}`,
        start: due.dueAt,
        description: `${c.cohortName}, week ${a.week}: submit "${a.title}" by this time${why}.`,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  return unescapeUriValues(cal.toString());
}
