import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { SQL_QUERIES_HEADER } from '../../common/query-counter.js';
import { makeCohort, makeUser, partnerIdBySlug } from '../../test/factories.js';

const ROSTER = `query($c: ID!, $first: Int, $offset: Int, $search: String, $status: EnrolmentStatus) {
  roster(cohortId: $c, first: $first, offset: $offset, search: $search, status: $status) {
    total hasMore items { id status learner { name email } progressPercent attendance { held attended percent } } } }`;
const BOOK = `query($c: ID!, $first: Int, $offset: Int, $search: String) {
  gradebook(cohortId: $c, first: $first, offset: $offset, search: $search) {
    total hasMore weeks { week }
    summary { learners awaiting drafts missing late passed possible }
    rows { enrolmentId enrolmentStatus passedWeeks learner { name email } cells { week state late overdue verdict } } } }`;

const LEARNERS = 120;
const pad = (i: number) => String(i).padStart(3, '0');

describe('a partner admin pages through a large cohort’s roster and gradebook, and searches them', () => {
  let t: TestApp;
  let admin: string, americas: string;
  let cohortId: string, demoCohortId: string;
  const before = process.env.BEACON_COUNT_QUERIES;

  beforeAll(async () => {
    process.env.BEACON_COUNT_QUERIES = '1';
    t = await startTestApp();
    [admin, americas] = await Promise.all(['partner@beacon.test', 'partner.americas@beacon.test'].map((e) => t.login(e)));
    const [demo]: { id: string; programme_version_id: string }[] = await t.beacon.db.query(
      `SELECT id, programme_version_id FROM cohort WHERE name LIKE 'COIM Johannesburg%' AND status = 'RUNNING'`,
    );
    demoCohortId = demo.id;
    const start = new Date(Date.now() - 15 * 86_400_000).toISOString().slice(0, 10);
    const { cohort } = await makeCohort(t.beacon.db, {
      partnerId: await partnerIdBySlug(t.beacon.db, 'africa'),
      programmeVersionId: demo.programme_version_id,
      name: 'Paged cohort',
      startDate: start,
      timeZone: 'Africa/Johannesburg',
      capacity: 200,
      status: 'RUNNING',
    });
    cohortId = cohort.id;
    const users = [];
    for (let i = 1; i <= LEARNERS; i++)
      users.push(await makeUser(t.beacon.db, { email: `paged${pad(i)}@example.org`, name: `Learner ${pad(i)}` }));
    users.push(await makeUser(t.beacon.db, { email: 'zoe.obrien@example.org', name: 'Zoë O’Brien' }));
    // enrolled one after another, so that enrolment order is known
    await t.beacon.db.query(
      `INSERT INTO enrolment (cohort_id, user_id, status, created_at)
       SELECT $1, u.id, 'ACTIVE', now() - interval '1 hour' + u.n * interval '1 second' FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, n)`,
      [cohortId, users.map((u) => u.id)],
    );
    await t.beacon.db.query(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE cohort_id = $1 AND user_id = $2`, [
      cohortId,
      users[LEARNERS - 1].id,
    ]);
  }, 120_000);
  afterAll(async () => {
    if (before === undefined) delete process.env.BEACON_COUNT_QUERIES;
    else process.env.BEACON_COUNT_QUERIES = before;
    await t?.close();
  });

  const roster = (v: Record<string, unknown>, token = admin) => t.gql(ROSTER, { c: cohortId, ...v }, { token });
  const book = (v: Record<string, unknown>, token = admin) => t.gql(BOOK, { c: cohortId, ...v }, { token });

  it('the roster comes 50 learners a page by default, in enrolment order, with the count of all of them', async () => {
    const first = await roster({});
    expect(first.errors).toBeUndefined();
    const page = first.data!.roster;
    expect(page.total).toBe(LEARNERS + 1);
    expect(page.hasMore).toBe(true);
    expect(page.items.map((e: Json) => e.learner.email)).toEqual(Array.from({ length: 50 }, (_, i) => `paged${pad(i + 1)}@example.org`));
    expect(page.items[0].attendance.held).toBeGreaterThan(0);

    const next = (await roster({ offset: 50 })).data!.roster;
    expect(next.items.map((e: Json) => e.learner.email)).toEqual(Array.from({ length: 50 }, (_, i) => `paged${pad(i + 51)}@example.org`));
    expect(next.hasMore).toBe(true);

    const last = (await roster({ offset: 100 })).data!.roster;
    expect(last.items).toHaveLength(21);
    expect(last.items.at(-1).learner.name).toBe('Zoë O’Brien');
    expect(last.items.find((e: Json) => e.learner.email === `paged${pad(LEARNERS)}@example.org`).status).toBe('WITHDRAWN');
    expect(last.hasMore).toBe(false);

    const ids = new Set([...page.items, ...next.items, ...last.items].map((e: Json) => e.id));
    expect(ids.size).toBe(LEARNERS + 1);
    // past the end: no rows, still the count
    expect((await roster({ offset: 500 })).data!.roster).toEqual({ total: LEARNERS + 1, hasMore: false, items: [] });
  });

  it('searches the roster by a part of a name or an email, any case, wildcards taken literally, within a status', async () => {
    const byName = (await roster({ search: '  LEARNER 01 ' })).data!.roster;
    expect(byName.total).toBe(10);
    expect(byName.items.map((e: Json) => e.learner.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Learner ${pad(10 + i)}`));
    expect((await roster({ search: 'zoë' })).data!.roster.items.map((e: Json) => e.learner.email)).toEqual(['zoe.obrien@example.org']);
    expect((await roster({ search: 'ZOE.OBRIEN@' })).data!.roster.total).toBe(1);
    expect((await roster({ search: '%' })).data!.roster.total).toBe(0);
    expect((await roster({ search: 'paged_' })).data!.roster.total).toBe(0);
    expect((await roster({ status: 'WITHDRAWN' })).data!.roster.items.map((e: Json) => e.learner.email)).toEqual([
      `paged${pad(LEARNERS)}@example.org`,
    ]);
    expect((await roster({ status: 'ACTIVE', search: 'learner' })).data!.roster.total).toBe(LEARNERS - 1);
  });

  it('the gradebook pages by name, searches, and counts the whole cohort whatever the page', async () => {
    const first = await book({});
    expect(first.errors).toBeUndefined();
    const g = first.data!.gradebook;
    expect(g.total).toBe(LEARNERS + 1);
    expect(g.rows.map((r: Json) => r.learner.name)).toEqual(Array.from({ length: 50 }, (_, i) => `Learner ${pad(i + 1)}`));
    expect(g.hasMore).toBe(true);
    expect(g.rows[0].cells).toHaveLength(g.weeks.length);
    const next = (await book({ offset: 50 })).data!.gradebook;
    expect(next.rows[0].learner.name).toBe('Learner 051');
    const last = (await book({ offset: 100, first: 50 })).data!.gradebook;
    expect(last.rows.map((r: Json) => r.learner.name).slice(-2)).toEqual([`Learner ${pad(LEARNERS)}`, 'Zoë O’Brien']);
    expect(last.hasMore).toBe(false);
    // the withdrawn learner is listed but not counted
    expect(g.summary).toEqual(expect.objectContaining({ learners: LEARNERS, possible: LEARNERS * g.weeks.length }));
    expect(last.summary).toEqual(g.summary);

    const found = (await book({ search: 'O’BRIEN' })).data!.gradebook;
    expect(found.total).toBe(1);
    expect(found.rows.map((r: Json) => r.learner.email)).toEqual(['zoe.obrien@example.org']);
    expect(found.summary).toEqual(g.summary);
    expect((await book({ search: 'nobody-like-this' })).data!.gradebook).toEqual(
      expect.objectContaining({ total: 0, hasMore: false, rows: [] }),
    );
  });

  it('the gradebook’s order and search follow a renamed account, a changed email and a pending invitation’s name', async () => {
    const db = t.beacon.db;
    const [renamed] = await db.query(`SELECT id, name, email FROM "user" WHERE email = $1`, [`paged${pad(60)}@example.org`]);
    const invitee = await makeUser(db, { email: 'invitee.paging@example.org', name: 'Zz Placeholder' });
    try {
      // the account page renames learner 060 and changes their email: first by name, found by the new email
      await db.query(`UPDATE "user" SET name = 'Aaron Abbott', email = 'aaron.abbott@example.org' WHERE id = $1`, [renamed.id]);
      const first = (await book({ first: 2 })).data!.gradebook;
      expect(first.rows.map((r: Json) => r.learner.name)).toEqual(['Aaron Abbott', 'Learner 001']);
      expect((await book({ search: 'AARON.ABBOTT@' })).data!.gradebook.rows.map((r: Json) => r.learner.name)).toEqual(['Aaron Abbott']);
      expect((await book({ search: `paged${pad(60)}@` })).data!.gradebook.total).toBe(0);

      // invited under the name the partner gave: listed (and found) by it until the invitation is accepted
      await db.query(`INSERT INTO enrolment (cohort_id, user_id, status, invited_name) VALUES ($1, $2, 'INVITED', 'Aardvark Invitee')`, [
        cohortId,
        invitee.id,
      ]);
      const invited = (await book({ first: 1 })).data!.gradebook;
      expect([invited.total, invited.rows[0].learner.name]).toEqual([LEARNERS + 2, 'Aardvark Invitee']);
      expect((await book({ search: 'aardvark' })).data!.gradebook.total).toBe(1);
      await db.query(`UPDATE enrolment SET status = 'ACTIVE' WHERE cohort_id = $1 AND user_id = $2`, [cohortId, invitee.id]);
      const accepted = (await book({ offset: LEARNERS + 1 })).data!.gradebook;
      expect(accepted.rows.map((r: Json) => r.learner.name)).toEqual(['Zz Placeholder']);
      expect((await book({ search: 'aardvark' })).data!.gradebook.total).toBe(0);
    } finally {
      await db.query(`DELETE FROM enrolment WHERE user_id = $1`, [invitee.id]);
      await db.query(`UPDATE "user" SET name = $2, email = $3 WHERE id = $1`, [renamed.id, renamed.name, renamed.email]);
    }
    expect((await book({ first: 1 })).data!.gradebook.rows[0].learner.name).toBe('Learner 001');
  });

  it('the gradebook’s summary says what its rows say (the demo cohort, on one page)', async () => {
    const g = (await t.gql(BOOK, { c: demoCohortId, first: 100 }, { token: admin })).data!.gradebook;
    expect(g.hasMore).toBe(false);
    const rows = g.rows.filter((r: Json) => r.enrolmentStatus !== 'WITHDRAWN');
    const cells = rows.flatMap((r: Json) => r.cells);
    expect(g.summary).toEqual({
      learners: rows.length,
      awaiting: cells.filter((c: Json) => c.state === 'SUBMITTED').length,
      drafts: cells.filter((c: Json) => c.state === 'DRAFT').length,
      missing: cells.filter((c: Json) => c.overdue).length,
      late: cells.filter((c: Json) => c.late).length,
      passed: rows.reduce((n: number, r: Json) => n + r.passedWeeks, 0),
      possible: rows.length * g.weeks.length,
    });
    expect(g.summary.awaiting + g.summary.passed).toBeGreaterThan(0);
  });

  it('the CSV export still holds every learner, whatever the page size', async () => {
    const res = await t.beacon
      .http!.getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: `/cohorts/${cohortId}/gradebook.csv`, headers: { authorization: `Bearer ${admin}` } });
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split('\r\n');
    expect(lines).toHaveLength(LEARNERS + 2);
    expect(lines.at(-1)).toMatch(/^Zoë O’Brien,zoe\.obrien@example\.org,ACTIVE,/);
  });

  it('refuses a page above 100 learners, an empty page and a negative offset with a clear message', async () => {
    for (const [query, field] of [
      [roster, 'roster'],
      [book, 'gradebook'],
    ] as const) {
      const big = await query({ first: 101 });
      expect(codeOf(big)).toBe('BAD_USER_INPUT');
      expect(big.errors![0].message).toBe('first must be between 1 and 100 (learners per page)');
      expect(codeOf(await query({ first: 0 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await query({ offset: -1 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await query({ search: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
      expect((await query({ first: 100 })).data![field]).toBeTruthy();
    }
  });

  it('runs as many SQL queries for a page of 5 as for a page of 100', async () => {
    const count = async (fn: typeof roster, v: Record<string, unknown>) => {
      await fn(v);
      const r = await fn(v);
      expect(r.errors).toBeUndefined();
      return Number(r.headers[SQL_QUERIES_HEADER]);
    };
    const rosterSmall = await count(roster, { first: 5 });
    expect(rosterSmall).toBeGreaterThan(0);
    expect(await count(roster, { first: 100 })).toBe(rosterSmall);
    expect(await count(roster, { first: 100, search: 'learner' })).toBe(rosterSmall);
    const bookSmall = await count(book, { first: 5 });
    expect(bookSmall).toBeGreaterThan(0);
    expect(await count(book, { first: 100 })).toBe(bookSmall);
    expect(await count(book, { first: 100, offset: 50, search: 'learner' })).toBe(bookSmall);
  });

  it('another partner’s admin gets neither page, searched or not', async () => {
    expect(codeOf(await roster({}, americas))).toBe('NOT_FOUND');
    expect(codeOf(await roster({ search: 'learner' }, americas))).toBe('NOT_FOUND');
    expect(codeOf(await book({}, americas))).toBe('NOT_FOUND');
    expect(codeOf(await book({ search: 'learner', first: 100 }, americas))).toBe('NOT_FOUND');
  });
});
