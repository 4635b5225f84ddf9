import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type Json, type TestApp } from '../../test/harness.js';
import { partnerIdBySlug } from '../../test/factories.js';
import { Viewer } from '../../auth/viewer.js';
import { Role } from '../../common/role.js';
import { GradebookService } from '../gradebook.service.js';

const BOOK = `query($c: ID!, $first: Int) { gradebook(cohortId: $c, first: $first) {
  total summary { learners awaiting drafts missing late passed possible }
  rows { enrolmentId enrolmentStatus cells { week state overdue late verdict dueAt } } } }`;

/** The counts as the rows of a one-page gradebook say them (the learners not withdrawn). */
function countsOfRows(rows: Json[]) {
  const current = rows.filter((r) => r.enrolmentStatus !== 'WITHDRAWN');
  const cells = current.flatMap((r) => r.cells as Json[]);
  return {
    learners: current.length,
    awaiting: cells.filter((c) => c.state === 'SUBMITTED').length,
    drafts: cells.filter((c) => c.state === 'DRAFT').length,
    missing: cells.filter((c) => c.overdue).length,
    late: cells.filter((c) => c.late).length,
    passed: cells.filter((c) => c.state === 'RELEASED' && c.verdict === 'PASS').length,
    possible: cells.length,
  };
}

describe('the gradebook’s whole-cohort counts are kept between requests and never go stale', () => {
  let t: TestApp;
  let admin: string;
  let cohortId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('partner@beacon.test');
    [{ id: cohortId }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE name LIKE 'COIM Johannesburg%' AND status = 'RUNNING'`);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const book = async () => {
    const r = await t.gql(BOOK, { c: cohortId, first: 100 }, { token: admin });
    expect(r.errors).toBeUndefined();
    return r.data!.gradebook;
  };
  const stored = async () =>
    (await t.beacon.db.query(
      `SELECT learners, awaiting, drafts, missing, late, passed, possible FROM cohort_gradebook WHERE cohort_id = $1`,
      [cohortId],
    )) as Json[];

  it('are worked out once, stored, and read back the same while nothing changes', async () => {
    await t.beacon.db.query(`DELETE FROM cohort_gradebook`);
    const first = await book();
    expect(first.summary).toEqual(countsOfRows(first.rows));
    expect(first.summary.learners).toBeGreaterThan(0);
    expect(await stored()).toEqual([first.summary]);
    const again = await book();
    expect(again.summary).toEqual(first.summary);
  });

  it('a withdrawal, a submission and a released review each show on the very next page', async () => {
    const before = await book();
    const active = before.rows.find((r: Json) => r.enrolmentStatus === 'ACTIVE' && r.cells.some((c: Json) => c.state === 'NOT_SUBMITTED'))!;
    await t.beacon.db.query(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [active.enrolmentId]);
    expect(await stored()).toEqual([]);
    const withdrawn = await book();
    expect(withdrawn.summary.learners).toBe(before.summary.learners - 1);
    expect(withdrawn.summary).toEqual(countsOfRows(withdrawn.rows));

    await t.beacon.db.query(`UPDATE enrolment SET status = 'ACTIVE', withdrawn_at = NULL WHERE id = $1`, [active.enrolmentId]);
    const back = await book();
    expect(back.summary).toEqual(before.summary);

    // the learner hands in an open week's work: one more awaiting review
    const week = active.cells.find((c: Json) => c.state === 'NOT_SUBMITTED').week;
    await t.beacon.db.query(
      `INSERT INTO submission (enrolment_id, cohort_id, week, version, assignment_id, body, due_at, late, submitted_at)
       SELECT $1, c.id, $2, 1, m->'assignment'->>'id', 'My work', now() + interval '1 day', false, now()
         FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id, jsonb_array_elements(v.definition->'modules') m
        WHERE c.id = $3 AND (m->>'week')::int = $2`,
      [active.enrolmentId, week, cohortId],
    );
    const submitted = await book();
    expect(submitted.summary.awaiting).toBe(before.summary.awaiting + 1);
    expect(submitted.summary).toEqual(countsOfRows(submitted.rows));

    // a coach's draft review, then released with a pass
    const [{ id: submissionId }] = await t.beacon.db.query(`SELECT id FROM submission WHERE enrolment_id = $1 AND week = $2`, [
      active.enrolmentId,
      week,
    ]);
    const [{ user_id: coach }] = await t.beacon.db.query(`SELECT user_id FROM cohort_coach WHERE cohort_id = $1 LIMIT 1`, [cohortId]);
    await t.beacon.db.query(
      `INSERT INTO review (submission_id, state, verdict, scores, total, pass_mark, feedback, created_by_id, updated_by_id)
       VALUES ($1, 'DRAFT', 'PASS', '[]', 10, 5, 'Good', $2, $2)`,
      [submissionId, coach],
    );
    const drafted = await book();
    expect([drafted.summary.awaiting, drafted.summary.drafts]).toEqual([before.summary.awaiting, before.summary.drafts + 1]);
    await t.beacon.db.query(`UPDATE review SET state = 'RELEASED', released_at = now() WHERE submission_id = $1`, [submissionId]);
    const released = await book();
    expect([released.summary.drafts, released.summary.passed]).toEqual([before.summary.drafts, before.summary.passed + 1]);
    expect(released.summary).toEqual(countsOfRows(released.rows));
  });

  it('“missing” moves with the clock: counts stored before a due point are not used after it', async () => {
    const gradebooks = t.beacon.app.get(GradebookService);
    const [{ user_id, email }] = await t.beacon.db.query(
      `SELECT u.id AS user_id, u.email FROM "user" u WHERE u.email = 'partner@beacon.test'`,
    );
    const viewer = new Viewer(
      user_id,
      email,
      [{ role: Role.PARTNER_ADMIN, partnerId: await partnerIdBySlug(t.beacon.db, 'africa') }],
      'test',
    );
    const now = new Date();
    const page = { first: 100, offset: 0 };
    await t.beacon.db.query(`DELETE FROM cohort_gradebook`);
    const today = await gradebooks.gradebook(viewer, cohortId, page, now);
    const [{ expires_at }] = await t.beacon.db.query(`SELECT expires_at FROM cohort_gradebook WHERE cohort_id = $1`, [cohortId]);
    expect(expires_at).not.toBeNull();
    // the next due point of some learner who has not submitted for it
    const due = today.rows.flatMap((r) => r.cells).find((c) => c.state === 'NOT_SUBMITTED' && c.dueAt.getTime() >= now.getTime());
    expect(due).toBeDefined();
    expect(new Date(expires_at).getTime()).toBeLessThanOrEqual(due!.dueAt.getTime());

    const after = new Date(new Date(expires_at).getTime() + 1000);
    const later = await gradebooks.gradebook(viewer, cohortId, page, after);
    expect(later.summary.missing).toBeGreaterThan(today.summary.missing);
    const overdue = later.rows.flatMap((r) => (r.enrolmentStatus === 'WITHDRAWN' ? [] : r.cells)).filter((c) => c.overdue).length;
    expect(later.summary.missing).toBe(overdue);
    // and an earlier instant never reads counts worked out for a later one
    expect((await gradebooks.gradebook(viewer, cohortId, page, now)).summary).toEqual(today.summary);
  });

  it('counts worked out while a change of the cohort is in flight are not stored (that change would be lost)', async () => {
    await t.beacon.db.query(`DELETE FROM cohort_gradebook`);
    const before = await book();
    await t.beacon.db.query(`DELETE FROM cohort_gradebook`);
    const active = before.rows.find((r: Json) => r.enrolmentStatus === 'ACTIVE')!;
    const writer = new pg.Client({ connectionString: (t.beacon.db.options as { url: string }).url });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [active.enrolmentId]);
      // the writer has not committed: the page shows the counts without its change, and stores none
      expect((await book()).summary).toEqual(before.summary);
      expect(await stored()).toEqual([]);
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    const after = await book();
    expect(after.summary.learners).toBe(before.summary.learners - 1);
    await t.beacon.db.query(`UPDATE enrolment SET status = 'ACTIVE', withdrawn_at = NULL WHERE id = $1`, [active.enrolmentId]);
  });
});
