import { expect } from '@jest/globals';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { TestApp } from '../../test/harness.js';
import { assignCoach, enrolLearner, makeCohort, makeProgrammeVersion, makeUser, partnerIdBySlug } from '../../test/factories.js';
import { SessionService } from '../../auth/session.service.js';
import { Role } from '../../common/role.js';

export const ZONE = 'Africa/Johannesburg';
export const HOUR = 60 * 60_000;
export const DAY = 24 * HOUR;

export const SLOTS = `query($e: ID!, $from: DateTime!, $to: DateTime!) {
  coachingSlots(enrolmentId: $e, from: $from, to: $to) {
    enrolmentId learnerTimeZone sessionsAllowed sessionsBooked sessionsLeft
    coaches { coach { id name } timeZone published slotMinutes cancellationCutoffMinutes slots { startsAt endsAt } }
  }
}`;
export const BOOKING_FIELDS = `id enrolmentId cohortId cohortName startsAt endsAt status held sequence cancellableUntil meetingUrl cancelledAt cancellationReason
  coach { id name } learner { id name } cancelledBy { id }`;
export const BOOK = `mutation($e: ID!, $c: ID!, $at: DateTime!) { bookCoaching(enrolmentId: $e, coachId: $c, startsAt: $at) { ${BOOKING_FIELDS} } }`;
export const RESCHEDULE = `mutation($id: ID!, $at: DateTime!) { rescheduleBooking(id: $id, startsAt: $at) { ${BOOKING_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!, $reason: String) { cancelBooking(id: $id, reason: $reason) { ${BOOKING_FIELDS} } }`;
export const MY_BOOKINGS = `query($status: BookingStatus, $from: DateTime) { myBookings(status: $status, from: $from) { ${BOOKING_FIELDS} } }`;
export const COHORT_BOOKINGS = `query($c: ID!) { cohortBookings(cohortId: $c) { ${BOOKING_FIELDS} } }`;
export const SET_AVAILABILITY = `mutation($i: AvailabilityInput!) { setAvailability(input: $i) {
  coachId published timeZone weeklyHours { weekday start end } exceptions { date kind start end }
  slotMinutes bufferBeforeMinutes bufferAfterMinutes minNoticeMinutes horizonDays cancellationCutoffMinutes meetingUrl
} }`;

/** Every day 08:00–18:00 in Johannesburg: whatever weekday the tests run on, there are slots. */
export const EVERY_DAY = {
  timeZone: ZONE,
  weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
  exceptions: [],
  slotMinutes: 45,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 60,
  horizonDays: 21,
  cancellationCutoffMinutes: 24 * 60,
  meetingUrl: 'https://meet.example.org/coaching-room',
};

export interface Person {
  id: string;
  email: string;
  token: string;
}

/** A user of a partner with one role, logged in (a session made directly: no password hashing). */
export async function member(
  t: TestApp,
  input: { email: string; name?: string; timeZone?: string; role: Role; partnerSlug?: string },
): Promise<Person> {
  const db = t.beacon.db;
  const user = await makeUser(db, { email: input.email, name: input.name, timeZone: input.timeZone ?? ZONE });
  await db.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
    user.id,
    input.role,
    await partnerIdBySlug(db, input.partnerSlug ?? 'africa'),
  ]);
  const { token } = await t.beacon.app.get(SessionService, { strict: false }).create(user.id);
  return { id: user.id, email: user.email, token };
}

/** A running Africa cohort that started last week (so the next weeks are inside its dates). */
export async function runningCohort(t: TestApp, name: string, capacity = 30) {
  const db = t.beacon.db;
  const start = DateTime.now().setZone(ZONE).startOf('week').minus({ weeks: 1 }).toISODate()!;
  const { cohort } = await makeCohort(db, {
    partnerId: await partnerIdBySlug(db, 'africa'),
    programmeVersionId: (await makeProgrammeVersion(db)).id,
    name,
    startDate: start,
    timeZone: ZONE,
    capacity,
    status: 'RUNNING',
  });
  return cohort;
}

export async function coachWithHours(
  t: TestApp,
  cohortId: string,
  email: string,
  hours: Partial<typeof EVERY_DAY> = {},
  timeZone = ZONE,
): Promise<Person> {
  const coach = await member(t, { email, role: Role.COACH, timeZone });
  await assignCoach(t.beacon.db, cohortId, coach.id);
  const r = await t.gql(SET_AVAILABILITY, { i: { ...EVERY_DAY, ...hours } }, { token: coach.token });
  expect(r.errors).toBeUndefined();
  return coach;
}

export async function learnerIn(t: TestApp, cohortId: string, email: string, timeZone = ZONE): Promise<Person & { enrolmentId: string }> {
  const learner = await member(t, { email, role: Role.LEARNER, timeZone });
  const e = await enrolLearner(t.beacon.db, cohortId, learner.id);
  return { ...learner, enrolmentId: e.id };
}

/** The open slots of one coach for a learner's enrolment, as ISO strings. */
export async function slotsOf(
  t: TestApp,
  learner: { token: string; enrolmentId: string },
  coachId: string,
  fromDays = 0,
  toDays = 21,
): Promise<string[]> {
  const r = await t.gql(
    SLOTS,
    {
      e: learner.enrolmentId,
      from: new Date(Date.now() + fromDays * DAY).toISOString(),
      to: new Date(Date.now() + toDays * DAY).toISOString(),
    },
    { token: learner.token },
  );
  expect(r.errors).toBeUndefined();
  const c = r.data!.coachingSlots.coaches.find((x: { coach: { id: string } }) => x.coach.id === coachId);
  return c.slots.map((s: { startsAt: string }) => s.startsAt);
}

export interface ParsedInvite {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  start: Date;
  end: Date;
  summary: string;
  organizer: string;
  attendees: string[];
  location: string | null;
}

/** Reads an invite as a calendar app would: with a third-party parser (ical.js, Mozilla's). */
export function parseInvite(ics: string): ParsedInvite {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = cal.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const v = events[0];
  const e = new ICAL.Event(v);
  return {
    method: cal.getFirstPropertyValue('method') as string,
    uid: e.uid,
    sequence: e.sequence,
    status: v.getFirstPropertyValue('status') as string,
    start: e.startDate.toJSDate(),
    end: e.endDate.toJSDate(),
    summary: e.summary,
    organizer: String(e.organizer),
    attendees: v.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase()),
    location: e.location ?? null,
  };
}

export async function outbox(
  t: TestApp,
  where: string,
  params: unknown[],
): Promise<{ kind: string; to_email: string; subject: string; body: string; ics: string | null; ics_method: string | null }[]> {
  return t.beacon.db.query(
    `SELECT kind, to_email, subject, body, ics, ics_method FROM outbox_message WHERE ${where} ORDER BY created_at, to_email`,
    params,
  );
}
