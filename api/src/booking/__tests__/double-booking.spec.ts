import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { codeOf, startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import { assignCoach, enrolLearner } from '../../test/factories.js';
import { LEARNER_BUSY, SLOT_TAKEN } from '../booking.service.js';
import { BOOK, coachWithHours, learnerIn, member, runningCohort, slotsOf, type Person } from './booking-fixtures.js';
import { Role } from '../../common/role.js';

const confirmedAt = (db: DataSource, column: 'coach_id' | 'learner_id', id: string, at: string): Promise<{ id: string }[]> =>
  db.query(`SELECT id FROM booking WHERE ${column} = $1 AND status = 'CONFIRMED' AND starts_at = $2`, [id, at]);

/** exactly one request won; every other one got a clear CONFLICT */
function expectOneWinner(results: GqlResult[], messages: string[]) {
  const won = results.filter((r) => !r.errors);
  const lost = results.filter((r) => r.errors);
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(results.length - 1);
  for (const r of lost) {
    expect(codeOf(r)).toBe('CONFLICT');
    expect(messages).toContain(r.errors![0].message);
  }
  return won[0].data!.bookCoaching;
}

describe('never double-booked: many requests for one slot at once', () => {
  let t: TestApp;
  let db: DataSource;
  let cohortId: string;
  let coach: Person;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.beacon.db;
    cohortId = (await runningCohort(t, 'COIM Kimberley', 80)).id;
    coach = await coachWithHours(t, cohortId, 'busy.coach@example.org');
  }, 60_000);
  afterAll(() => t?.close());

  it('60 learners ask for the same slot of one coach at the same moment: one gets it, 59 hear it was just taken', async () => {
    const learners = await Promise.all(Array.from({ length: 60 }, (_, i) => learnerIn(t, cohortId, `rush.${i}@example.org`)));
    const [slot] = await slotsOf(t, learners[0], coach.id, 4, 5);
    const results = await Promise.all(learners.map((l) => t.gql(BOOK, { e: l.enrolmentId, c: coach.id, at: slot }, { token: l.token })));
    const winner = expectOneWinner(results, [SLOT_TAKEN]);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].message === 'That time was just taken; pick another slot')).toBe(true);
    expect(await confirmedAt(db, 'coach_id', coach.id, slot)).toEqual([{ id: winner.id }]);
    // the losers kept their sessions
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM booking WHERE coach_id = $1`, [coach.id]);
    expect(n).toBe(1);
  }, 60_000);

  it('one learner fires 50 requests for two coaches at the same time: one booking, and CONFLICT for the rest', async () => {
    const second = await coachWithHours(t, cohortId, 'second.coach@example.org');
    const learner = await learnerIn(t, cohortId, 'double.dipper@example.org');
    const [slot] = await slotsOf(t, learner, coach.id, 6, 7);
    expect(await slotsOf(t, learner, second.id, 6, 7)).toContain(slot);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gql(BOOK, { e: learner.enrolmentId, c: i % 2 ? coach.id : second.id, at: slot }, { token: learner.token }),
      ),
    );
    expectOneWinner(results, [SLOT_TAKEN, LEARNER_BUSY]);
    expect(results.some((r) => r.errors?.[0].message === 'You already have a coaching session at that time; pick another slot')).toBe(true);
    expect(await confirmedAt(db, 'learner_id', learner.id, slot)).toHaveLength(1);
  }, 60_000);

  it('a learner in two cohorts books both cohorts’ coaches at once: the learner’s exclusion constraint keeps one', async () => {
    const other = (await runningCohort(t, 'COIM Bloemfontein', 10)).id;
    const otherCoach = await coachWithHours(t, other, 'bloem.coach@example.org');
    const learner = await learnerIn(t, cohortId, 'two.cohorts@example.org');
    const second = await enrolLearner(db, other, learner.id);
    const slot = (await slotsOf(t, learner, coach.id, 8, 9))[1];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at: slot }, { token: learner.token })
          : t.gql(BOOK, { e: second.id, c: otherCoach.id, at: slot }, { token: learner.token }),
      ),
    );
    expectOneWinner(results, [SLOT_TAKEN, LEARNER_BUSY]);
    expect(await confirmedAt(db, 'learner_id', learner.id, slot)).toHaveLength(1);
  }, 60_000);

  it('when only the exclusion constraint can see the clash (a booking not yet committed), the answer is the same clear CONFLICT', async () => {
    const learner = await learnerIn(t, cohortId, 'in.flight@example.org');
    const rival = await learnerIn(t, cohortId, 'rival@example.org');
    const [forCoach, forLearner] = await slotsOf(t, learner, coach.id, 10, 11);
    // the learner is also in another cohort, whose enrolment row the in-flight booking locks
    const other = (await runningCohort(t, 'COIM Upington', 10)).id;
    const otherCoach = await coachWithHours(t, other, 'upington.coach@example.org');
    const otherEnrolment = await enrolLearner(db, other, learner.id);
    for (const [at, row, expected] of [
      // someone else's booking of this coach, in a transaction that has not committed yet
      [forCoach, [rival.enrolmentId, cohortId, rival.id, coach.id], SLOT_TAKEN],
      // the learner's own booking with the other cohort's coach, likewise
      [forLearner, [otherEnrolment.id, other, learner.id, otherCoach.id], LEARNER_BUSY],
    ] as const) {
      const runner = db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(
          `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz + interval '45 minutes')`,
          [...row, at],
        );
        const pending = t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at }, { token: learner.token });
        // the request passes every check and then waits on the constraint for the open transaction:
        // commit only once PostgreSQL shows a session waiting on a lock (bounded), so the answer
        // below is the in-flight path's, never a plain check's on an already committed row
        let waiting = 0;
        for (let i = 0; i < 500 && waiting === 0; i++) {
          const [row] = await db.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          waiting = row.n;
          if (waiting === 0) await new Promise((r) => setTimeout(r, 10));
        }
        expect(waiting).toBeGreaterThan(0);
        await runner.commitTransaction();
        const r = await pending;
        expect(codeOf(r)).toBe('CONFLICT');
        expect(r.errors![0].message).toBe(expected);
      } finally {
        await runner.release();
      }
    }
  });

  it('the database itself refuses overlapping confirmed bookings and bookings beyond the entitlement', async () => {
    const a = await learnerIn(t, cohortId, 'raw.a@example.org');
    const b = await learnerIn(t, cohortId, 'raw.b@example.org');
    const insert = (l: { id: string; enrolmentId: string }, coachId: string, start: string, minutes: number, status = 'CONFIRMED') =>
      db.query(
        `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, status, cancelled_at)
         VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz + make_interval(mins => $6), $7::booking_status, CASE WHEN $7::text = 'CANCELLED' THEN now() END)`,
        [l.enrolmentId, cohortId, l.id, coachId, start, minutes, status],
      );
    const pgError = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: { code?: string; constraint?: string }) => ({ code: e.code, constraint: e.constraint }),
      );

    await insert(a, coach.id, '2030-01-07T08:00:00Z', 45);
    // another learner 30 minutes into the same coach's booking
    expect(await pgError(insert(b, coach.id, '2030-01-07T08:30:00Z', 45))).toEqual({
      code: '23P01',
      constraint: 'booking_coach_no_overlap',
    });
    // the same learner with another coach at the same time
    const third = await member(t, { email: 'raw.coach@example.org', role: Role.COACH });
    await assignCoach(db, cohortId, third.id);
    expect(await pgError(insert(a, third.id, '2030-01-07T08:15:00Z', 30))).toEqual({
      code: '23P01',
      constraint: 'booking_learner_no_overlap',
    });
    // touching ranges do not overlap, and cancelled bookings never count
    expect(await pgError(insert(b, coach.id, '2030-01-07T08:45:00Z', 45))).toBeNull();
    expect(await pgError(insert(b, coach.id, '2030-01-07T08:00:00Z', 45, 'CANCELLED'))).toBeNull();
    // a learner's third confirmed session, when the programme gives two
    await insert(a, coach.id, '2030-01-08T08:00:00Z', 45);
    expect(await pgError(insert(a, coach.id, '2030-01-09T08:00:00Z', 45))).toEqual({ code: '23514', constraint: 'booking_entitlement' });
  });
});
