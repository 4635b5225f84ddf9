import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphQLSchema } from 'graphql';
import { startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import { partnerIdBySlug, userIdByEmail } from '../../test/factories.js';
import { SAMPLES, upload } from '../../grading/__tests__/grading-fixtures.js';
import { buildArgs, fetchSchema, operationFor, rootFields, type RootField } from './schema-walk.js';
import { buildWorlds, makeMember, type Worlds } from './hostile-world.js';
import { kindOf, OPERATIONS } from './operation-map.js';

/**
 * A coach removed from a partner (removeMember) loses at once everything the role gave them in
 * that partner's cohorts, on every route: each GraphQL query the coach could answer with the
 * Africa partner's ids before the removal, the coach's mutations, the file download, the
 * gradebook CSV and the calendar feed. Both for a person who was a coach of Africa only, and
 * for one who stays a coach of the Americas partner (whose own cohort stays theirs).
 */

const REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED'];

/** an answer that reveals something: data that is not empty */
function answered(root: RootField, r: GqlResult): boolean {
  const value = r.data?.[root.field.name];
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && 'items' in (value as object)) return ((value as { items: unknown[] }).items ?? []).length > 0;
  return true;
}

describe('a removed coach loses every access of the role, on every route, at once', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let w: Worlds;
  const roots = new Map<string, RootField>();
  let africaOnly: { token: string; membershipId: string; userId: string };
  let alsoAmericas: { token: string; membershipId: string; userId: string; americasCohort: string };
  let fileUrl: string;
  let sessionIds: string[];

  const coachQueries = () =>
    Object.keys(OPERATIONS)
      .filter((k) => k.startsWith('Query.') && !OPERATIONS[k].shared && roots.has(k))
      .map((k) => roots.get(k)!);

  const call = (root: RootField, token: string) => {
    const overrides = OPERATIONS[root.key].args?.(w) ?? {};
    const { query, variables } = operationFor(
      root,
      buildArgs(root.field, { id: (p) => w.africa[kindOf(root.key, p)!]!, override: (p) => overrides[p] }),
    );
    return t.gql(query, variables, { token });
  };

  const rest = (url: string, token: string) =>
    t.beacon
      .http!.getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  const feedOf = async (token: string) => {
    const url = (await t.gql<{ me: { calendarFeedUrl: string } }>('{ me { calendarFeedUrl } }', {}, { token })).data!.me.calendarFeedUrl;
    return (await rest(new URL(url).pathname, token)).body;
  };

  /** what each route answers the coach: which queries gave data, and the REST answers */
  const reach = async (token: string) => {
    const gql: string[] = [];
    for (const root of coachQueries()) if (answered(root, await call(root, token))) gql.push(root.key);
    const queue = await t.gql<{ gradingQueue: { items: { cohortName: string }[] } }>(
      '{ gradingQueue(first: 100) { items { cohortName } } }',
      {},
      { token },
    );
    const cohorts = await t.gql<{ cohorts: { id: string }[] }>('{ cohorts(first: 100) { id } }', {}, { token });
    const upcoming = await t.gql<{ myUpcomingCoachingSessions: { total: number; items: { cohortId: string }[] } }>(
      '{ myUpcomingCoachingSessions(first: 50) { total items { cohortId } } }',
      {},
      { token },
    );
    const upcomingItems = upcoming.data?.myUpcomingCoachingSessions.items ?? [];
    const feed = await feedOf(token);
    return {
      gql,
      queueOfAfrica: (queue.data?.gradingQueue.items ?? []).filter((i) => i.cohortName.includes('Johannesburg')).length,
      listsAfricaCohort: (cohorts.data?.cohorts ?? []).some((c) => c.id === w.africa.cohort),
      upcomingOfAfrica: upcomingItems.filter((i) => i.cohortId === w.africa.cohort).length,
      upcomingTotal: upcoming.data?.myUpcomingCoachingSessions.total ?? 0,
      file: (await rest(fileUrl, token)).statusCode,
      gradebookCsv: (await rest(`/cohorts/${w.africa.cohort}/gradebook.csv`, token)).statusCode,
      feedHasAfricaSessions: sessionIds.some((id) => feed.replace(/\r\n /g, '').includes(`UID:session-${id}@beacon`)),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ queue: 'postgres', env: { BEACON_ROLE: 'api' } });
    schema = await fetchSchema(t);
    for (const r of rootFields(schema)) roots.set(r.key, r);
    w = await buildWorlds(t);
    const db = t.beacon.db;

    const a = await makeMember(db, 'removed.coach@africa.example.org', 'africa', 'COACH');
    await db.query(`INSERT INTO cohort_coach (cohort_id, user_id) VALUES ($1, $2)`, [w.africa.cohort, a.userId]);
    africaOnly = { ...a, token: await t.login('removed.coach@africa.example.org') };

    const b = await makeMember(db, 'two.partners.coach@example.org', 'africa', 'COACH');
    await db.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, 'COACH', $2)`, [
      b.userId,
      await partnerIdBySlug(db, 'americas'),
    ]);
    await db.query(`INSERT INTO cohort_coach (cohort_id, user_id) VALUES ($1, $2), ($3, $2)`, [
      w.africa.cohort,
      b.userId,
      w.americas.cohort,
    ]);
    alsoAmericas = { ...b, americasCohort: w.americas.cohort!, token: await t.login('two.partners.coach@example.org') };

    // a learner's file, part of a submission of the cohort
    const up = await upload(t, w.tokens.africaLearner, 'evidence.png', SAMPLES.png);
    await db.query(`UPDATE submission SET file_id = $1 WHERE id = $2`, [up.body.id, w.africa.submission]);
    fileUrl = up.body.downloadUrl;
    // an upcoming coaching session of each with a learner of the cohort (one who has booked none), and one of the
    // coach of both partners in their Americas cohort
    const free: { id: string; user_id: string }[] = await db.query(
      `SELECT e.id, e.user_id FROM enrolment e WHERE e.cohort_id = $1 AND e.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.learner_id = e.user_id AND b.status = 'CONFIRMED')
        ORDER BY e.id LIMIT 2`,
      [w.africa.cohort],
    );
    const upcoming = [
      [free[0], w.africa.cohort, a.userId, '9 days'],
      [free[1], w.africa.cohort, b.userId, '9 days'],
      [
        { id: w.americas.enrolment, user_id: await userIdByEmail(db, 'hostile.learner@americas.example.com') },
        w.americas.cohort,
        b.userId,
        '10 days',
      ],
    ] as const;
    for (const [e, cohort, coach, ahead] of upcoming)
      await db.query(
        `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at)
         VALUES ($1, $2, $3, $4, date_trunc('hour', now()) + $5::interval, date_trunc('hour', now()) + $5::interval + interval '45 minutes')`,
        [e.id, cohort, e.user_id, coach, ahead],
      );
    sessionIds = (await db.query(`SELECT id FROM live_session WHERE cohort_id = $1`, [w.africa.cohort])).map((r: { id: string }) => r.id);
  }, 180_000);
  afterAll(() => t?.close(), 60_000);

  let before: Record<'africaOnly' | 'alsoAmericas', Awaited<ReturnType<typeof reach>>>;

  it('reaches the cohort on every route while a coach (the control)', async () => {
    before = { africaOnly: await reach(africaOnly.token), alsoAmericas: await reach(alsoAmericas.token) };
    for (const r of Object.values(before)) {
      expect(r.gql).toEqual(
        expect.arrayContaining([
          'Query.cohort',
          'Query.liveSessions',
          'Query.eligibility',
          'Query.cohortEligibility',
          'Query.submission',
          'Query.gradebook',
          'Query.enrolments',
          'Query.roster',
          'Query.cohortBookings',
          'Query.sessionAttendance',
          'Query.attendanceSheet',
          'Query.cohortDueDates',
          'Query.gradingQueue',
        ]),
      );
      expect(r).toMatchObject({
        queueOfAfrica: expect.any(Number),
        listsAfricaCohort: true,
        upcomingOfAfrica: 1,
        file: 200,
        gradebookCsv: 200,
        feedHasAfricaSessions: true,
      });
      expect(r.queueOfAfrica).toBeGreaterThan(0);
    }
    expect([before.africaOnly.upcomingTotal, before.alsoAmericas.upcomingTotal]).toEqual([1, 2]);
  }, 60_000);

  it('after removeMember, the Africa-only coach reaches nothing of the cohort on any route', async () => {
    const removed = await t.gql(
      `mutation($id: ID!) { removeMember(id: $id) }`,
      { id: africaOnly.membershipId },
      { token: w.tokens.africaAdmin },
    );
    expect(removed.errors).toBeUndefined();
    const after = await reach(africaOnly.token);
    expect(after).toEqual({
      gql: [],
      queueOfAfrica: 0,
      listsAfricaCohort: false,
      upcomingOfAfrica: 0,
      upcomingTotal: 0,
      file: 404,
      gradebookCsv: expect.any(Number),
      feedHasAfricaSessions: false,
    });
    expect([403, 404]).toContain(after.gradebookCsv);
    expect(await assignments(africaOnly.userId)).toEqual([]);
  }, 60_000);

  it('after removeMember of their Africa role, a coach who stays with the Americas reaches nothing of Africa, and keeps their own cohort', async () => {
    // a coaching session of theirs in the Africa cohort, three days ago: while a coach of Africa they mark it and keep notes on it
    const [enrolment]: { id: string; user_id: string }[] = await t.beacon.db.query(
      `SELECT e.id, e.user_id FROM enrolment e WHERE e.cohort_id = $1 AND e.status = 'ACTIVE'
        ORDER BY (SELECT count(*) FROM booking b WHERE b.enrolment_id = e.id AND b.status = 'CONFIRMED'), e.id LIMIT 1`,
      [w.africa.cohort],
    );
    const [{ id: bookingId }]: { id: string }[] = await t.beacon.db.query(
      `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, date_trunc('hour', now()) - interval '3 days 7 hours', date_trunc('hour', now()) - interval '3 days 6 hours 30 minutes') RETURNING id`,
      [enrolment.id, w.africa.cohort, enrolment.user_id, alsoAmericas.userId],
    );
    const mark = () =>
      t.gql(`mutation($id: ID!) { markBookingOutcome(id: $id, outcome: HELD) { id } }`, { id: bookingId }, { token: alsoAmericas.token });
    const note = () =>
      t.gql(
        `mutation($id: ID!) { setBookingNote(bookingId: $id, body: "Spoke about week 3") { body } }`,
        { id: bookingId },
        { token: alsoAmericas.token },
      );
    const notes = () =>
      t.gql<{ bookingNotes: { body: string | null }[] }>(
        `query($ids: [ID!]!) { bookingNotes(bookingIds: $ids) { body } }`,
        { ids: [bookingId] },
        { token: alsoAmericas.token },
      );
    expect((await mark()).errors).toBeUndefined();
    expect((await note()).data?.setBookingNote).toEqual({ body: 'Spoke about week 3' });
    expect((await notes()).data?.bookingNotes).toEqual([{ body: 'Spoke about week 3' }]);

    const removed = await t.gql(
      `mutation($id: ID!) { removeMember(id: $id) }`,
      { id: alsoAmericas.membershipId },
      { token: w.tokens.africaAdmin },
    );
    expect(removed.errors).toBeUndefined();
    const after = await reach(alsoAmericas.token);
    expect(after).toEqual({
      gql: [],
      queueOfAfrica: 0,
      listsAfricaCohort: false,
      upcomingOfAfrica: 0,
      // their own session in the Americas cohort stays theirs
      upcomingTotal: 1,
      file: 404,
      gradebookCsv: expect.any(Number),
      feedHasAfricaSessions: false,
    });
    expect([403, 404]).toContain(after.gradebookCsv);
    expect(await assignments(alsoAmericas.userId)).toEqual([alsoAmericas.americasCohort]);
    // the Africa session is no longer theirs to mark or annotate, nor are its notes theirs to read
    expect((await mark()).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await note()).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await notes()).data?.bookingNotes).toEqual([]);
    const own = await t.gql(
      `query($id: ID!) { cohort(id: $id) { id } }`,
      { id: alsoAmericas.americasCohort },
      { token: alsoAmericas.token },
    );
    expect(own.data).toEqual({ cohort: { id: alsoAmericas.americasCohort } });
  }, 60_000);

  it('refuses the removed coaches the coach’s mutations on the cohort', async () => {
    const mutations = Object.keys(OPERATIONS).filter(
      (k) => k.startsWith('Mutation.') && OPERATIONS[k].owner === 'africaCoach' && roots.has(k),
    );
    expect(mutations.length).toBeGreaterThan(2);
    const failures: string[] = [];
    for (const token of [africaOnly.token, alsoAmericas.token]) {
      for (const key of mutations) {
        const r = await call(roots.get(key)!, token);
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        if (!r.errors?.length || r.data?.[roots.get(key)!.field.name] || !codes.every((c) => REFUSALS.includes(c!)))
          failures.push(`${key}: ${JSON.stringify(r).slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('removes the assignments also when the role goes by SQL (the database keeps the rule)', async () => {
    const c = await makeMember(t.beacon.db, 'sql.removed.coach@africa.example.org', 'africa', 'COACH');
    await t.beacon.db.query(`INSERT INTO cohort_coach (cohort_id, user_id) VALUES ($1, $2)`, [w.africa.cohort, c.userId]);
    await t.beacon.db.query(`DELETE FROM membership WHERE id = $1`, [c.membershipId]);
    expect(await assignments(c.userId)).toEqual([]);
  });

  const assignments = async (userId: string): Promise<string[]> =>
    (await t.beacon.db.query(`SELECT cohort_id FROM cohort_coach WHERE user_id = $1 ORDER BY cohort_id`, [userId])).map(
      (r: { cohort_id: string }) => r.cohort_id,
    );
});
