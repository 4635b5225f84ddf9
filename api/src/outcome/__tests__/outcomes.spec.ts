import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { enrolLearner, makeCohort, makeUser } from '../../test/factories.js';
import { OutcomeAlertsService } from '../jobs/outcome-alerts.service.js';

const MEASURES = `enrolled active withdrawn certified certifiedRate onTimeRate medianDaysToCredential goalReachedRate attendanceRate atRisk`;
const PARTNER = `query($p: ID!) { partnerOutcomes(partnerId: $p) { partnerId partnerName totals { ${MEASURES} } cohorts { cohortId cohortName ended ${MEASURES} } } }`;
const NETWORK = `query($prog: ID, $from: String) { networkOutcomes(programmeId: $prog, from: $from) { partners { partnerId partnerName cohorts ${MEASURES} } median { ${MEASURES} } } }`;
const AT_RISK = `query($c: ID!) { atRiskLearners(cohortId: $c) { enrolmentId learner { name email } reasons credentialReachable summary } }`;
const PATH = `query($e: ID!) { myPathToCredential(enrolmentId: $e) { reachable summary sessionsRemaining sessionsToAttend weeksToPass coachingToHold reasons } }`;
const MESSAGE = `mutation($c: ID!, $e: [ID!]!, $s: String!, $b: String!) { messageLearners(cohortId: $c, enrolmentIds: $e, subject: $s, body: $b) { id recipients } }`;
const MARK = `mutation($id: ID!, $o: BookingOutcome!) { markBookingOutcome(id: $id, outcome: $o) { id outcome held } }`;
const ELIGIBILITY = `query($e: ID!) { eligibility(enrolmentId: $e) { facts { kind met detail } } }`;
const GOAL = `query($e: ID!) { enrolmentGoal(enrolmentId: $e) { statement measure baseline target byDate checkInsOpen checkIns { kind reached currentValue coachConfirmedAt coachComment } } }`;

const DAY = 86_400_000;

describe('outcomes: measured on hand-built cohorts, at risk in the demo, alerted once', () => {
  let t: TestApp;
  let admin: string, partner: string, americas: string, coach: string, learner: string;
  let africaId: string, americasId: string, runningId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, partner, americas, coach, learner] = await Promise.all(
      ['admin', 'partner', 'partner.americas', 'coach', 'learner'].map((n) => t.login(`${n}@beacon.test`)),
    );
    const ids: { id: string; slug: string }[] = await t.beacon.db.query(`SELECT id, slug FROM partner`);
    africaId = ids.find((p) => p.slug === 'africa')!.id;
    americasId = ids.find((p) => p.slug === 'americas')!.id;
    [{ id: runningId }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE name LIKE 'COIM Johannesburg%'`);
  }, 90_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('every measure on a hand-built partner', () => {
    let partnerId: string;
    let endedId: string, noGraduatesId: string, runningNoneId: string;

    beforeAll(async () => {
      const db = t.beacon.db;
      [{ id: partnerId }] = await db.query(
        `INSERT INTO partner (name, slug, region, time_zone) VALUES ('Measured Partner', 'measured', 'Test', 'UTC') RETURNING id`,
      );
      const [{ id: versionId }] = await db.query(
        `SELECT v.id FROM programme_version v JOIN programme p ON p.id = v.programme_id WHERE p.code = 'COIM' ORDER BY v.version LIMIT 1`,
      );
      const [{ kid }] = await db.query(`SELECT kid FROM issuer_key LIMIT 1`);
      // ended: started 70 days ago (a Monday in UTC), seven weeks long, so it ended 21 days ago
      const start = DateTime.utc().startOf('day').minus({ days: 70 });
      const startDate = start.toISODate()!;
      const endsAt = start.plus({ weeks: 7 });
      const ended = (
        await makeCohort(db, {
          partnerId,
          programmeVersionId: versionId,
          name: 'Ended cohort',
          startDate,
          timeZone: 'UTC',
          status: 'COMPLETED',
        })
      ).cohort;
      endedId = ended.id;
      const person = (n: string) => makeUser(db, { email: `${n}@measured.example.org` });
      const credential = async (e: { id: string; userId: string }, issuedAt: Date) =>
        db.query(
          `INSERT INTO credential (enrolment_id, user_id, cohort_id, partner_id, kid, jwt, payload, evidence, issued_at, status_index)
           VALUES ($1, $2, $3, $4, $5, 'x', '{}', '[]', $6, (SELECT coalesce(max(status_index), 0) + 1 FROM credential))`,
          [e.id, e.userId, ended.id, partnerId, kid, issuedAt],
        );
      const onTime = await enrolLearner(db, ended.id, (await person('on-time')).id, 'COMPLETED');
      const late = await enrolLearner(db, ended.id, (await person('late')).id, 'COMPLETED');
      await enrolLearner(db, ended.id, (await person('not-certified')).id, 'COMPLETED');
      const earlyQuit = await enrolLearner(db, ended.id, (await person('week-one-quitter')).id, 'WITHDRAWN');
      const laterQuit = await enrolLearner(db, ended.id, (await person('week-three-quitter')).id, 'WITHDRAWN');
      await enrolLearner(db, ended.id, (await person('only-invited')).id, 'INVITED');
      await db.query(`UPDATE enrolment SET withdrawn_at = $2 WHERE id = $1`, [earlyQuit.id, start.plus({ days: 3 }).toJSDate()]);
      await db.query(`UPDATE enrolment SET withdrawn_at = $2 WHERE id = $1`, [laterQuit.id, start.plus({ days: 17 }).toJSDate()]);
      // on time: the day before the end (48 days in); late: 20 days after the end, beyond the 14-day grace (69 days in)
      await credential(onTime, endsAt.minus({ days: 1 }).toJSDate());
      await credential(late, endsAt.plus({ days: 20 }).toJSDate());
      // goals: on time reached at the end; late said yes mid-way but no at the end (the latest counts)
      await db.query(
        `INSERT INTO goal_check_in (enrolment_id, kind, reached) VALUES ($1, 'END', 'YES'), ($2, 'MID', 'YES'), ($2, 'END', 'NO')`,
        [onTime.id, late.id],
      );

      const noGrads = (
        await makeCohort(db, {
          partnerId,
          programmeVersionId: versionId,
          name: 'No graduates',
          startDate: start.minus({ days: 7 }).toISODate()!,
          timeZone: 'UTC',
          status: 'COMPLETED',
        })
      ).cohort;
      noGraduatesId = noGrads.id;
      await enrolLearner(db, noGrads.id, (await person('no-grad-1')).id, 'COMPLETED');
      await enrolLearner(db, noGrads.id, (await person('no-grad-2')).id, 'COMPLETED');

      const running = (
        await makeCohort(db, {
          partnerId,
          programmeVersionId: versionId,
          name: 'Running, nobody certified yet',
          startDate: DateTime.utc().minus({ days: 10 }).toISODate()!,
          timeZone: 'UTC',
          status: 'RUNNING',
        })
      ).cohort;
      runningNoneId = running.id;
      await enrolLearner(db, running.id, (await person('runner')).id, 'ACTIVE');
    }, 60_000);

    it('certified, on-time and median days count what DESIGN.md says, rates as fractions', async () => {
      const r = await t.gql(PARTNER, { p: partnerId }, { token: admin });
      expect(r.errors).toBeUndefined();
      const ended = r.data!.partnerOutcomes.cohorts.find((c: Json) => c.cohortId === endedId);
      expect(ended).toMatchObject({
        ended: true,
        // invited ones are not enrolled yet; withdrawn ones are
        enrolled: 5,
        withdrawn: 2,
        certified: 2,
        // 2 credentials ÷ 4 (the week-one quitter is left out, the week-three one is not)
        certifiedRate: 0.5,
        onTimeRate: 0.5,
        medianDaysToCredential: 58.5,
        // latest check-ins: YES and NO
        goalReachedRate: 0.5,
        atRisk: null,
      });
    });

    it('a cohort with no graduates: 0 % certified once ended, and no on-time rate or median (null, not 0)', async () => {
      const r = await t.gql(PARTNER, { p: partnerId }, { token: admin });
      const none = r.data!.partnerOutcomes.cohorts.find((c: Json) => c.cohortId === noGraduatesId);
      expect(none).toMatchObject({
        ended: true,
        enrolled: 2,
        certified: 0,
        certifiedRate: 0,
        onTimeRate: null,
        medianDaysToCredential: null,
        goalReachedRate: null,
        attendanceRate: null,
      });
    });

    it('a running cohort has no certification or on-time rate yet: null', async () => {
      const r = await t.gql(PARTNER, { p: partnerId }, { token: admin });
      const running = r.data!.partnerOutcomes.cohorts.find((c: Json) => c.cohortId === runningNoneId);
      expect(running).toMatchObject({
        ended: false,
        enrolled: 1,
        active: 1,
        certifiedRate: null,
        onTimeRate: null,
        medianDaysToCredential: null,
        goalReachedRate: null,
      });
      // in week 2 with nothing submitted, nothing attended: at risk
      expect(running.atRisk).toBe(1);
    });

    it('totals pool the learners (not an average of cohort rates), oldest cohort first', async () => {
      const r = await t.gql(PARTNER, { p: partnerId }, { token: admin });
      const o = r.data!.partnerOutcomes;
      expect(o.cohorts.map((c: Json) => c.cohortId)).toEqual([noGraduatesId, endedId, runningNoneId]);
      // ended cohorts only: 2 credentials ÷ (4 + 2)
      expect(o.totals).toMatchObject({
        enrolled: 8,
        certified: 2,
        onTimeRate: 0.5,
        medianDaysToCredential: 58.5,
        goalReachedRate: 0.5,
        atRisk: 1,
      });
      expect(o.totals.certifiedRate).toBeCloseTo(2 / 6, 10);
    });

    it('the network view puts the partner beside the others, with the median of each measure', async () => {
      const r = await t.gql(NETWORK, {}, { token: admin });
      expect(r.errors).toBeUndefined();
      const n = r.data!.networkOutcomes;
      const mine = n.partners.find((p: Json) => p.partnerId === partnerId);
      expect(mine).toMatchObject({ partnerName: 'Measured Partner', cohorts: 3, certified: 2, onTimeRate: 0.5 });
      const rates = n.partners
        .map((p: Json) => p.certifiedRate)
        .filter((v: number | null) => v !== null)
        .sort();
      const mid = rates.length % 2 ? rates[(rates.length - 1) / 2] : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
      expect(n.median.certifiedRate).toBeCloseTo(mid, 10);
      // a period that starts after every cohort of this partner leaves it without data: nulls and zeros
      const later = await t.gql(NETWORK, { from: DateTime.utc().plus({ days: 1 }).toISODate() }, { token: admin });
      expect(later.data!.networkOutcomes.partners.find((p: Json) => p.partnerId === partnerId)).toMatchObject({
        cohorts: 0,
        enrolled: 0,
        certifiedRate: null,
        atRisk: null,
      });
    });
  });

  describe('tenancy', () => {
    it('a partner admin sees their own partner’s outcomes; another partner’s id is NOT_FOUND', async () => {
      const own = await t.gql(PARTNER, { p: africaId }, { token: partner });
      expect(own.errors).toBeUndefined();
      expect(own.data!.partnerOutcomes.partnerName).toBe('Outside-In Africa');
      expect(codeOf(await t.gql(PARTNER, { p: americasId }, { token: partner }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(PARTNER, { p: africaId }, { token: americas }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(PARTNER, { p: 'not-an-id' }, { token: partner }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(PARTNER, { p: africaId }, { token: learner }))).toBe('FORBIDDEN');
    });

    it('the network view is the certifying body’s only', async () => {
      expect(codeOf(await t.gql(NETWORK, {}, { token: partner }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(NETWORK, { from: 'yesterday' }, { token: admin }))).toBe('BAD_USER_INPUT');
    });

    it('the at-risk list is for the cohort’s coaches and partner admins, not another partner’s', async () => {
      expect((await t.gql(AT_RISK, { c: runningId }, { token: coach })).errors).toBeUndefined();
      expect(codeOf(await t.gql(AT_RISK, { c: runningId }, { token: americas }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(AT_RISK, { c: runningId }, { token: learner }))).toBe('FORBIDDEN');
    });
  });

  describe('the demo’s running cohort', () => {
    it('has learners at risk for different reasons, each with a plain path', async () => {
      const r = await t.gql(AT_RISK, { c: runningId }, { token: coach });
      const list = r.data!.atRiskLearners as { learner: { email: string }; reasons: string[]; summary: string }[];
      const reasons = new Set(list.flatMap((l) => l.reasons));
      for (const reason of ['OVERDUE_ASSIGNMENT', 'REVISION_PENDING', 'ATTENDANCE_TREND', 'NO_COACHING_BOOKED'])
        expect(reasons).toContain(reason);
      expect(list.length).toBeGreaterThanOrEqual(4);
      expect(list.find((l) => l.learner.email === 'fatima.bello@example.org')!.reasons).toContain('REVISION_PENDING');
      expect(list.find((l) => l.learner.email === 'tendai.moyo@example.org')!.reasons).toEqual(
        expect.arrayContaining(['ATTENDANCE_TREND', 'NO_COACHING_BOOKED']),
      );
      // the learner on track is not listed
      expect(list.some((l) => l.learner.email === 'ama.owusu@example.org')).toBe(false);
    });

    it('gives each learner at risk their path as numbers and weeks, so the web can write it in the reader’s language', async () => {
      const r = await t.gql(
        `query($c: ID!) { atRiskLearners(cohortId: $c) { enrolmentId summary credentialReachable path { enrolmentId reachable sessionsRemaining sessionsToAttend weeksToPass weeksLost coachingToHold coachingBooked reasons } } }`,
        { c: runningId },
        { token: coach },
      );
      expect(r.errors).toBeUndefined();
      const list = r.data!.atRiskLearners as {
        enrolmentId: string;
        credentialReachable: boolean;
        path: { enrolmentId: string; reachable: boolean; weeksToPass: number[]; sessionsToAttend: number };
      }[];
      for (const l of list) {
        expect(l.path.enrolmentId).toBe(l.enrolmentId);
        expect(l.path.reachable).toBe(l.credentialReachable);
      }
      // the same figures as the learner's own path
      const one = list[0];
      const own = (
        await t.gql(
          `query($e: ID!) { myPathToCredential(enrolmentId: $e) { reachable sessionsRemaining sessionsToAttend weeksToPass weeksLost coachingToHold coachingBooked reasons } }`,
          { e: one.enrolmentId },
          { token: coach },
        )
      ).data!.myPathToCredential;
      expect(one.path).toMatchObject(own);
    });

    it('the partner home has content on every dashboard: at risk now, certified and late graduates before', async () => {
      const o = (await t.gql(PARTNER, { p: africaId }, { token: partner })).data!.partnerOutcomes;
      const running = o.cohorts.find((c: Json) => c.cohortId === runningId);
      expect(running.atRisk).toBeGreaterThanOrEqual(4);
      expect(running.certifiedRate).toBeNull();
      expect(o.totals.certified).toBeGreaterThanOrEqual(5);
      expect(o.totals.onTimeRate).toBeGreaterThan(0);
      expect(o.totals.onTimeRate).toBeLessThan(1);
      expect(o.totals.goalReachedRate).toBeGreaterThan(0);
    });

    it('tells the learner what is still needed, in a sentence', async () => {
      const [{ id }] = await t.beacon.db.query(
        `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = 'learner@beacon.test' AND e.cohort_id = $1`,
        [runningId],
      );
      const r = await t.gql(PATH, { e: id }, { token: learner });
      expect(r.errors).toBeUndefined();
      expect(r.data!.myPathToCredential).toMatchObject({ reachable: true, weeksToPass: [2, 3, 4, 5, 6, 7] });
      expect(r.data!.myPathToCredential.summary).toMatch(
        /^Still reachable: attend \d+ of the \d+ remaining sessions, pass weeks 2–7 and hold 1 coaching session \(1 booked\)\.$/,
      );
      // another partner's admin cannot read it
      expect(codeOf(await t.gql(PATH, { e: id }, { token: americas }))).toBe('NOT_FOUND');
    });
  });

  describe('the at-risk roll-up behind the dashboards', () => {
    const runningAtRisk = async () => {
      const o = (await t.gql(PARTNER, { p: africaId }, { token: partner })).data!.partnerOutcomes;
      return o.cohorts.find((c: Json) => c.cohortId === runningId).atRisk as number;
    };
    const snapshot = async () =>
      (await t.beacon.db.query(`SELECT at_risk, assessed FROM cohort_risk WHERE cohort_id = $1`, [runningId]))[0] as
        { at_risk: number; assessed: number } | undefined;

    it('counts a learner who just fell behind at once, and answers from the roll-up while nothing changes', async () => {
      const db = t.beacon.db;
      const before = await runningAtRisk();
      expect(await snapshot()).toMatchObject({ at_risk: before });
      // a learner enrolled today has missed every session so far and booked no coaching: at risk
      const late = await makeUser(db, { email: 'late.joiner@africa.example.org', name: 'Late Joiner' });
      const enrolment = await enrolLearner(db, runningId, late.id);
      try {
        expect(await snapshot()).toBeUndefined(); // the enrolment's trigger dropped the cohort's snapshot
        expect(await runningAtRisk()).toBe(before + 1);
        expect(await snapshot()).toMatchObject({ at_risk: before + 1 });
        // while no input changes, the count comes from the roll-up (here altered behind its back)...
        await db.query(`UPDATE cohort_risk SET at_risk = 0, learners = '[]' WHERE cohort_id = $1`, [runningId]);
        expect(await runningAtRisk()).toBe(0);
        // ...for five minutes at most: risk also moves with the clock
        await db.query(`UPDATE cohort_risk SET computed_at = now() - interval '6 minutes' WHERE cohort_id = $1`, [runningId]);
        expect(await runningAtRisk()).toBe(before + 1);
        // the cohort page's at-risk list and the dashboard's count come from the same snapshot
        const list = async () =>
          (await t.gql(AT_RISK, { c: runningId }, { token: coach })).data!.atRiskLearners as { learner: { email: string } }[];
        expect((await list()).map((l) => l.learner.email)).toContain('late.joiner@africa.example.org');
        await db.query(`UPDATE cohort_risk SET at_risk = 0, learners = '[]' WHERE cohort_id = $1`, [runningId]);
        expect(await list()).toEqual([]);
        expect(await runningAtRisk()).toBe(0);
        await db.query(`UPDATE cohort_risk SET computed_at = now() - interval '6 minutes' WHERE cohort_id = $1`, [runningId]);
        expect(await list()).toHaveLength(before + 1);
        expect(await runningAtRisk()).toBe(before + 1);
      } finally {
        await db.query(`DELETE FROM enrolment WHERE id = $1`, [enrolment.id]);
      }
      expect(await runningAtRisk()).toBe(before);
    });

    it('each cohort’s measures come from the cohort_outcome roll-up, dropped when an enrolment or the grace period changes', async () => {
      const db = t.beacon.db;
      const totals = async () =>
        (await t.gql(PARTNER, { p: africaId }, { token: partner })).data!.partnerOutcomes.totals as { enrolled: number; certified: number };
      const before = await totals();
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM cohort_outcome o JOIN cohort c ON c.id = o.cohort_id WHERE c.partner_id = $1`,
        [africaId],
      );
      expect(n).toBeGreaterThan(0);
      // read from the roll-up while nothing changes (altered here behind its back)
      await db.query(`UPDATE cohort_outcome SET enrolled = enrolled + 100, active = active WHERE cohort_id = $1`, [runningId]);
      expect((await totals()).enrolled).toBe(before.enrolled + 100);
      // a new learner drops the cohort's row: counted at once, and the roll-up holds the truth again
      const newcomer = await makeUser(db, { email: 'newcomer@africa.example.org', name: 'New Comer' });
      const enrolment = await enrolLearner(db, runningId, newcomer.id);
      try {
        expect((await totals()).enrolled).toBe(before.enrolled + 1);
      } finally {
        await db.query(`DELETE FROM enrolment WHERE id = $1`, [enrolment.id]);
      }
      expect(await totals()).toEqual(before);
      // the grace period decides which credentials were on time: every cohort of the programme is measured again
      await db.query(`UPDATE programme SET grace_period_days = grace_period_days WHERE code = 'COIM'`);
      const [{ left }] = await db.query(
        `SELECT count(*)::int AS left FROM cohort_outcome o JOIN cohort c ON c.id = o.cohort_id JOIN programme_version v ON v.id = c.programme_version_id JOIN programme p ON p.id = v.programme_id WHERE p.code = 'COIM'`,
      );
      expect(left).toBe(0);
      expect(await totals()).toEqual(before);
    });

    it('a mark on the attendance sheet, a coach’s review or a booking drops the cohort’s snapshot', async () => {
      const db = t.beacon.db;
      await runningAtRisk();
      const [row] = await db.query(
        `SELECT a.live_session_id, a.enrolment_id, a.status FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.cohort_id = $1 LIMIT 1`,
        [runningId],
      );
      await db.query(`UPDATE attendance SET status = status WHERE live_session_id = $1 AND enrolment_id = $2`, [
        row.live_session_id,
        row.enrolment_id,
      ]);
      expect(await snapshot()).toBeUndefined();
      await runningAtRisk();
      // a coach's draft review (released ones never change)
      const [review] = await db.query(
        `SELECT r.id FROM review r JOIN submission s ON s.id = r.submission_id JOIN enrolment e ON e.id = s.enrolment_id WHERE e.cohort_id = $1 AND r.state <> 'RELEASED' LIMIT 1`,
        [runningId],
      );
      await db.query(`UPDATE review SET updated_at = now() WHERE id = $1`, [review.id]);
      expect(await snapshot()).toBeUndefined();
      await runningAtRisk();
      const [booking] = await db.query(`SELECT id FROM booking WHERE cohort_id = $1 LIMIT 1`, [runningId]);
      await db.query(`UPDATE booking SET updated_at = updated_at WHERE id = $1`, [booking.id]);
      expect(await snapshot()).toBeUndefined();
    });

    it('a learner at risk who changes their name on the account page is listed under the new name at once', async () => {
      const db = t.beacon.db;
      const list = async () =>
        (await t.gql(AT_RISK, { c: runningId }, { token: coach })).data!.atRiskLearners as { learner: { name: string; email: string } }[];
      const late = await makeUser(db, { email: 'renamed.learner@africa.example.org', name: 'Before Rename' });
      const enrolment = await enrolLearner(db, runningId, late.id);
      try {
        const nameOf = async () => (await list()).find((l) => l.learner.email === late.email)?.learner.name;
        expect(await nameOf()).toBe('Before Rename');
        expect(await snapshot()).toBeDefined();
        // a change of time zone leaves the cohort's snapshot alone
        await db.query(`UPDATE "user" SET time_zone = 'Africa/Cairo' WHERE id = $1`, [late.id]);
        expect(await snapshot()).toBeDefined();
        // the demo password, so that they can log in and use the account page's mutation
        await db.query(
          `UPDATE "user" SET password_hash = (SELECT password_hash FROM "user" WHERE email = 'learner@beacon.test') WHERE id = $1`,
          [late.id],
        );
        expect(await snapshot()).toBeDefined();
        const token = await t.login(late.email);
        const renamed = await t.gql(
          `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { name } }`,
          { i: { name: 'After Rename' } },
          { token },
        );
        expect(renamed.errors).toBeUndefined();
        expect(await nameOf()).toBe('After Rename');
      } finally {
        await db.query(`DELETE FROM enrolment WHERE id = $1`, [enrolment.id]);
      }
    });
  });

  describe('daily alerts', () => {
    it('alert each newly at-risk learner once and each coach once, however often the job runs', async () => {
      const alerts = t.beacon.app.get(OutcomeAlertsService);
      const count = async (kind: string) =>
        (await t.beacon.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = $1`, [kind]))[0].n as number;
      const now = new Date();
      // a retry beside a late duplicate delivery: both at once, then once more
      const [a, b] = await Promise.all([alerts.runDaily(now), alerts.runDaily(now)]);
      const again = await alerts.runDaily(new Date(now.getTime() + 60_000));
      expect(a.newAlerts + b.newAlerts).toBeGreaterThanOrEqual(5);
      expect(Math.min(a.newAlerts, b.newAlerts)).toBe(0);
      expect(again.newAlerts).toBe(0);
      const rows: { n: number; distinct_n: number }[] = await t.beacon.db.query(
        `SELECT count(*)::int AS n, count(DISTINCT (enrolment_id, reason))::int AS distinct_n FROM at_risk_alert`,
      );
      expect(rows[0].n).toBe(rows[0].distinct_n);
      const learners = await count('at-risk-learner');
      expect(learners).toBeGreaterThanOrEqual(4);
      // one digest for the demo coach, listing every learner newly at risk
      const [digest] = await t.beacon.db.query(`SELECT to_email, subject, body FROM outbox_message WHERE kind = 'at-risk-coach'`);
      expect(await count('at-risk-coach')).toBe(1);
      expect(digest.to_email).toBe('coach@beacon.test');
      expect(digest.body).toContain('Tendai Moyo');
      const [kind] = await t.beacon.db.query(
        `SELECT body FROM outbox_message WHERE kind = 'at-risk-learner' AND to_email = 'fatima.bello@example.org'`,
      );
      expect(kind.body).toContain('resubmit');

      // next day: only what is new alerts; a learner whose week-3 assignment is now overdue is not alerted twice for the same reason
      const later = await alerts.runDaily(new Date(now.getTime() + 8 * DAY));
      const alerted: { enrolment_id: string; reason: string }[] = await t.beacon.db.query(
        `SELECT enrolment_id, reason FROM at_risk_alert WHERE alert_date > $1::date`,
        [now.toISOString().slice(0, 10)],
      );
      expect(later.newAlerts).toBe(alerted.length);
      const firstDay = new Set(
        (
          await t.beacon.db.query(`SELECT enrolment_id, reason FROM at_risk_alert WHERE alert_date = $1::date`, [
            now.toISOString().slice(0, 10),
          ])
        ).map((r: { enrolment_id: string; reason: string }) => `${r.enrolment_id}/${r.reason}`),
      );
      expect(alerted.filter((x) => firstDay.has(`${x.enrolment_id}/${x.reason}`))).toEqual([]);
      expect(await count('at-risk-learner')).toBeGreaterThanOrEqual(learners);
    }, 60_000);

    it('sends each partner admin one weekly digest per week', async () => {
      const alerts = t.beacon.app.get(OutcomeAlertsService);
      const first = await alerts.weeklyDigest(new Date());
      expect(first).toBeGreaterThanOrEqual(2);
      expect(await alerts.weeklyDigest(new Date())).toBe(0);
      const [d] = await t.beacon.db.query(
        `SELECT body FROM outbox_message WHERE kind = 'partner-digest' AND to_email = 'partner@beacon.test'`,
      );
      expect(d.body).toMatch(/Learners at risk now: [1-9]/);
    });
  });

  describe('message learners who…', () => {
    it('a coach emails the chosen learners through the outbox, and it is logged', async () => {
      const list = (await t.gql(AT_RISK, { c: runningId }, { token: coach })).data!.atRiskLearners.slice(0, 2);
      const r = await t.gql(
        MESSAGE,
        { c: runningId, e: list.map((l: Json) => l.enrolmentId), s: 'Catching up', b: 'Shall we find a time this week?' },
        { token: coach },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.messageLearners.recipients).toBe(2);
      const sent: { to_email: string; body: string }[] = await t.beacon.db.query(
        `SELECT to_email, body FROM outbox_message WHERE kind = 'cohort-message' ORDER BY to_email`,
      );
      expect(sent.map((s) => s.to_email)).toEqual(list.map((l: Json) => l.learner.email).sort());
      expect(sent[0].body).toContain('Shall we find a time this week?');
      const [log] = await t.beacon.db.query(`SELECT sender_id, cardinality(enrolment_ids) AS n FROM learner_message WHERE id = $1`, [
        r.data!.messageLearners.id,
      ]);
      expect(log.n).toBe(2);
    });

    it('refuses another cohort’s learner, sending nobody anything', async () => {
      const before = (await t.beacon.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'cohort-message'`))[0].n;
      const [{ id: graduate }] = await t.beacon.db.query(
        `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = 'graduate@beacon.test'`,
      );
      const [{ id: lerato }] = await t.beacon.db.query(
        `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = 'learner@beacon.test' AND e.cohort_id = $1`,
        [runningId],
      );
      expect(codeOf(await t.gql(MESSAGE, { c: runningId, e: [lerato, graduate], s: 'Hi', b: 'Hello' }, { token: coach }))).toBe(
        'NOT_FOUND',
      );
      expect(codeOf(await t.gql(MESSAGE, { c: runningId, e: [lerato], s: 'Hi', b: 'Hello' }, { token: americas }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(MESSAGE, { c: runningId, e: [lerato], s: ' ', b: 'Hello' }, { token: coach }))).toBe('BAD_USER_INPUT');
      expect((await t.beacon.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'cohort-message'`))[0].n).toBe(before);
    });
  });

  describe('coaching no-shows', () => {
    it('only a session the coach marked held counts toward the credential', async () => {
      const [b] = await t.beacon.db.query(
        `SELECT b.id, b.enrolment_id FROM booking b JOIN "user" u ON u.id = b.learner_id WHERE u.email = 'learner@beacon.test' AND b.ends_at < now() AND b.status = 'CONFIRMED'`,
      );
      const coachingFact = async () =>
        (await t.gql(ELIGIBILITY, { e: b.enrolment_id }, { token: learner })).data!.eligibility.facts.find(
          (f: Json) => f.kind === 'COACHING',
        ).detail;
      expect(await coachingFact()).toBe('1 of 2 held');
      const noShow = await t.gql(MARK, { id: b.id, o: 'LEARNER_NO_SHOW' }, { token: coach });
      expect(noShow.data!.markBookingOutcome).toMatchObject({ outcome: 'LEARNER_NO_SHOW', held: false });
      expect(await coachingFact()).toBe('0 of 2 held');
      expect((await t.gql(MARK, { id: b.id, o: 'HELD' }, { token: coach })).data!.markBookingOutcome).toMatchObject({
        outcome: 'HELD',
        held: true,
      });
      expect(await coachingFact()).toBe('1 of 2 held');
    });

    it('a session still to come cannot be marked; another partner cannot mark it; the learner cannot', async () => {
      const [future] = await t.beacon.db.query(
        `SELECT b.id FROM booking b JOIN "user" u ON u.id = b.learner_id WHERE u.email = 'learner@beacon.test' AND b.starts_at > now() AND b.status = 'CONFIRMED'`,
      );
      expect(codeOf(await t.gql(MARK, { id: future.id, o: 'HELD' }, { token: coach }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(MARK, { id: future.id, o: 'HELD' }, { token: americas }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(MARK, { id: future.id, o: 'HELD' }, { token: learner }))).toBe('FORBIDDEN');
    });
  });

  describe('goals', () => {
    it('the learner makes their goal measurable; check-ins open at mid-programme, not in week 3', async () => {
      const [{ id }] = await t.beacon.db.query(
        `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = 'learner@beacon.test' AND e.cohort_id = $1`,
        [runningId],
      );
      const upd = await t.gql(
        `mutation($e: ID!, $i: GoalInput!) { updateGoal(enrolmentId: $e, input: $i) { statement measure baseline target byDate } }`,
        {
          e: id,
          i: {
            statement: 'Cut repeat calls by a fifth',
            measure: 'repeat calls per week',
            baseline: 1200,
            target: 960,
            byDate: '2027-06-30',
          },
        },
        { token: learner },
      );
      expect(upd.data!.updateGoal).toEqual({
        statement: 'Cut repeat calls by a fifth',
        measure: 'repeat calls per week',
        baseline: 1200,
        target: 960,
        byDate: '2027-06-30',
      });
      const early = await t.gql(
        `mutation($e: ID!) { recordGoalCheckIn(enrolmentId: $e, input: { kind: MID, reached: PARTLY, currentValue: 1100 }) { checkIns { kind } } }`,
        { e: id },
        { token: learner },
      );
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      // the coach may read it, not change it
      expect((await t.gql(GOAL, { e: id }, { token: coach })).data!.enrolmentGoal.measure).toBe('repeat calls per week');
      expect(
        codeOf(
          await t.gql(
            `mutation($e: ID!) { updateGoal(enrolmentId: $e, input: { statement: "x" }) { statement } }`,
            { e: id },
            { token: coach },
          ),
        ),
      ).toBe('NOT_FOUND');
    });

    it('a graduate records the follow-up after the programme and the coach confirms it', async () => {
      const graduate = await t.login('graduate@beacon.test');
      const [{ id }] = await t.beacon.db.query(
        `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = 'graduate@beacon.test'`,
      );
      const goal = (await t.gql(GOAL, { e: id }, { token: graduate })).data!.enrolmentGoal;
      expect(goal.checkIns.map((c: Json) => c.kind)).toEqual(['MID', 'END']);
      expect(goal.checkInsOpen).toEqual(['MID', 'END', 'FOLLOW_UP']);
      // nothing to confirm before the learner has recorded it
      expect(
        codeOf(
          await t.gql(
            `mutation($e: ID!) { confirmGoalCheckIn(enrolmentId: $e, kind: FOLLOW_UP) { enrolmentId } }`,
            { e: id },
            { token: coach },
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      const r = await t.gql(
        `mutation($e: ID!) { recordGoalCheckIn(enrolmentId: $e, input: { kind: FOLLOW_UP, reached: YES, currentValue: 4, note: "All four done" }) { checkIns { kind reached } } }`,
        { e: id },
        { token: graduate },
      );
      expect(r.errors).toBeUndefined();
      const c = await t.gql(
        `mutation($e: ID!) { confirmGoalCheckIn(enrolmentId: $e, kind: FOLLOW_UP, comment: "Well done") { checkIns { kind coachComment coachConfirmedAt } } }`,
        { e: id },
        { token: coach },
      );
      expect(c.data!.confirmGoalCheckIn.checkIns.find((x: Json) => x.kind === 'FOLLOW_UP')).toMatchObject({ coachComment: 'Well done' });
      expect(
        codeOf(
          await t.gql(
            `mutation($e: ID!) { confirmGoalCheckIn(enrolmentId: $e, kind: END) { enrolmentId } }`,
            { e: id },
            { token: americas },
          ),
        ),
      ).toBe('NOT_FOUND');
    });

    it('the cohort’s staff see every learner’s goal and check-ins in one list, and confirm one from it', async () => {
      const COHORT_GOALS = `query($c: ID!) { cohortGoals(cohortId: $c) { enrolmentId learner { name email } goal { enrolmentId statement measure checkInsOpen checkIns { kind reached note coachConfirmedAt coachComment } } } }`;
      const [{ id: nairobiId }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE name LIKE 'COIM Nairobi%'`);
      const r = await t.gql(COHORT_GOALS, { c: nairobiId }, { token: partner });
      expect(r.errors).toBeUndefined();
      type Row = {
        enrolmentId: string;
        learner: { name: string; email: string };
        goal: { enrolmentId: string; checkIns: { kind: string; coachConfirmedAt: string | null }[]; checkInsOpen: string[] };
      };
      const list = r.data!.cohortGoals as Row[];
      const names = list.map((l) => l.learner.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      for (const l of list) expect(l.goal.enrolmentId).toBe(l.enrolmentId);
      const amina = list.find((l) => l.learner.email === 'amina.hassan@example.org')!;
      expect(amina.goal.checkIns).toEqual([expect.objectContaining({ kind: 'END', coachConfirmedAt: null })]);
      // the ended cohort: every check-in is open, as on the learner's own goal
      expect(amina.goal.checkInsOpen).toEqual(['MID', 'END', 'FOLLOW_UP']);
      const c = await t.gql(
        `mutation($e: ID!) { confirmGoalCheckIn(enrolmentId: $e, kind: END, comment: "Seen in your rollout plan") { enrolmentId } }`,
        { e: amina.enrolmentId },
        { token: partner },
      );
      expect(c.errors).toBeUndefined();
      const after = ((await t.gql(COHORT_GOALS, { c: nairobiId }, { token: partner })).data!.cohortGoals as Row[]).find(
        (l) => l.enrolmentId === amina.enrolmentId,
      )!;
      expect(after.goal.checkIns[0]).toMatchObject({ kind: 'END', coachComment: 'Seen in your rollout plan' });
      // the demo coach coaches the Accra cohort and sees its graduate there, not Nairobi's learners
      const [{ id: accraId }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE name LIKE 'COIM Accra%'`);
      const accra = (await t.gql(COHORT_GOALS, { c: accraId }, { token: coach })).data!.cohortGoals as Row[];
      expect(accra.find((l) => l.learner.email === 'graduate@beacon.test')!.goal.checkIns.map((x) => x.kind)).toEqual(
        expect.arrayContaining(['MID', 'END']),
      );
      expect(codeOf(await t.gql(COHORT_GOALS, { c: nairobiId }, { token: coach }))).toBe('NOT_FOUND');
      // another partner's admin, a learner, and a malformed id
      expect(codeOf(await t.gql(COHORT_GOALS, { c: nairobiId }, { token: americas }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(COHORT_GOALS, { c: nairobiId }, { token: learner }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(COHORT_GOALS, { c: 'not-an-id' }, { token: coach }))).toBe('NOT_FOUND');
    });
  });
});
