import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { Role } from '../../common/role.js';
import {
  BOOK,
  CANCEL,
  COHORT_BOOKINGS,
  DAY,
  RESCHEDULE,
  SLOTS,
  coachWithHours,
  learnerIn,
  member,
  runningCohort,
  slotsOf,
  type Person,
} from './booking-fixtures.js';

describe('hostile and malformed booking requests are refused with a clear code', () => {
  let t: TestApp;
  let cohortId: string;
  let coach: Person;
  let outsider: Person;
  let learner: Person & { enrolmentId: string };
  let other: Person & { enrolmentId: string };
  let bookingId: string;
  let slots: string[];

  beforeAll(async () => {
    t = await startTestApp();
    cohortId = (await runningCohort(t, 'COIM Mahikeng')).id;
    coach = await coachWithHours(t, cohortId, 'mahikeng.coach@example.org');
    // a coach with hours, but of another cohort
    const elsewhere = (await runningCohort(t, 'COIM Nelspruit')).id;
    outsider = await coachWithHours(t, elsewhere, 'nelspruit.coach@example.org');
    learner = await learnerIn(t, cohortId, 'careful.learner@example.org');
    other = await learnerIn(t, cohortId, 'curious.learner@example.org');
    slots = await slotsOf(t, learner, coach.id, 3, 5);
    const r = await t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at: slots[0] }, { token: learner.token });
    expect(r.errors).toBeUndefined();
    bookingId = r.data!.bookCoaching.id;
  }, 60_000);
  afterAll(() => t?.close());

  it('a learner cannot book with a coach outside their cohort, even one with open hours', async () => {
    const outsiderSlot = (
      await t.gql(
        SLOTS,
        { e: learner.enrolmentId, from: new Date().toISOString(), to: new Date(Date.now() + 5 * DAY).toISOString() },
        { token: learner.token },
      )
    ).data!.coachingSlots;
    expect(outsiderSlot.coaches.map((c: Json) => c.coach.id)).toEqual([coach.id]);
    const r = await t.gql(BOOK, { e: learner.enrolmentId, c: outsider.id, at: slots[1] }, { token: learner.token });
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0].message).toBe('Coach was not found');
  });

  it('a learner cannot use someone else’s enrolment, nor cancel or move someone else’s booking', async () => {
    for (const r of [
      await t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at: slots[2] }, { token: other.token }),
      await t.gql(
        SLOTS,
        { e: learner.enrolmentId, from: new Date().toISOString(), to: new Date(Date.now() + DAY).toISOString() },
        { token: other.token },
      ),
    ]) {
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors![0].message).toBe('Enrolment was not found');
    }
    for (const r of [
      await t.gql(CANCEL, { id: bookingId, reason: 'mischief' }, { token: other.token }),
      await t.gql(RESCHEDULE, { id: bookingId, at: slots[3] }, { token: other.token }),
    ]) {
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors![0].message).toBe('Booking was not found');
    }
    // nor can another coach cancel it
    expect(codeOf(await t.gql(CANCEL, { id: bookingId, reason: 'not mine' }, { token: outsider.token }))).toBe('NOT_FOUND');
    const [{ status }] = await t.beacon.db.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]);
    expect(status).toBe('CONFIRMED');
  });

  it('another partner’s admin cannot list the cohort’s bookings; a learner may not ask at all', async () => {
    const americas = await t.login('partner.americas@beacon.test');
    const r = await t.gql(COHORT_BOOKINGS, { c: cohortId }, { token: americas });
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.data).toBeNull();
    expect(codeOf(await t.gql(COHORT_BOOKINGS, { c: cohortId }, { token: learner.token }))).toBe('FORBIDDEN');
    // a coach of another cohort of the same partner has no part in this one
    expect(codeOf(await t.gql(COHORT_BOOKINGS, { c: cohortId }, { token: outsider.token }))).toBe('NOT_FOUND');
    const africa = await t.login('partner@beacon.test');
    expect((await t.gql(COHORT_BOOKINGS, { c: cohortId }, { token: africa })).data!.cohortBookings.map((b: Json) => b.id)).toEqual([
      bookingId,
    ]);
  });

  it('coaches and partner admins cannot book; the unauthenticated cannot see slots', async () => {
    expect(codeOf(await t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at: slots[2] }, { token: coach.token }))).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at: slots[2] }, { token: await t.login('partner@beacon.test') })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(SLOTS, { e: learner.enrolmentId, from: new Date().toISOString(), to: new Date(Date.now() + DAY).toISOString() })),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses a start that is not on a slot, in the past, too soon or beyond the horizon, saying why (BAD_USER_INPUT)', async () => {
    const book = (at: string) => t.gql(BOOK, { e: other.enrolmentId, c: coach.id, at }, { token: other.token });
    const cases: [string, string][] = [
      [
        new Date(Date.parse(slots[1]) + 10 * 60_000).toISOString(),
        'That time is not one of the coach’s slots; pick one of the open slots from coachingSlots',
      ],
      [
        new Date(Date.parse(slots[1]) - 7 * DAY).toISOString().replace(/T.*/, 'T08:00:00.000Z'),
        'That time is in the past; pick one of the open slots',
      ],
      [new Date(Date.now() + 10 * 60_000).toISOString(), 'Coaching must be booked at least 1 hour ahead; pick a later slot'],
      [new Date(Date.parse(slots[1]) + 25 * DAY).toISOString(), 'Coaching can be booked at most 21 days ahead; pick an earlier slot'],
    ];
    for (const [at, message] of cases) {
      const r = await book(at);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toBe(message);
      expect(r.errors![0].extensions!.details).toMatchObject({ field: 'startsAt' });
    }
    const [{ n }] = await t.beacon.db.query(`SELECT count(*)::int AS n FROM booking WHERE learner_id = $1`, [other.id]);
    expect(n).toBe(0);
  });

  it('refuses a slot outside the cohort’s dates, and a taken slot with CONFLICT', async () => {
    // a cohort in its last week: it ends next Monday, so slots nine days ahead are after its end
    const ending = await runningCohort(t, 'COIM Rustenburg');
    await t.beacon.db.query(`UPDATE cohort SET start_date = start_date - 35 WHERE id = $1`, [ending.id]);
    const [{ start_date }] = await t.beacon.db.query(`SELECT start_date::text FROM cohort WHERE id = $1`, [ending.id]);
    const late = await learnerIn(t, ending.id, 'late.joiner@example.org');
    const lateCoach = await coachWithHours(t, ending.id, 'rustenburg.coach@example.org');
    const open = await slotsOf(t, late, lateCoach.id, 0, 14);
    const beyond = await slotsOf(t, learner, coach.id, 9, 10);
    expect(open.length).toBeGreaterThan(0);
    expect(open).not.toContain(beyond[0]);
    const r = await t.gql(BOOK, { e: late.enrolmentId, c: lateCoach.id, at: beyond[0] }, { token: late.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(
      new RegExp(`^Coaching takes place during the cohort, ${start_date} to \\d{4}-\\d{2}-\\d{2}; pick a slot in those dates$`),
    );

    const taken = await t.gql(BOOK, { e: other.enrolmentId, c: coach.id, at: slots[0] }, { token: other.token });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors![0].message).toBe('That time was just taken; pick another slot');
  });

  it('refuses malformed input: a non-date, a reversed or huge range, a malformed id, an over-long reason', async () => {
    const notADate = await t.gql(BOOK, { e: other.enrolmentId, c: coach.id, at: 'next tuesday' }, { token: other.token });
    expect(codeOf(notADate)).toBe('BAD_USER_INPUT');
    expect(notADate.errors![0].message).toBe('startsAt must be a date and time');
    const reversed = await t.gql(
      SLOTS,
      { e: other.enrolmentId, from: new Date(Date.now() + DAY).toISOString(), to: new Date().toISOString() },
      { token: other.token },
    );
    expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
    expect(reversed.errors![0].message).toBe('to must be after from');
    const huge = await t.gql(
      SLOTS,
      { e: other.enrolmentId, from: new Date().toISOString(), to: new Date(Date.now() + 100 * DAY).toISOString() },
      { token: other.token },
    );
    expect(huge.errors![0].message).toBe('Ask for at most 62 days of slots at a time');
    expect(codeOf(await t.gql(BOOK, { e: 'not-an-id', c: coach.id, at: slots[2] }, { token: other.token }))).toBe('NOT_FOUND');
    const long = await t.gql(CANCEL, { id: bookingId, reason: 'x'.repeat(1001) }, { token: learner.token });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].message).toBe('The reason can be at most 1000 characters');
  });

  it('a withdrawn learner can no longer see or book slots', async () => {
    const gone = await learnerIn(t, cohortId, 'gone.learner@example.org');
    await t.beacon.db.query(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [gone.enrolmentId]);
    expect(codeOf(await t.gql(BOOK, { e: gone.enrolmentId, c: coach.id, at: slots[2] }, { token: gone.token }))).toBe('NOT_FOUND');
    const invitedUser = await member(t, { email: 'not.yet@example.org', role: Role.LEARNER });
    const [{ id }] = await t.beacon.db.query(`INSERT INTO enrolment (cohort_id, user_id, status) VALUES ($1, $2, 'INVITED') RETURNING id`, [
      cohortId,
      invitedUser.id,
    ]);
    const invited = await t.gql(BOOK, { e: id, c: coach.id, at: slots[2] }, { token: invitedUser.token });
    expect(codeOf(invited)).toBe('CONFLICT');
    expect(invited.errors![0].message).toBe('Coaching can be booked once your enrolment is active');
  });
});
