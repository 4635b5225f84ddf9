import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { SQL_QUERIES_HEADER } from '../../common/query-counter.js';
import { Role } from '../../common/role.js';
import { assignCoach, enrolLearner, makeUser, partnerIdBySlug } from '../../test/factories.js';
import { DAY, HOUR, learnerIn, member, runningCohort, type Person } from './booking-fixtures.js';

const PAST = `query($first: Int, $offset: Int) {
  myPastCoachingSessions(first: $first, offset: $offset) { total hasMore toMark items { id startsAt status outcome awaitingOutcome coach { id } learner { name } } } }`;
const MARK = `mutation($id: ID!, $o: BookingOutcome!) { markBookingOutcome(id: $id, outcome: $o) { id outcome } }`;

const LEARNERS = 14;

type Item = {
  id: string;
  startsAt: string;
  status: string;
  outcome: string | null;
  awaitingOutcome: boolean;
  coach: { id: string };
  learner: { name: string };
};

describe('a coach pages through their past coaching sessions, most recent first, with the sessions to mark counted over all of them', () => {
  let t: TestApp;
  let coach: Person, otherCoach: Person;
  let learner: string;
  let past: number, toMark: number;
  const before = process.env.BEACON_COUNT_QUERIES;

  beforeAll(async () => {
    process.env.BEACON_COUNT_QUERIES = '1';
    t = await startTestApp();
    const db = t.beacon.db;
    const cohort = await runningCohort(t, 'Past sessions cohort', 60);
    coach = await member(t, { email: 'past.coach@example.org', role: Role.COACH });
    otherCoach = await member(t, { email: 'past.other.coach@example.org', role: Role.COACH });
    await assignCoach(db, cohort.id, coach.id);
    await assignCoach(db, cohort.id, otherCoach.id);
    // the coach coaches for the Americas partner too, and stays a coach there
    await db.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, 'COACH', $2)`, [
      coach.id,
      await partnerIdBySlug(db, 'americas'),
    ]);
    learner = (await learnerIn(t, cohort.id, 'past.learner@example.org')).token;

    // two sessions per learner (the programme's allowance): all past but two upcoming ones;
    // every third past one already marked held; and a cancelled one, which is no session
    const now = Date.now();
    const rows: [string, string, string, Date, string | null][] = [];
    for (let j = 0; j < LEARNERS; j++) {
      const user = await makeUser(db, { email: `past${j}@example.org`, name: `Past learner ${String(j).padStart(2, '0')}` });
      const e = await enrolLearner(db, cohort.id, user.id);
      for (const k of [0, 1]) {
        const startsAt = j < 2 && k === 1 ? new Date(now + (j + 1) * 2 * DAY) : new Date(now - (2 * j + k + 1) * HOUR);
        rows.push([e.id, user.id, coach.id, startsAt, null]);
      }
      if (j === 0) {
        await db.query(
          `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, status, cancelled_at)
           VALUES ($1, $2, $3, $4, $5, $5::timestamptz + interval '45 minutes', 'CANCELLED', $5::timestamptz - interval '1 day')`,
          [e.id, cohort.id, user.id, coach.id, new Date(now - 100 * HOUR)],
        );
      }
    }
    const pastRows = rows.filter((r) => r[3].getTime() < now).sort((a, b) => b[3].getTime() - a[3].getTime());
    pastRows.forEach((r, i) => (r[4] = i % 3 === 0 ? 'HELD' : null));
    for (const [enrolmentId, learnerId, coachId, startsAt, outcome] of rows) {
      await db.query(
        `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, outcome, outcome_marked_at)
         VALUES ($1, $2, $3, $4, $5, $5::timestamptz + interval '45 minutes', $6::booking_outcome, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END)`,
        [enrolmentId, cohort.id, learnerId, coachId, startsAt, outcome],
      );
    }
    past = pastRows.length;
    toMark = pastRows.filter((r) => r[4] === null).length;
  }, 120_000);
  afterAll(async () => {
    if (before === undefined) delete process.env.BEACON_COUNT_QUERIES;
    else process.env.BEACON_COUNT_QUERIES = before;
    await t?.close();
  });

  const read = (v: Record<string, unknown>, token = coach.token) => t.gql(PAST, v, { token });

  it('pages the sessions that have started, most recent first; upcoming and cancelled ones are not among them', async () => {
    expect(past).toBe(2 * LEARNERS - 2);
    const first = await read({ first: 10 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.myPastCoachingSessions;
    expect(page).toEqual(expect.objectContaining({ total: past, toMark, hasMore: true }));
    expect(page.items).toHaveLength(10);

    const all: Item[] = [...page.items];
    for (let offset = 10; ; offset += 10) {
      const next = (await read({ first: 10, offset })).data!.myPastCoachingSessions;
      // the count of sessions to mark is the whole list's, on every page
      expect(next).toEqual(expect.objectContaining({ total: past, toMark }));
      all.push(...next.items);
      if (!next.hasMore) {
        expect(next.items).toHaveLength(past - offset);
        break;
      }
    }
    expect(all).toHaveLength(past);
    expect(new Set(all.map((b) => b.id)).size).toBe(past);
    const times = all.map((b) => new Date(b.startsAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times.every((x) => x <= Date.now())).toBe(true);
    expect(all.every((b) => b.status === 'CONFIRMED' && b.coach.id === coach.id)).toBe(true);
    expect(all.filter((b) => b.awaitingOutcome)).toHaveLength(toMark);
    expect(all[0].outcome).toBe('HELD');
    expect(all[1]).toEqual(expect.objectContaining({ outcome: null, awaitingOutcome: true }));

    expect((await read({ first: 10, offset: 500 })).data!.myPastCoachingSessions).toEqual({
      total: past,
      toMark,
      hasMore: false,
      items: [],
    });
  });

  it('marking a session on any page takes it off the count of sessions to mark', async () => {
    const last = (await read({ first: 10, offset: 20 })).data!.myPastCoachingSessions.items as Item[];
    const unmarked = last.find((b) => b.awaitingOutcome)!;
    const r = await t.gql(MARK, { id: unmarked.id, o: 'LEARNER_NO_SHOW' }, { token: coach.token });
    expect(r.errors).toBeUndefined();
    const after = (await read({ first: 1 })).data!.myPastCoachingSessions;
    expect(after).toEqual(expect.objectContaining({ total: past, toMark: toMark - 1 }));
    toMark -= 1;
  });

  it('refuses a page above 50 sessions, an empty page and a negative offset with a clear message', async () => {
    const big = await read({ first: 51 });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0].message).toBe('first must be between 1 and 50 (sessions per page)');
    expect(codeOf(await read({ first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await read({ offset: -1 }))).toBe('BAD_USER_INPUT');
    expect((await read({ first: 50 })).data!.myPastCoachingSessions.items).toHaveLength(past);
  });

  it('runs as many SQL queries for a page of 5 as for a page of 50', async () => {
    const count = async (v: Record<string, unknown>) => {
      await read(v);
      const r = await read(v);
      expect(r.errors).toBeUndefined();
      return Number(r.headers[SQL_QUERIES_HEADER]);
    };
    const small = await count({ first: 5 });
    expect(small).toBeGreaterThan(0);
    expect(await count({ first: 50 })).toBe(small);
    expect(await count({ first: 5, offset: 20 })).toBe(small);
  });

  it('another coach of the cohort sees only their own sessions (none); a learner is refused', async () => {
    expect((await read({}, otherCoach.token)).data!.myPastCoachingSessions).toEqual({ total: 0, toMark: 0, hasMore: false, items: [] });
    expect(codeOf(await read({}, learner))).toBe('FORBIDDEN');
  });

  it('a coach removed from the partner (a coach of another one still) no longer sees its sessions, nor counts them', async () => {
    const admin = await t.login('partner@beacon.test');
    const [{ id }]: { id: string }[] = await t.beacon.db.query(
      `SELECT id FROM membership WHERE user_id = $1 AND role = 'COACH' AND partner_id = $2`,
      [coach.id, await partnerIdBySlug(t.beacon.db, 'africa')],
    );
    const removed = await t.gql(`mutation($id: ID!) { removeMember(id: $id) }`, { id }, { token: admin });
    expect(removed.errors).toBeUndefined();
    expect((await read({})).data!.myPastCoachingSessions).toEqual({ total: 0, toMark: 0, hasMore: false, items: [] });
  });
});
