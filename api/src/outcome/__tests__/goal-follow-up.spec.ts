import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { enrolLearner, makeCohort, makeUser, partnerIdBySlug } from '../../test/factories.js';
import { FollowUpEmailsService } from '../jobs/follow-up-emails.service.js';

const SHOW = `query($t: String!) { goalFollowUp(token: $t) { firstName cohortName statement measure baseline target byDate expiresAt reached currentValue note recordedAt } }`;
const RECORD = `mutation($t: String!, $i: GoalFollowUpInput!) { recordGoalFollowUp(token: $t, input: $i) { reached currentValue note recordedAt } }`;
const GOAL = `query($e: ID!) { enrolmentGoal(enrolmentId: $e) { checkIns { kind reached currentValue note } } }`;
const DAY = 86_400_000;

/**
 * The 90-day follow-up: a graduate of a cohort that ended three months ago gets one email,
 * whatever the job's retries, and records the follow-up from its link without logging in.
 */
describe('the 90-day goal follow-up: one email per learner with a goal, and a link that records the answer', () => {
  let t: TestApp;
  let jobs: FollowUpEmailsService;
  const now = new Date();
  const ids: Record<string, string> = {};

  const outbox = async (enrolmentId: string): Promise<{ to_email: string; subject: string; body: string }[]> =>
    t.beacon.db.query(`SELECT to_email, subject, body FROM outbox_message WHERE kind = 'goal-follow-up' AND dedupe_key = $1`, [
      `goal-follow-up:${enrolmentId}`,
    ]);
  const tokenOf = async (enrolmentId: string) => /\/goal-follow-up\/([A-Za-z0-9_-]+)/.exec((await outbox(enrolmentId))[0].body)![1];

  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.beacon.app.get(FollowUpEmailsService);
    const db = t.beacon.db;
    const partnerId = await partnerIdBySlug(db, 'africa');
    const [{ id: versionId }] = await db.query(
      `SELECT v.id FROM programme_version v JOIN programme p ON p.id = v.programme_id WHERE p.code = 'COIM' ORDER BY v.version LIMIT 1`,
    );
    // a seven-week cohort that ended `endedDaysAgo` days ago, in UTC
    const cohort = async (name: string, endedDaysAgo: number) =>
      (
        await makeCohort(db, {
          partnerId,
          programmeVersionId: versionId,
          name,
          startDate: DateTime.utc()
            .startOf('day')
            .minus({ days: 49 + endedDaysAgo })
            .toISODate()!,
          timeZone: 'UTC',
          status: 'COMPLETED',
        })
      ).cohort.id;
    const due = await cohort('Follow-up due', 91);
    const early = await cohort('Ended 80 days ago', 80);
    const old = await cohort('Ended long ago', 200);
    const learner = async (key: string, cohortId: string, status: 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN', goal: string | null) => {
      const u = await makeUser(db, { email: `${key}@follow-up.example.org`, name: `${key[0].toUpperCase()}${key.slice(1)} Person` });
      const e = await enrolLearner(db, cohortId, u.id, status);
      if (goal)
        await db.query(
          `UPDATE enrolment SET outcome_goal = $2, goal_measure = 'repeat calls per week', goal_baseline = 1200, goal_target = 960 WHERE id = $1`,
          [e.id, goal],
        );
      ids[key] = e.id;
      return u;
    };
    await learner('graduate', due, 'COMPLETED', 'Cut repeat calls by a fifth');
    await learner('active', due, 'ACTIVE', 'Map the top ten customer journeys');
    await learner('nogoal', due, 'COMPLETED', null);
    await learner('withdrawn', due, 'WITHDRAWN', 'Left before the end');
    const quiet = await learner('quiet', due, 'COMPLETED', 'Run a customer panel');
    await db.query(`UPDATE "user" SET notification_opt_outs = '{goalFollowUps}' WHERE id = $1`, [quiet.id]);
    await learner('answered', due, 'COMPLETED', 'Already told us');
    await db.query(`INSERT INTO goal_check_in (enrolment_id, kind, reached) VALUES ($1, 'FOLLOW_UP', 'YES')`, [ids.answered]);
    await learner('early', early, 'COMPLETED', 'Not three months yet');
    await learner('old', old, 'COMPLETED', 'Long ago');
  }, 90_000);
  afterAll(async () => {
    await t?.close();
  });

  it('emails each learner with a goal once, however often and however concurrently the job runs', async () => {
    // a retry beside a late duplicate delivery, then the next day's run
    const runs = await Promise.all([jobs.run(now), jobs.run(now)]);
    const next = await jobs.run(new Date(now.getTime() + DAY));
    expect(next).toEqual({ claimed: 0, emails: 0 });
    for (const key of ['graduate', 'active']) {
      const sent = await outbox(ids[key]);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ to_email: `${key}@follow-up.example.org`, subject: 'Three months on: did you reach your goal?' });
      expect(sent[0].body).toContain(key === 'graduate' ? '“Cut repeat calls by a fifth”' : '“Map the top ten customer journeys”');
      expect(sent[0].body).toContain('Measured by repeat calls per week, from 1,200 to 960.');
    }
    // nobody without a goal, withdrawn, already answered, not yet due or long past
    for (const key of ['nogoal', 'withdrawn', 'answered', 'early', 'old']) expect(await outbox(ids[key])).toEqual([]);
    const claims: { enrolment_id: string; emailed: boolean }[] = await t.beacon.db.query(
      `SELECT enrolment_id, emailed FROM goal_follow_up WHERE enrolment_id = ANY($1::uuid[])`,
      [Object.values(ids)],
    );
    expect(Object.fromEntries(claims.map((c) => [Object.keys(ids).find((k) => ids[k] === c.enrolment_id), c.emailed]))).toEqual({
      graduate: true,
      active: true,
      quiet: false,
    });
    // the two concurrent runs together claimed each enrolment once (the demo's own cohorts may add some)
    expect(runs[0].claimed + runs[1].claimed).toBeGreaterThanOrEqual(3);
    expect(Math.min(runs[0].emails, runs[1].emails)).toBe(0);
  }, 60_000);

  it('respects the learner’s notification settings: claimed, but no email', async () => {
    expect(await outbox(ids.quiet)).toEqual([]);
  });

  it('the database itself refuses a second follow-up for an enrolment', async () => {
    const again = t.beacon.db.query(
      `INSERT INTO goal_follow_up (enrolment_id, token_hash, due_at, emailed, expires_at) VALUES ($1, repeat('a', 64), now(), true, now() + interval '1 day')`,
      [ids.graduate],
    );
    await expect(again).rejects.toMatchObject({ code: '23505' });
  });

  it('the link shows the goal and records the follow-up without logging in; again replaces it', async () => {
    const token = await tokenOf(ids.graduate);
    const shown = await t.gql(SHOW, { t: token });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.goalFollowUp).toMatchObject({
      firstName: 'Graduate',
      cohortName: 'Follow-up due',
      statement: 'Cut repeat calls by a fifth',
      measure: 'repeat calls per week',
      baseline: 1200,
      target: 960,
      reached: null,
    });
    const r = await t.gql(RECORD, { t: token, i: { reached: 'PARTLY', currentValue: 1010, note: 'Most of the way' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordGoalFollowUp).toMatchObject({ reached: 'PARTLY', currentValue: 1010, note: 'Most of the way' });
    const again = await t.gql(RECORD, { t: token, i: { reached: 'YES', currentValue: 950 } });
    expect(again.data!.recordGoalFollowUp).toMatchObject({ reached: 'YES', currentValue: 950, note: '' });
    const rows: { kind: string; reached: string }[] = await t.beacon.db.query(
      `SELECT kind, reached FROM goal_check_in WHERE enrolment_id = $1`,
      [ids.graduate],
    );
    expect(rows).toEqual([{ kind: 'FOLLOW_UP', reached: 'YES' }]);
    const [{ used_at }] = await t.beacon.db.query(`SELECT used_at FROM goal_follow_up WHERE enrolment_id = $1`, [ids.graduate]);
    expect(used_at).not.toBeNull();
    // the coach sees it as any other check-in
    const coach = await t.login('coach@beacon.test');
    const [{ id: coachId }] = await t.beacon.db.query(`SELECT id FROM "user" WHERE email = 'coach@beacon.test'`);
    await t.beacon.db.query(`INSERT INTO cohort_coach (cohort_id, user_id) SELECT cohort_id, $2 FROM enrolment WHERE id = $1`, [
      ids.graduate,
      coachId,
    ]);
    expect((await t.gql(GOAL, { e: ids.graduate }, { token: coach })).data!.enrolmentGoal.checkIns).toEqual([
      { kind: 'FOLLOW_UP', reached: 'YES', currentValue: 950, note: '' },
    ]);
  });

  it('the link is single-purpose: it is not a login, and it reaches no other enrolment', async () => {
    const token = await tokenOf(ids.active);
    expect(codeOf(await t.gql(`{ me { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    await t.gql(RECORD, { t: token, i: { reached: 'NO' } });
    const rows: { enrolment_id: string }[] = await t.beacon.db.query(
      `SELECT enrolment_id FROM goal_check_in WHERE kind = 'FOLLOW_UP' AND reached = 'NO' AND enrolment_id = ANY($1::uuid[])`,
      [Object.values(ids)],
    );
    expect(rows.map((r) => r.enrolment_id)).toEqual([ids.active]);
  });

  it('an unknown, malformed, expired or withdrawn link records nothing, with a clear code', async () => {
    for (const bad of ['', 'short', 'x'.repeat(43), 'y'.repeat(500)]) {
      expect(codeOf(await t.gql(SHOW, { t: bad }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(RECORD, { t: bad, i: { reached: 'YES' } }))).toBe('NOT_FOUND');
    }
    const token = await tokenOf(ids.active);
    await t.beacon.db.query(
      `UPDATE goal_follow_up SET sent_at = now() - interval '70 days', expires_at = now() - interval '1 second' WHERE enrolment_id = $1`,
      [ids.active],
    );
    const expired = await t.gql(RECORD, { t: token, i: { reached: 'YES' } });
    expect(codeOf(expired)).toBe('CONFLICT');
    expect(expired.errors![0].message).toMatch(/expired: log in/);
    await t.beacon.db.query(`UPDATE goal_follow_up SET expires_at = now() + interval '1 day' WHERE enrolment_id = $1`, [ids.active]);
    await t.beacon.db.query(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [ids.active]);
    expect(codeOf(await t.gql(RECORD, { t: token, i: { reached: 'YES' } }))).toBe('NOT_FOUND');
    const [{ reached }] = await t.beacon.db.query(`SELECT reached FROM goal_check_in WHERE enrolment_id = $1 AND kind = 'FOLLOW_UP'`, [
      ids.active,
    ]);
    expect(reached).toBe('NO');
    expect(codeOf(await t.gql(RECORD, { t: await tokenOf(ids.graduate), i: { reached: 'MAYBE' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(RECORD, { t: await tokenOf(ids.graduate), i: { reached: 'YES', note: 'n'.repeat(2001) } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('the follow-up email is a notification setting of its own', async () => {
    const learner = await t.login('learner@beacon.test');
    const off = await t.gql(
      `mutation { updateNotificationSettings(input: { goalFollowUps: false }) { goalFollowUps atRiskAlerts } }`,
      {},
      { token: learner },
    );
    expect(off.data!.updateNotificationSettings).toEqual({ goalFollowUps: false, atRiskAlerts: true });
  });
});
