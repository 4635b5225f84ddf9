import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatInZone } from '@beacon/domain';
import ical from 'ical-generator';
import ICAL from 'ical.js';
import { bookingsForFeed } from '../booking-details.query.js';
import { bookingFeedEventData } from '../booking-invite.util.js';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { Role } from '../../common/role.js';
import {
  BOOK,
  CANCEL,
  COHORT_BOOKINGS,
  DAY,
  HOUR,
  MY_BOOKINGS,
  RESCHEDULE,
  SLOTS,
  ZONE,
  coachWithHours,
  learnerIn,
  member,
  outbox,
  parseInvite,
  runningCohort,
  slotsOf,
  type Person,
} from './booking-fixtures.js';

const NEW_YORK = 'America/New_York';
const localTime = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('a learner in New York books, moves and cancels coaching with a coach in Johannesburg; both get invites', () => {
  let t: TestApp;
  let cohortId: string;
  let coach: Person;
  let learner: Person & { enrolmentId: string };
  let bookingId: string;
  let firstStart: string;
  let movedStart: string;

  beforeAll(async () => {
    t = await startTestApp();
    cohortId = (await runningCohort(t, 'COIM Polokwane')).id;
    coach = await coachWithHours(t, cohortId, 'nandi.coach@example.org');
    learner = await learnerIn(t, cohortId, 'jordan.ny@example.org', NEW_YORK);
  }, 60_000);
  afterAll(() => t?.close());

  it('shows the learner their two sessions and the coach’s open slots as instants, each zone named', async () => {
    const from = new Date();
    const r = await t.gql(
      SLOTS,
      { e: learner.enrolmentId, from: from.toISOString(), to: new Date(from.getTime() + 7 * DAY).toISOString() },
      { token: learner.token },
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.coachingSlots;
    expect(s).toMatchObject({
      enrolmentId: learner.enrolmentId,
      learnerTimeZone: NEW_YORK,
      sessionsAllowed: 2,
      sessionsBooked: 0,
      sessionsLeft: 2,
    });
    expect(s.coaches).toHaveLength(1);
    const c = s.coaches[0];
    expect(c).toMatchObject({ coach: { id: coach.id }, timeZone: ZONE, published: true, slotMinutes: 45, cancellationCutoffMinutes: 1440 });
    // 45 minutes + 15 after: on the hour from 08:00 to 17:00 in Johannesburg, whatever the learner’s zone
    expect(c.slots.length).toBeGreaterThan(50);
    for (const slot of c.slots) {
      expect(localTime(slot.startsAt, ZONE)).toMatch(/^(0[89]|1[0-7]):00$/);
      expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(45 * 60_000);
      expect(Date.parse(slot.startsAt)).toBeGreaterThanOrEqual(from.getTime() + HOUR);
    }
    // 08:00 in Johannesburg (UTC+2) is 01:00 or 02:00 in New York, depending on US daylight saving
    expect(localTime(c.slots.find((x: Json) => localTime(x.startsAt, ZONE) === '08:00').startsAt, NEW_YORK)).toMatch(/^0[12]:00$/);
  });

  it('books a slot: confirmed, one session used, and an invite to each (METHOD:REQUEST, UID booking-<id>@beacon, SEQUENCE 0)', async () => {
    firstStart = (await slotsOf(t, learner, coach.id, 3, 4))[0];
    const r = await t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at: firstStart }, { token: learner.token });
    expect(r.errors).toBeUndefined();
    const b = r.data!.bookCoaching;
    bookingId = b.id;
    expect(b).toMatchObject({
      enrolmentId: learner.enrolmentId,
      cohortId,
      cohortName: 'COIM Polokwane',
      startsAt: firstStart,
      endsAt: new Date(Date.parse(firstStart) + 45 * 60_000).toISOString(),
      status: 'CONFIRMED',
      held: false,
      sequence: 0,
      cancellableUntil: new Date(Date.parse(firstStart) - DAY).toISOString(),
      meetingUrl: 'https://meet.example.org/coaching-room',
      coach: { id: coach.id },
      learner: { id: learner.id },
    });

    const messages = await outbox(t, `kind = 'booking-confirmed' AND to_email IN ($1, $2)`, [learner.email, coach.email]);
    expect(messages.map((m) => m.to_email).sort()).toEqual([coach.email, learner.email].sort());
    for (const m of messages) {
      expect(m.ics_method).toBe('REQUEST');
      const invite = parseInvite(m.ics!);
      expect(invite).toMatchObject({
        method: 'REQUEST',
        uid: `booking-${bookingId}@beacon`,
        sequence: 0,
        status: 'CONFIRMED',
        location: 'https://meet.example.org/coaching-room',
      });
      expect(invite.start.toISOString()).toBe(firstStart);
      expect(invite.end.getTime() - invite.start.getTime()).toBe(45 * 60_000);
      expect(invite.attendees.sort()).toEqual([`mailto:${coach.email}`, `mailto:${learner.email}`].sort());
      expect(invite.organizer).toBe('mailto:no-reply@beacon.local');
    }
    // each reads the time in their own zone, named
    const toLearner = messages.find((m) => m.to_email === learner.email)!;
    expect(toLearner.body).toContain(`${formatInZone(new Date(firstStart), NEW_YORK)} (${NEW_YORK})`);
    expect(toLearner.body).toContain(`until ${formatInZone(new Date(Date.parse(firstStart) - DAY), NEW_YORK)}`);
    expect(messages.find((m) => m.to_email === coach.email)!.body).toContain(`${formatInZone(new Date(firstStart), ZONE)} (${ZONE})`);

    const after = await t.gql(
      SLOTS,
      { e: learner.enrolmentId, from: new Date().toISOString(), to: new Date(Date.now() + 7 * DAY).toISOString() },
      { token: learner.token },
    );
    expect(after.data!.coachingSlots).toMatchObject({ sessionsBooked: 1, sessionsLeft: 1 });
    expect(after.data!.coachingSlots.coaches[0].slots.map((s: Json) => s.startsAt)).not.toContain(firstStart);
  });

  it('moves the booking: same UID, SEQUENCE 1, both told in their zone, and the old slot opens again', async () => {
    movedStart = (await slotsOf(t, learner, coach.id, 5, 6))[2];
    const r = await t.gql(RESCHEDULE, { id: bookingId, at: movedStart }, { token: learner.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.rescheduleBooking).toMatchObject({ id: bookingId, startsAt: movedStart, status: 'CONFIRMED', sequence: 1 });

    const moved = await outbox(t, `kind = 'booking-moved' AND to_email IN ($1, $2)`, [learner.email, coach.email]);
    expect(moved).toHaveLength(2);
    for (const m of moved) {
      const invite = parseInvite(m.ics!);
      expect(invite).toMatchObject({ method: 'REQUEST', uid: `booking-${bookingId}@beacon`, sequence: 1, status: 'CONFIRMED' });
      expect(invite.start.toISOString()).toBe(movedStart);
    }
    expect(moved.find((m) => m.to_email === learner.email)!.body).toContain(
      `from ${formatInZone(new Date(firstStart), NEW_YORK)} (${NEW_YORK}) to ${formatInZone(new Date(movedStart), NEW_YORK)} (${NEW_YORK})`,
    );
    const open = await slotsOf(t, learner, coach.id, 3, 6);
    expect(open).toContain(firstStart);
    expect(open).not.toContain(movedStart);
  });

  it('cancels it: METHOD:CANCEL with the same UID and a higher SEQUENCE, and the session returns to the allowance', async () => {
    const r = await t.gql(CANCEL, { id: bookingId, reason: 'A clash at work' }, { token: learner.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.cancelBooking).toMatchObject({
      status: 'CANCELLED',
      sequence: 2,
      cancellationReason: 'A clash at work',
      cancelledBy: { id: learner.id },
    });
    expect(r.data!.cancelBooking.cancelledAt).not.toBeNull();

    const cancelled = await outbox(t, `kind = 'booking-cancelled' AND to_email IN ($1, $2)`, [learner.email, coach.email]);
    expect(cancelled).toHaveLength(2);
    for (const m of cancelled) {
      expect(m.ics_method).toBe('CANCEL');
      const invite = parseInvite(m.ics!);
      expect(invite).toMatchObject({ method: 'CANCEL', uid: `booking-${bookingId}@beacon`, status: 'CANCELLED' });
      expect(invite.sequence).toBeGreaterThan(1);
      expect(invite.start.toISOString()).toBe(movedStart);
    }
    expect(cancelled.find((m) => m.to_email === coach.email)!.body).toContain('Reason: A clash at work');

    // cancelling again changes nothing and sends nothing
    const again = await t.gql(CANCEL, { id: bookingId }, { token: learner.token });
    expect(again.data!.cancelBooking).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    expect(await outbox(t, `kind = 'booking-cancelled' AND to_email = $1`, [learner.email])).toHaveLength(1);
    // a cancelled booking cannot be moved
    expect(codeOf(await t.gql(RESCHEDULE, { id: bookingId, at: firstStart }, { token: learner.token }))).toBe('CONFLICT');

    const s = await t.gql(
      SLOTS,
      { e: learner.enrolmentId, from: new Date().toISOString(), to: new Date(Date.now() + DAY).toISOString() },
      { token: learner.token },
    );
    expect(s.data!.coachingSlots).toMatchObject({ sessionsBooked: 0, sessionsLeft: 2 });
  });

  it('spends the entitlement: a third session when the programme gives two is refused, and cancelling one gives it back', async () => {
    const l = await learnerIn(t, cohortId, 'thabo.three@example.org');
    const [a, b, c] = await slotsOf(t, l, coach.id, 8, 9);
    for (const at of [a, b]) expect((await t.gql(BOOK, { e: l.enrolmentId, c: coach.id, at }, { token: l.token })).errors).toBeUndefined();
    const third = await t.gql(BOOK, { e: l.enrolmentId, c: coach.id, at: c }, { token: l.token });
    expect(codeOf(third)).toBe('CONFLICT');
    expect(third.errors![0].message).toBe('You have booked all 2 coaching sessions of your programme; cancel one to book another time');

    const [first] = (await t.gql(MY_BOOKINGS, { status: 'CONFIRMED' }, { token: l.token })).data!.myBookings;
    expect((await t.gql(CANCEL, { id: first.id }, { token: l.token })).errors).toBeUndefined();
    const retry = await t.gql(BOOK, { e: l.enrolmentId, c: coach.id, at: c }, { token: l.token });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.bookCoaching.status).toBe('CONFIRMED');
  });

  it('holds the learner to the cut-off (24 h before): they cannot cancel or move; the coach can, with a reason', async () => {
    const l = await learnerIn(t, cohortId, 'late.lindiwe@example.org');
    const soon = (await slotsOf(t, l, coach.id, 0, 1))[0];
    expect(Date.parse(soon) - Date.now()).toBeLessThan(DAY);
    const booked = await t.gql(BOOK, { e: l.enrolmentId, c: coach.id, at: soon }, { token: l.token });
    expect(booked.errors).toBeUndefined();
    const id = booked.data!.bookCoaching.id;

    const cancel = await t.gql(CANCEL, { id, reason: 'Running late' }, { token: l.token });
    expect(codeOf(cancel)).toBe('CONFLICT');
    expect(cancel.errors![0].message).toBe(
      'A booking can be cancelled or moved until 24 hours before it starts; it is too late for this one, so please contact your coach',
    );
    const later = (await slotsOf(t, l, coach.id, 2, 3))[0];
    expect(codeOf(await t.gql(RESCHEDULE, { id, at: later }, { token: l.token }))).toBe('CONFLICT');
    // the coach may not move it for the learner
    expect(codeOf(await t.gql(RESCHEDULE, { id, at: later }, { token: coach.token }))).toBe('FORBIDDEN');

    const noReason = await t.gql(CANCEL, { id }, { token: coach.token });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].message).toBe('Tell the learner why: a reason is required when a coach cancels');
    const byCoach = await t.gql(CANCEL, { id, reason: 'I am unwell today; please book another time' }, { token: coach.token });
    expect(byCoach.errors).toBeUndefined();
    expect(byCoach.data!.cancelBooking).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: { id: coach.id },
      cancellationReason: 'I am unwell today; please book another time',
    });
    const [toLearner] = await outbox(t, `kind = 'booking-cancelled' AND to_email = $1`, [l.email]);
    expect(toLearner.body).toContain('nandi.coach cancelled');
    expect(toLearner.body).toContain('Reason: I am unwell today; please book another time');
    expect(toLearner.body).toContain('back in your coaching allowance');
    expect(parseInvite(toLearner.ics!).method).toBe('CANCEL');
  });

  it('lists bookings: the learner’s and the coach’s own, and the cohort’s for its partner admin', async () => {
    const mine = (await t.gql(MY_BOOKINGS, {}, { token: learner.token })).data!.myBookings;
    expect(mine.map((b: Json) => [b.id, b.status])).toEqual([[bookingId, 'CANCELLED']]);
    const coachs = (await t.gql(MY_BOOKINGS, { status: 'CONFIRMED' }, { token: coach.token })).data!.myBookings;
    expect(coachs.length).toBe(2);
    expect(coachs.every((b: Json) => b.coach.id === coach.id && b.status === 'CONFIRMED')).toBe(true);
    const starts = coachs.map((b: Json) => Date.parse(b.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const partner = await t.login('partner@beacon.test');
    const all = (await t.gql(COHORT_BOOKINGS, { c: cohortId }, { token: partner })).data!.cohortBookings;
    expect(all.length).toBe(5);
    expect(new Set(all.map((b: Json) => b.cohortId))).toEqual(new Set([cohortId]));
    // the cohort's coach sees them too
    expect((await t.gql(COHORT_BOOKINGS, { c: cohortId }, { token: coach.token })).data!.cohortBookings).toHaveLength(5);
  });

  it('offers the calendar feed the same events as the invites (same UID and SEQUENCE), cancelled ones kept', async () => {
    const cal = ical({ prodId: { company: 'Beacon', product: 'calendar', language: 'EN' } });
    for (const b of await bookingsForFeed(t.beacon.db, learner.id)) cal.createEvent(bookingFeedEventData(b, 'en'));
    const events = new ICAL.Component(ICAL.parse(cal.toString())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.sequence, e.component.getFirstPropertyValue('status')])).toEqual([
      [`booking-${bookingId}@beacon`, 2, 'CANCELLED'],
    ]);
    expect(events[0].component.getFirstProperty('attendee')).toBeNull();
    expect((await bookingsForFeed(t.beacon.db, coach.id)).length).toBe(5);
  });

  it('shows the demo: the coach’s Monday–Thursday hours, the learner’s session held in week 2 and the one booked next week', async () => {
    const demoCoach = await t.login('coach@beacon.test');
    const a = await t.gql(
      `{ myAvailability { published timeZone slotMinutes bufferBeforeMinutes bufferAfterMinutes minNoticeMinutes horizonDays cancellationCutoffMinutes weeklyHours { weekday start end } } }`,
      {},
      { token: demoCoach },
    );
    expect(a.data!.myAvailability).toMatchObject({
      published: true,
      timeZone: ZONE,
      slotMinutes: 45,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      minNoticeMinutes: 720,
      horizonDays: 21,
      cancellationCutoffMinutes: 1440,
    });
    expect(a.data!.myAvailability.weeklyHours).toHaveLength(8);
    expect(a.data!.myAvailability.weeklyHours.slice(0, 2)).toEqual([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '14:00', end: '17:00' },
    ]);

    const demoLearner = await t.login('learner@beacon.test');
    const mine = (await t.gql(MY_BOOKINGS, {}, { token: demoLearner })).data!.myBookings;
    expect(mine.map((b: Json) => [b.status, b.held])).toEqual([
      ['CONFIRMED', true],
      ['CONFIRMED', false],
    ]);
    expect(Date.parse(mine[0].startsAt)).toBeLessThan(Date.now() - 2 * DAY);
    expect(Date.parse(mine[1].startsAt)).toBeGreaterThan(Date.now());
    expect(localTime(mine[1].startsAt, ZONE)).toBe('10:00');
    expect(mine[0].cohortName).toMatch(/^COIM Johannesburg — /);

    const graduate = await t.login('graduate@beacon.test');
    const held = (await t.gql(MY_BOOKINGS, {}, { token: graduate })).data!.myBookings;
    expect(held.map((b: Json) => b.held)).toEqual([true, true]);
    // the learner has used both sessions: slots are still shown, but none is left to book
    const [{ id: enrolmentId }] = (await t.gql(`{ myEnrolments { id status } }`, {}, { token: demoLearner })).data!.myEnrolments;
    const s = await t.gql(
      SLOTS,
      { e: enrolmentId, from: new Date().toISOString(), to: new Date(Date.now() + 14 * DAY).toISOString() },
      { token: demoLearner },
    );
    expect(s.data!.coachingSlots).toMatchObject({ sessionsAllowed: 2, sessionsBooked: 2, sessionsLeft: 0 });
    expect(s.data!.coachingSlots.coaches[0].slots.length).toBeGreaterThan(0);
  });

  it('lets a coach publish availability and read it back, and explains what is wrong with bad hours', async () => {
    const newCoach = await member(t, { email: 'fresh.coach@example.org', role: Role.COACH, timeZone: 'Europe/London' });
    const before = await t.gql(
      `{ myAvailability { published timeZone slotMinutes weeklyHours { weekday } } }`,
      {},
      { token: newCoach.token },
    );
    expect(before.data!.myAvailability).toEqual({ published: false, timeZone: 'Europe/London', slotMinutes: 45, weeklyHours: [] });

    const input = {
      weeklyHours: [
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 2, start: '13:00', end: '17:30' },
        { weekday: 5, start: '20:00', end: '24:00' },
      ],
      exceptions: [
        { date: '2026-12-25', kind: 'DAY_OFF' },
        { date: '2026-12-27', kind: 'EXTRA_HOURS', start: '10:00', end: '12:00' },
      ],
      slotMinutes: 30,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 10,
      minNoticeMinutes: 240,
      horizonDays: 28,
      cancellationCutoffMinutes: 720,
    };
    const SET = `mutation($i: AvailabilityInput!) { setAvailability(input: $i) { published timeZone weeklyHours { weekday start end } exceptions { date kind start end } slotMinutes bufferBeforeMinutes bufferAfterMinutes minNoticeMinutes horizonDays cancellationCutoffMinutes meetingUrl } }`;
    const r = await t.gql(SET, { i: input }, { token: newCoach.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.setAvailability).toEqual({
      ...input,
      published: true,
      timeZone: 'Europe/London',
      exceptions: [
        { date: '2026-12-25', kind: 'DAY_OFF', start: null, end: null },
        { date: '2026-12-27', kind: 'EXTRA_HOURS', start: '10:00', end: '12:00' },
      ],
      meetingUrl: null,
    });

    const bad = await t.gql(
      SET,
      { i: { ...input, weeklyHours: [{ weekday: 1, start: '17:00', end: '09:00' }], slotMinutes: 5 } },
      { token: newCoach.token },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toBe(
      'Monday: 17:00–09:00 must end after it starts; Slot length must be a whole number of minutes from 10 to 240',
    );
    const badZone = await t.gql(SET, { i: { ...input, timeZone: 'Mars/Olympus' } }, { token: newCoach.token });
    expect(codeOf(badZone)).toBe('BAD_USER_INPUT');
    expect(badZone.errors![0].message).toMatch(/timeZone must be an IANA time zone/);
    const offWithHours = await t.gql(
      SET,
      { i: { ...input, exceptions: [{ date: '2026-12-25', kind: 'DAY_OFF', start: '10:00', end: '11:00' }] } },
      { token: newCoach.token },
    );
    expect(offWithHours.errors![0].message).toBe('2026-12-25: a day off has no hours; use EXTRA_HOURS to add hours');

    // learners have no availability to set
    expect(codeOf(await t.gql(SET, { i: input }, { token: learner.token }))).toBe('FORBIDDEN');
  });
});
