import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type Json, type TestApp } from '../../test/harness.js';
import { enrolmentOf, QUEUE, runningCohortId } from './grading-fixtures.js';

/**
 * The grading queue and the gradebook read three columns the database keeps on each submission
 * (migration 1764700000000): its cohort, whether it is its learner's latest version of the week,
 * and its review's state. Whatever writes the rows — the API, a job, SQL by hand — they stay true.
 */
describe('the database keeps each submission’s cohort, latest flag and review state true', () => {
  let t: TestApp;
  let cohortId: string;
  let enrolmentId: string;
  const sql = <T = Json>(q: string, params: unknown[] = []): Promise<T[]> => t.beacon.db.query(q, params);
  const versionsOf = (week: number) =>
    sql<{ version: number; latest: boolean; cohort_id: string; review_state: string | null }>(
      `SELECT version, latest, cohort_id, review_state FROM submission WHERE enrolment_id = $1 AND week = $2 ORDER BY version`,
      [enrolmentId, week],
    );
  const insert = (week: number, version: number, cohort: string | null = null) =>
    sql<{ id: string }>(
      `INSERT INTO submission (enrolment_id, week, version, assignment_id, body, submitted_at, due_at, late, cohort_id)
       VALUES ($1, $2, $3, 'a', 'answer', now(), now() + interval '1 day', false, $4) RETURNING id`,
      [enrolmentId, week, version, cohort],
    ).then((r) => r[0].id);

  beforeAll(async () => {
    t = await startTestApp();
    cohortId = await runningCohortId(t.beacon.db);
    // a learner of the running cohort with nothing submitted for week 5 (not open yet: only SQL writes there)
    enrolmentId = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
  }, 60_000);
  afterAll(() => t?.close());

  it('marks a new version latest and the one before it not, and takes the cohort from the enrolment whatever is written', async () => {
    const [other] = await sql<{ id: string }>(`SELECT id FROM cohort WHERE id <> $1 LIMIT 1`, [cohortId]);
    await insert(5, 1, other.id);
    await insert(5, 2);
    expect(await versionsOf(5)).toEqual([
      { version: 1, latest: false, cohort_id: cohortId, review_state: null },
      { version: 2, latest: true, cohort_id: cohortId, review_state: null },
    ]);
    // moving a submission to another cohort by hand is put right too
    await sql(`UPDATE submission SET cohort_id = $1 WHERE enrolment_id = $2 AND week = 5`, [other.id, enrolmentId]);
    expect((await versionsOf(5)).map((v) => v.cohort_id)).toEqual([cohortId, cohortId]);
  });

  it('refuses two latest versions of one week', async () => {
    await expect(sql(`UPDATE submission SET latest = true WHERE enrolment_id = $1 AND week = 5`, [enrolmentId])).rejects.toMatchObject({
      constraint: 'submission_one_latest',
    });
  });

  it('copies the review’s state on every change, and forgets it when the review goes', async () => {
    const [v2] = await sql<{ id: string }>(`SELECT id FROM submission WHERE enrolment_id = $1 AND week = 5 AND version = 2`, [enrolmentId]);
    const [review] = await sql<{ id: string }>(
      `INSERT INTO review (submission_id, verdict, scores, total, pass_mark) VALUES ($1, 'REVISE', '[]', 3, 6) RETURNING id`,
      [v2.id],
    );
    expect((await versionsOf(5))[1].review_state).toBe('DRAFT');
    await sql(`UPDATE review SET state = 'RELEASED', released_at = now() WHERE id = $1`, [review.id]);
    expect((await versionsOf(5))[1].review_state).toBe('RELEASED');
    await sql(`DELETE FROM review WHERE id = $1`, [review.id]);
    expect((await versionsOf(5))[1].review_state).toBeNull();
  });

  it('makes the version before a deleted latest one the latest again', async () => {
    await sql(`DELETE FROM submission WHERE enrolment_id = $1 AND week = 5 AND version = 2`, [enrolmentId]);
    expect(await versionsOf(5)).toEqual([{ version: 1, latest: true, cohort_id: cohortId, review_state: null }]);
  });

  it('shows the coach only the latest version, in the state its review is in, and drops a withdrawn learner’s work', async () => {
    const coach = await t.login('coach@beacon.test');
    const queue = async (state?: string) => {
      const r = await t.gql(QUEUE, { f: { cohortId, week: 5, ...(state ? { state } : {}) }, first: 50 }, { token: coach });
      expect(codeOf(r)).toBeUndefined();
      return r.data!.gradingQueue as { total: number; items: { version: number; state: string; learner: { email: string } }[] };
    };
    const v2 = await insert(5, 2);
    expect((await queue()).items.map((i) => [i.learner.email, i.version, i.state])).toEqual([['learner@beacon.test', 2, 'SUBMITTED']]);
    await sql(`INSERT INTO review (submission_id, verdict, scores, total, pass_mark) VALUES ($1, 'PASS', '[]', 8, 6)`, [v2]);
    expect((await queue('SUBMITTED')).total).toBe(0);
    expect((await queue('DRAFT')).items.map((i) => i.version)).toEqual([2]);
    await sql(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [enrolmentId]);
    expect((await queue()).total).toBe(0);
  });
});
