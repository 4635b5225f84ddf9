import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { SQL_QUERIES_HEADER } from '../../common/query-counter.js';
import { Role } from '../../common/role.js';
import { assignCoach, enrolLearner, makeCohort, makeProgrammeVersion, makeUser, partnerIdBySlug } from '../../test/factories.js';
import { DAY, HOUR, learnerIn, member, runningCohort, ZONE, type Person } from './booking-fixtures.js';

const UPCOMING = `query($first: Int, $offset: Int) {
  myUpcomingCoachingSessions(first: $first, offset: $offset) { total hasMore items { id startsAt endsAt status cohortId coach { id } learner { name } } } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id, reason: "Ill that day") { id status } }`;

const LEARNERS = 12;
const MINUTE = 60_000;

type Item = {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  cohortId: string;
  coach: { id: string };
  learner: { name: string };
};

describe('a coach pages through their upcoming coaching sessions, soonest first, with how many there are', () => {
  let t: TestApp;
  let coach: Person, otherCoach: Person;
  let learner: string;
  let cohortId: string, secondCohortId: string, americasCohortId: string;
  /** the coach's upcoming sessions as the database has them, soonest first */
  let expected: { id: string; startsAt: Date; cohortId: string }[];
  const before = process.env.BEACON_COUNT_QUERIES;

  const insert = async (b: {
    enrolmentId: string;
    cohortId: string;
    learnerId: string;
    coachId: string;
    startsAt: Date;
    cancelled?: boolean;
  }): Promise<string> => {
    const [{ id }]: { id: string }[] = await t.beacon.db.query(
      `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, status, cancelled_at)
       VALUES ($1, $2, $3, $4, $5, $5::timestamptz + interval '45 minutes', $6::booking_status, CASE WHEN $6::text = 'CANCELLED' THEN now() END)
       RETURNING id`,
      [b.enrolmentId, b.cohortId, b.learnerId, b.coachId, b.startsAt, b.cancelled ? 'CANCELLED' : 'CONFIRMED'],
    );
    return id;
  };
  /** a new learner of the cohort, named so that the order of the list shows in their names */
  const learnerOf = async (cohort: string, email: string, name: string) => {
    const user = await makeUser(t.beacon.db, { email, name });
    const e = await enrolLearner(t.beacon.db, cohort, user.id);
    return { enrolmentId: e.id, learnerId: user.id, cohortId: cohort };
  };

  beforeAll(async () => {
    process.env.BEACON_COUNT_QUERIES = '1';
    t = await startTestApp();
    const db = t.beacon.db;
    cohortId = (await runningCohort(t, 'Upcoming sessions cohort', 60)).id;
    secondCohortId = (await runningCohort(t, 'Upcoming sessions second cohort', 10)).id;
    americasCohortId = (
      await makeCohort(db, {
        partnerId: await partnerIdBySlug(db, 'americas'),
        programmeVersionId: (await makeProgrammeVersion(db)).id,
        name: 'Upcoming sessions Americas cohort',
        startDate: DateTime.now().setZone(ZONE).startOf('week').minus({ weeks: 1 }).toISODate()!,
        timeZone: ZONE,
        capacity: 10,
        status: 'RUNNING',
      })
    ).cohort.id;
    coach = await member(t, { email: 'upcoming.coach@example.org', role: Role.COACH });
    otherCoach = await member(t, { email: 'upcoming.other.coach@example.org', role: Role.COACH });
    for (const c of [cohortId, secondCohortId]) await assignCoach(db, c, coach.id);
    await assignCoach(db, cohortId, otherCoach.id);
    // the coach coaches for the Americas partner too, and stays a coach there
    await db.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, 'COACH', $2)`, [
      coach.id,
      await partnerIdBySlug(db, 'americas'),
    ]);
    await assignCoach(db, americasCohortId, coach.id);
    learner = (await learnerIn(t, cohortId, 'upcoming.learner@example.org')).token;

    const now = Date.now();
    const mine: { id: string; startsAt: Date; cohortId: string }[] = [];
    for (let j = 0; j < LEARNERS; j++) {
      const l = await learnerOf(cohortId, `upcoming${j}@example.org`, `Upcoming learner ${String(j).padStart(2, '0')}`);
      // one session ahead, on a day of its own and booked in no particular order
      const ahead = new Date(now + ((j * 5) % LEARNERS) * DAY + (j + 2) * HOUR);
      mine.push({ id: await insert({ ...l, coachId: coach.id, startsAt: ahead }), startsAt: ahead, cohortId });
      if (j === 0) {
        // one under way: started ten minutes ago, not over yet, so still upcoming
        const started = new Date(now - 10 * MINUTE);
        mine.push({ id: await insert({ ...l, coachId: coach.id, startsAt: started }), startsAt: started, cohortId });
        // and one cancelled, which is no session
        await insert({ ...l, coachId: coach.id, startsAt: new Date(now + 30 * HOUR), cancelled: true });
      } else {
        // one over already
        await insert({ ...l, coachId: coach.id, startsAt: new Date(now - j * 3 * HOUR) });
      }
    }
    // another coach's sessions in the same cohort, in between the coach's own
    for (const j of [0, 1]) {
      const l = await learnerOf(cohortId, `upcoming.other${j}@example.org`, `Other coach's learner ${j}`);
      await insert({ ...l, coachId: otherCoach.id, startsAt: new Date(now + (j + 1) * DAY + 30 * MINUTE) });
    }
    const second = await learnerOf(secondCohortId, 'upcoming.second@example.org', 'Second cohort learner');
    const secondAt = new Date(now + 3 * DAY + 12 * HOUR);
    mine.push({ id: await insert({ ...second, coachId: coach.id, startsAt: secondAt }), startsAt: secondAt, cohortId: secondCohortId });
    const americas = await learnerOf(americasCohortId, 'upcoming.americas@example.org', 'Americas learner');
    const americasAt = new Date(now + 5 * DAY + 13 * HOUR);
    mine.push({
      id: await insert({ ...americas, coachId: coach.id, startsAt: americasAt }),
      startsAt: americasAt,
      cohortId: americasCohortId,
    });
    expected = mine.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }, 120_000);
  afterAll(async () => {
    if (before === undefined) delete process.env.BEACON_COUNT_QUERIES;
    else process.env.BEACON_COUNT_QUERIES = before;
    await t?.close();
  });

  const read = (v: Record<string, unknown>, token = coach.token) => t.gql(UPCOMING, v, { token });

  /** every page of 5, checking the total and hasMore on each; the items in the order they came */
  const allPages = async (): Promise<Item[]> => {
    const all: Item[] = [];
    for (let offset = 0; ; offset += 5) {
      const r = await read({ first: 5, offset });
      expect(r.errors).toBeUndefined();
      const page = r.data!.myUpcomingCoachingSessions;
      expect(page.total).toBe(expected.length);
      expect(page.items).toHaveLength(Math.min(5, expected.length - offset));
      expect(page.hasMore).toBe(offset + 5 < expected.length);
      all.push(...page.items);
      if (!page.hasMore) return all;
    }
  };

  it('pages the confirmed sessions not over yet, soonest first; past, cancelled and another coach’s are not among them', async () => {
    expect(expected).toHaveLength(LEARNERS + 3);
    const all = await allPages();
    expect(all.map((b) => b.id)).toEqual(expected.map((b) => b.id));
    expect(all.every((b) => b.status === 'CONFIRMED' && b.coach.id === coach.id)).toBe(true);
    expect(all.every((b) => new Date(b.endsAt).getTime() > Date.now())).toBe(true);
    // the session under way comes first
    expect(new Date(all[0].startsAt).getTime()).toBeLessThan(Date.now());
    expect(all.some((b) => b.learner.name.startsWith('Other coach'))).toBe(false);

    expect((await read({ first: 5, offset: 500 })).data!.myUpcomingCoachingSessions).toEqual({
      total: expected.length,
      hasMore: false,
      items: [],
    });
  });

  it('refuses a page above 50 sessions, an empty page and a negative offset with a clear message', async () => {
    const big = await read({ first: 51 });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0].message).toBe('first must be between 1 and 50 (sessions per page)');
    expect(big.data?.myUpcomingCoachingSessions ?? null).toBeNull();
    expect(codeOf(await read({ first: 0 }))).toBe('BAD_USER_INPUT');
    const negative = await read({ offset: -1 });
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors![0].extensions?.details).toEqual({ field: 'offset' });
    expect((await read({ first: 50 })).data!.myUpcomingCoachingSessions.items).toHaveLength(expected.length);
    // without arguments: the first 20
    expect((await read({})).data!.myUpcomingCoachingSessions.items).toHaveLength(Math.min(20, expected.length));
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
    expect(await count({ first: 5, offset: 10 })).toBe(small);
  });

  it('another coach of the cohort sees only their own sessions; a learner and a partner admin are refused', async () => {
    const other = (await read({}, otherCoach.token)).data!.myUpcomingCoachingSessions;
    expect(other).toEqual(expect.objectContaining({ total: 2, hasMore: false }));
    expect(other.items.map((b: Item) => b.learner.name)).toEqual(["Other coach's learner 0", "Other coach's learner 1"]);
    const asLearner = await read({}, learner);
    expect(codeOf(asLearner)).toBe('FORBIDDEN');
    expect(asLearner.data?.myUpcomingCoachingSessions ?? null).toBeNull();
    const asAdmin = await read({}, await t.login('partner@beacon.test'));
    expect(codeOf(asAdmin)).toBe('FORBIDDEN');
    expect(asAdmin.data?.myUpcomingCoachingSessions ?? null).toBeNull();
  });

  it('a session the coach cancels leaves the list and the count', async () => {
    const last = expected[expected.length - 1];
    const r = await t.gql(CANCEL, { id: last.id }, { token: coach.token });
    expect(r.data?.cancelBooking).toEqual({ id: last.id, status: 'CANCELLED' });
    expected = expected.slice(0, -1);
    expect((await allPages()).map((b) => b.id)).toEqual(expected.map((b) => b.id));
  });

  it('a coach unassigned from a cohort no longer sees its sessions', async () => {
    const admin = await t.login('partner@beacon.test');
    const r = await t.gql(
      `mutation($c: ID!, $u: ID!) { unassignCoach(cohortId: $c, userId: $u) { id } }`,
      { c: secondCohortId, u: coach.id },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    expected = expected.filter((b) => b.cohortId !== secondCohortId);
    const page = (await read({ first: 50 })).data!.myUpcomingCoachingSessions;
    expect(page.total).toBe(expected.length);
    expect(page.items.map((b: Item) => b.id)).toEqual(expected.map((b) => b.id));
  });

  it('a coach removed from the partner (a coach of another one still) no longer sees its sessions, nor counts them', async () => {
    const admin = await t.login('partner@beacon.test');
    const [{ id }]: { id: string }[] = await t.beacon.db.query(
      `SELECT id FROM membership WHERE user_id = $1 AND role = 'COACH' AND partner_id = $2`,
      [coach.id, await partnerIdBySlug(t.beacon.db, 'africa')],
    );
    const removed = await t.gql(`mutation($id: ID!) { removeMember(id: $id) }`, { id }, { token: admin });
    expect(removed.errors).toBeUndefined();
    // only the session in the Americas partner's cohort is left
    const americas = expected.filter((b) => b.cohortId === americasCohortId);
    expect(americas).toHaveLength(1);
    const page = (await read({})).data!.myUpcomingCoachingSessions;
    expect(page).toEqual({ total: americas.length, hasMore: false, items: americas.map((b) => expect.objectContaining({ id: b.id })) });
  });
});
