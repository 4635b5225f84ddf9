import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type Json, type TestApp } from '../../test/harness.js';
import { SQL_QUERIES_HEADER } from '../../common/query-counter.js';
import { assignCoach, makeCohort, makeProgrammeVersion, makeUser, partnerIdBySlug } from '../../test/factories.js';
import { member } from '../../booking/__tests__/booking-fixtures.js';
import { Role } from '../../common/role.js';

const ROSTER = `query($c: ID!, $first: Int, $offset: Int, $search: String, $order: RosterOrder, $includeWithdrawn: Boolean) {
  roster(cohortId: $c, first: $first, offset: $offset, search: $search, order: $order, includeWithdrawn: $includeWithdrawn) {
    total hasMore belowMinimumAttendance
    items { id status learner { name email } progressPercent attendance { held attended excused counted percent } } } }`;
const SHEET = `query($s: ID!, $first: Int, $offset: Int, $search: String) {
  attendanceSheet(sessionId: $s, first: $first, offset: $offset, search: $search) {
    total hasMore learners marked
    items { enrolmentId status progressPercent learner { name email } attendance { held attended excused counted percent } } } }`;
const RECORD = `mutation($s: ID!, $entries: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $entries) { enrolmentId status learner { name } } }`;

const LEARNERS = 120;
const MIN = 75;
const pad = (i: number) => String(i).padStart(3, '0');

type Item = {
  id: string;
  status: string;
  learner: { name: string; email: string };
  progressPercent: number;
  attendance: { percent: number | null };
};

describe('a coach pages through a large cohort’s learners, lowest attendance first, and through a session’s attendance sheet', () => {
  let t: TestApp;
  let coach: string, otherCoach: string, americasCoach: string, learner: string;
  let cohortId: string;
  let sessionId: string;
  /** the learners a coach lists (not withdrawn) */
  let listed: number;
  /** the session's learners: active and completed */
  let onSheet: number;
  const before = process.env.BEACON_COUNT_QUERIES;

  beforeAll(async () => {
    process.env.BEACON_COUNT_QUERIES = '1';
    t = await startTestApp();
    const db = t.beacon.db;
    const start = new Date(Date.now() - 15 * 86_400_000).toISOString().slice(0, 10);
    const version = await makeProgrammeVersion(db);
    const { cohort } = await makeCohort(db, {
      partnerId: await partnerIdBySlug(db, 'africa'),
      programmeVersionId: version.id,
      name: 'Coach paged cohort',
      startDate: start,
      timeZone: 'Africa/Johannesburg',
      capacity: 200,
      status: 'RUNNING',
    });
    cohortId = cohort.id;

    const c = await member(t, { email: 'paging.coach@example.org', role: Role.COACH });
    await assignCoach(db, cohortId, c.id);
    coach = c.token;
    // a coach of the same partner, of another cohort
    otherCoach = (await member(t, { email: 'other.coach@example.org', role: Role.COACH })).token;
    americasCoach = (await member(t, { email: 'americas.paging.coach@example.org', role: Role.COACH, partnerSlug: 'americas' })).token;
    const l = await member(t, { email: 'paging.learner@example.org', name: 'Paging Learner', role: Role.LEARNER });
    learner = l.token;

    const users = [];
    for (let i = 1; i <= LEARNERS; i++)
      users.push(await makeUser(db, { email: `coachpaged${pad(i)}@example.org`, name: `Learner ${pad(i)}` }));
    const zoe = await makeUser(db, { email: 'zoe.obrien@example.org', name: 'Zoë O’Brien' });
    const invited = await makeUser(db, { email: 'invited.paged@example.org', name: 'Account name' });
    const withdrawn = await makeUser(db, { email: 'withdrawn.paged@example.org', name: 'Learner withdrawn' });
    const all = [...users.map((u) => u.id), l.id, zoe.id, invited.id, withdrawn.id];
    await db.query(
      `INSERT INTO enrolment (cohort_id, user_id, status, created_at)
       SELECT $1, u.id, 'ACTIVE', now() - interval '1 hour' + u.n * interval '1 second' FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, n)`,
      [cohortId, all],
    );
    await db.query(`UPDATE enrolment SET status = 'COMPLETED', completed_at = now() WHERE cohort_id = $1 AND user_id = $2`, [
      cohortId,
      zoe.id,
    ]);
    await db.query(`UPDATE enrolment SET status = 'INVITED', invited_name = 'Invited Person' WHERE cohort_id = $1 AND user_id = $2`, [
      cohortId,
      invited.id,
    ]);
    await db.query(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE cohort_id = $1 AND user_id = $2`, [
      cohortId,
      withdrawn.id,
    ]);
    listed = LEARNERS + 3; // the paging learner, Zoë, the invited one
    onSheet = LEARNERS + 2;

    // the sessions held so far: learner i was present at the first i % (held + 1), absent at the
    // others, excused from the last when i is a multiple of 5; they completed i % 4 items
    const held: { id: string }[] = await db.query(
      `SELECT id FROM live_session WHERE cohort_id = $1 AND starts_at <= now() ORDER BY starts_at`,
      [cohortId],
    );
    expect(held.length).toBeGreaterThan(2);
    sessionId = held.at(-1)!.id;
    const enrolments: { id: string; n: number }[] = await db.query(
      `SELECT e.id, row_number() OVER (ORDER BY e.created_at)::int AS n FROM enrolment e WHERE e.cohort_id = $1 AND e.user_id = ANY($2::uuid[])`,
      [cohortId, users.map((u) => u.id)],
    );
    const marks: [string, string, string][] = [];
    const progress: [string, string][] = [];
    for (const e of enrolments) {
      held.forEach((s, k) => {
        const status = e.n % 5 === 0 && k === held.length - 1 ? 'EXCUSED' : k < e.n % (held.length + 1) ? 'PRESENT' : 'ABSENT';
        // the last session is marked for the first 30 learners only
        if (k < held.length - 1 || e.n <= 30) marks.push([s.id, e.id, status]);
      });
      for (let k = 0; k < e.n % 4; k++) progress.push([e.id, `item-${k}`]);
    }
    await db.query(
      `INSERT INTO attendance (live_session_id, enrolment_id, status) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::attendance_status[])`,
      [marks.map((m) => m[0]), marks.map((m) => m[1]), marks.map((m) => m[2])],
    );
    await db.query(`INSERT INTO content_progress (enrolment_id, content_item_id) SELECT * FROM unnest($1::uuid[], $2::text[])`, [
      progress.map((p) => p[0]),
      progress.map((p) => p[1]),
    ]);
  }, 180_000);
  afterAll(async () => {
    if (before === undefined) delete process.env.BEACON_COUNT_QUERIES;
    else process.env.BEACON_COUNT_QUERIES = before;
    await t?.close();
  });

  const roster = (v: Record<string, unknown>, token = coach) =>
    t.gql(ROSTER, { c: cohortId, includeWithdrawn: false, order: 'ATTENDANCE', ...v }, { token });
  const sheet = (v: Record<string, unknown>, token = coach) => t.gql(SHEET, { s: sessionId, ...v }, { token });
  /** every page of a list, one after another */
  const everyPage = async <T>(read: (offset: number) => Promise<{ items: T[]; hasMore: boolean }>): Promise<T[]> => {
    const items: T[] = [];
    for (let offset = 0; ; offset += 25) {
      const page = await read(offset);
      items.push(...page.items);
      if (!page.hasMore) return items;
    }
  };

  it('lists the learners (withdrawn ones left out) lowest attendance first, then least progress, then in enrolment order, across pages', async () => {
    const first = await roster({ first: 25 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.roster).toEqual(expect.objectContaining({ total: listed, hasMore: true }));
    expect(first.data!.roster.items).toHaveLength(25);

    const byAttendance = await everyPage<Item>(async (offset) => (await roster({ first: 25, offset })).data!.roster);
    const inEnrolmentOrder = await everyPage<Item>(
      async (offset) => (await roster({ first: 25, offset, order: 'ENROLMENT' })).data!.roster,
    );
    expect(byAttendance).toHaveLength(listed);
    expect(new Set(byAttendance.map((e) => e.id)).size).toBe(listed);
    expect(byAttendance.map((e) => e.learner.email)).not.toContain('withdrawn.paged@example.org');
    expect(byAttendance.find((e) => e.status === 'INVITED')!.learner.name).toBe('Invited Person');
    // the order a coach read on one page before, now the API's across pages (a stable sort of the enrolment order)
    const expected = [...inEnrolmentOrder].sort(
      (a, b) => (a.attendance.percent ?? Infinity) - (b.attendance.percent ?? Infinity) || a.progressPercent - b.progressPercent,
    );
    expect(byAttendance.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(byAttendance[0].attendance.percent).toBe(0);
    expect(new Set(byAttendance.map((e) => e.attendance.percent)).size).toBeGreaterThan(3);

    // the last page, and past it: no rows, still the count
    const lastOffset = Math.floor((listed - 1) / 25) * 25;
    const last = (await roster({ first: 25, offset: lastOffset })).data!.roster;
    expect(last.items).toHaveLength(listed - lastOffset);
    expect(last.hasMore).toBe(false);
    expect((await roster({ first: 25, offset: 500 })).data!.roster).toEqual(
      expect.objectContaining({ total: listed, hasMore: false, items: [] }),
    );
    // with withdrawn learners, as the partner’s roster lists them
    expect((await roster({ includeWithdrawn: true })).data!.roster.total).toBe(listed + 1);
  });

  it('counts the learners below the minimum over the whole cohort, whatever the page, order and search', async () => {
    const all = await everyPage<Item>(async (offset) => (await roster({ first: 25, offset, order: 'ENROLMENT' })).data!.roster);
    const below = all.filter((e) => e.attendance.percent != null && e.attendance.percent < MIN).length;
    expect(below).toBeGreaterThan(0);
    expect(below).toBeLessThan(listed);
    for (const v of [{}, { offset: 100 }, { order: 'ENROLMENT' }, { search: 'zoë' }, { search: 'nobody-like-this' }]) {
      expect((await roster({ first: 25, ...v })).data!.roster.belowMinimumAttendance).toBe(below);
    }
  });

  it('searches the coach’s list by a part of a name or an email, lowest attendance first within the matches', async () => {
    const found = (await roster({ search: '  LEARNER 01 ' })).data!.roster;
    expect(found.total).toBe(10);
    const percents = found.items.map((e: Item) => e.attendance.percent ?? Infinity);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(found.items.map((e: Item) => e.learner.name).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Learner ${pad(10 + i)}`));
    expect((await roster({ search: 'ZOE.OBRIEN@' })).data!.roster.items.map((e: Item) => e.learner.name)).toEqual(['Zoë O’Brien']);
    expect((await roster({ search: 'withdrawn' })).data!.roster.total).toBe(0);
    expect((await roster({ search: '%' })).data!.roster.total).toBe(0);
  });

  it('pages the attendance sheet by name, with the session’s learners and marks counted over all of them', async () => {
    const first = await sheet({ first: 50 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.attendanceSheet;
    expect(page).toEqual(expect.objectContaining({ total: onSheet, learners: onSheet, marked: 30, hasMore: true }));
    expect(page.items.map((r: Json) => r.learner.name)).toEqual(Array.from({ length: 50 }, (_, i) => `Learner ${pad(i + 1)}`));
    // Learner 001: present at the first session only, absent from this (the last), one item done
    expect(page.items[0]).toEqual(
      expect.objectContaining({ status: 'ABSENT', attendance: expect.objectContaining({ attended: 1, excused: 0 }) }),
    );
    expect(page.items[0].progressPercent).toBeGreaterThan(0);
    expect(page.items[49].status).toBeNull();

    const next = (await sheet({ first: 50, offset: 50 })).data!.attendanceSheet;
    expect(next.items[0].learner.name).toBe('Learner 051');
    const last = (await sheet({ first: 50, offset: 100 })).data!.attendanceSheet;
    expect(last.items.map((r: Json) => r.learner.name).slice(-3)).toEqual(['Learner 120', 'Paging Learner', 'Zoë O’Brien']);
    expect(last.hasMore).toBe(false);
    const names = [...page.items, ...next.items, ...last.items].map((r: Json) => r.learner.email);
    expect(new Set(names).size).toBe(onSheet);
    // neither invited nor withdrawn learners are on the sheet
    expect(names).not.toContain('invited.paged@example.org');
    expect(names).not.toContain('withdrawn.paged@example.org');
    expect((await sheet({ offset: 500 })).data!.attendanceSheet).toEqual({
      total: onSheet,
      learners: onSheet,
      marked: 30,
      hasMore: false,
      items: [],
    });

    const found = (await sheet({ search: 'learner 01' })).data!.attendanceSheet;
    expect(found).toEqual(expect.objectContaining({ total: 10, learners: onSheet, marked: 30 }));
    expect(found.items.map((r: Json) => r.learner.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Learner ${pad(10 + i)}`));
    expect((await sheet({ search: 'ZOE.obrien' })).data!.attendanceSheet.items.map((r: Json) => r.learner.name)).toEqual(['Zoë O’Brien']);
  });

  it('records marks from several pages at once and answers with those learners only; the counts follow', async () => {
    const [a] = (await sheet({ first: 1, offset: 40 })).data!.attendanceSheet.items;
    const [b] = (await sheet({ first: 1, offset: 110 })).data!.attendanceSheet.items;
    expect(a.status).toBeNull();
    const r = await t.gql(
      RECORD,
      {
        s: sessionId,
        entries: [
          { enrolmentId: a.enrolmentId, status: 'PRESENT' },
          { enrolmentId: b.enrolmentId, status: 'EXCUSED' },
        ],
      },
      { token: coach },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordAttendance).toEqual([
      { enrolmentId: a.enrolmentId, status: 'PRESENT', learner: { name: a.learner.name } },
      { enrolmentId: b.enrolmentId, status: 'EXCUSED', learner: { name: b.learner.name } },
    ]);
    const after = (await sheet({ first: 1, offset: 40 })).data!.attendanceSheet;
    expect(after.marked).toBe(32);
    expect(after.items[0].status).toBe('PRESENT');
  });

  it('refuses a page above 100 learners, an empty page and a negative offset with a clear message', async () => {
    for (const read of [roster, sheet]) {
      const big = await read({ first: 101 });
      expect(codeOf(big)).toBe('BAD_USER_INPUT');
      expect(big.errors![0].message).toBe('first must be between 1 and 100 (learners per page)');
      expect(codeOf(await read({ first: 0 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await read({ offset: -1 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await read({ search: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
    }
  });

  it('runs as many SQL queries for a page of 5 as for a page of 100, searched or not', async () => {
    const count = async (read: typeof roster, v: Record<string, unknown>) => {
      await read(v);
      const r = await read(v);
      expect(r.errors).toBeUndefined();
      return Number(r.headers[SQL_QUERIES_HEADER]);
    };
    const rosterSmall = await count(roster, { first: 5 });
    expect(rosterSmall).toBeGreaterThan(0);
    expect(await count(roster, { first: 100 })).toBe(rosterSmall);
    expect(await count(roster, { first: 100, offset: 50, search: 'learner' })).toBe(rosterSmall);
    const sheetSmall = await count(sheet, { first: 5 });
    expect(sheetSmall).toBeGreaterThan(0);
    expect(await count(sheet, { first: 100 })).toBe(sheetSmall);
    expect(await count(sheet, { first: 100, offset: 50, search: 'learner' })).toBe(sheetSmall);
  });

  it('a coach of another cohort or partner gets neither list (NOT_FOUND); a learner of the cohort is refused (FORBIDDEN)', async () => {
    for (const token of [otherCoach, americasCoach]) {
      expect(codeOf(await roster({}, token))).toBe('NOT_FOUND');
      expect(codeOf(await roster({ search: 'learner' }, token))).toBe('NOT_FOUND');
      expect(codeOf(await sheet({}, token))).toBe('NOT_FOUND');
      expect(codeOf(await sheet({ search: 'learner', first: 100 }, token))).toBe('NOT_FOUND');
    }
    for (const r of [await roster({}, learner), await sheet({}, learner)]) {
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('coachpaged');
    }
  });
});
