import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { partnerIdBySlug } from '../../test/factories.js';

const CREATE = `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`;
const IMPORT = `mutation($c: ID!, $csv: String!) { importEnrolments(cohortId: $c, csv: $csv) { enrolled errors { line message } } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`;
const JOIN = `mutation($t: String!, $g: GoalInput) { joinInvitation(token: $t, goal: $g) { email } }`;
const PREVIEW = `query($t: String!) { invitationPreview(token: $t) { role cohortNames } }`;

/**
 * The learner's goal arrives with the learner: in the partner's CSV (statement, measure,
 * baseline, target, by when; every bad line named, nothing imported) or typed by the learner
 * when accepting the invitation.
 */
describe('a goal captured at enrolment: CSV import and invitation accept', () => {
  let t: TestApp;
  let africa: string, cohortId: string, americasCohortId: string;

  const goalOf = async (email: string, cohort = cohortId) =>
    (
      await t.beacon.db.query(
        `SELECT e.status, e.outcome_goal AS statement, e.goal_measure AS measure, e.goal_baseline::float AS baseline, e.goal_target::float AS target, e.goal_by_date::text AS "byDate"
           FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = $1 AND e.cohort_id = $2`,
        [email, cohort],
      )
    )[0];
  const inviteToken = async (email: string) => {
    const [msg] = await t.beacon.db.query(
      `SELECT body FROM outbox_message WHERE to_email = $1 AND kind = 'enrolment' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return /\/invite\/([A-Za-z0-9_-]+)/.exec(msg.body)![1];
  };

  beforeAll(async () => {
    t = await startTestApp();
    africa = await t.login('partner@beacon.test');
    const americas = await t.login('partner.americas@beacon.test');
    const [{ id: coimId }] = await t.beacon.db.query(`SELECT id FROM programme WHERE code = 'COIM'`);
    const input = (partnerId: string, name: string) => ({
      i: {
        partnerId,
        programmeId: coimId,
        name,
        startDate: '2031-03-03',
        timeZone: 'Africa/Johannesburg',
        capacity: 30,
        communityLinks: [],
      },
    });
    cohortId = (await t.gql(CREATE, input(await partnerIdBySlug(t.beacon.db, 'africa'), 'COIM Goals — March 2031'), { token: africa }))
      .data!.createCohort.id;
    americasCohortId = (
      await t.gql(CREATE, input(await partnerIdBySlug(t.beacon.db, 'americas'), 'COIM Lima — March 2031'), { token: americas })
    ).data!.createCohort.id;
    await t.gql(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: cohortId }, { token: africa });
    await t.gql(`mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`, { id: americasCohortId }, { token: americas });
  }, 90_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('CSV import', () => {
    it('names every bad goal field with its line and imports nobody', async () => {
      const csv = [
        'Email,Name,Goal statement,Measure,Baseline,Target,By when',
        'fine.one@example.org,Fine One,Halve complaint backlog,open complaints,400,200,2031-09-30',
        'bad.numbers@example.org,Bad Numbers,Cut handling time,minutes,lots,1e400,2031-06-31',
        'no.statement@example.org,No Statement,,calls per day,10,5,',
        `long.measure@example.org,Long Measure,Something,${'m'.repeat(201)},,,`,
      ].join('\n');
      const r = await t.gql(IMPORT, { c: cohortId, csv }, { token: africa });
      expect(r.errors).toBeUndefined();
      expect(r.data!.importEnrolments).toEqual({
        enrolled: 0,
        errors: [
          { line: 3, message: 'the goal’s baseline "lots" is not a number (write it like 1200 or 12.5)' },
          { line: 3, message: 'the goal’s target "1e400" is not a number (write it like 1200 or 12.5)' },
          { line: 3, message: 'the goal’s date "2031-06-31" is not a date such as 2027-06-30' },
          { line: 4, message: 'the goal’s measure, baseline, target or date needs a goal statement' },
          { line: 5, message: 'the goal’s measure is longer than 200 characters' },
        ],
      });
      const [{ n }] = await t.beacon.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1`, [cohortId]);
      expect(n).toBe(0);
    });

    it('refuses a header that names a goal column twice', async () => {
      const r = await t.gql(IMPORT, { c: cohortId, csv: 'email,name,goal,Goal statement\na@example.org,A,x,y' }, { token: africa });
      expect(r.data!.importEnrolments).toEqual({ enrolled: 0, errors: [{ line: 1, message: 'The header names the goal column twice' }] });
    });

    it('imports a clean file whole with each learner’s measurable goal; the goal columns are optional per line', async () => {
      const csv = [
        'email,name,goal,goal_measure,goal_baseline,goal_target,goal_by_date,notes',
        'fine.one@example.org,Fine One,Halve complaint backlog,open complaints,400,200,2031-09-30,ignored',
        'just.statement@example.org,Just Statement,Run a customer panel,,,,,',
        'no.goal@example.org,No Goal,,,,,,',
        'decimals@example.org,Decimals,Raise NPS,NPS,-12.5,+.5,,',
      ].join('\n');
      const r = await t.gql(IMPORT, { c: cohortId, csv }, { token: africa });
      expect(r.data!.importEnrolments).toEqual({ enrolled: 4, errors: [] });
      expect(await goalOf('fine.one@example.org')).toEqual({
        status: 'INVITED',
        statement: 'Halve complaint backlog',
        measure: 'open complaints',
        baseline: 400,
        target: 200,
        byDate: '2031-09-30',
      });
      expect(await goalOf('just.statement@example.org')).toMatchObject({
        statement: 'Run a customer panel',
        measure: null,
        baseline: null,
        target: null,
        byDate: null,
      });
      expect(await goalOf('no.goal@example.org')).toMatchObject({ statement: null, measure: null });
      expect(await goalOf('decimals@example.org')).toMatchObject({ baseline: -12.5, target: 0.5 });
    });
  });

  describe('invitation accept', () => {
    it('a newcomer states their goal while accepting: it replaces the partner’s, on the cohort the invitation starts', async () => {
      const token = await inviteToken('fine.one@example.org');
      expect((await t.gql(PREVIEW, { t: token })).data!.invitationPreview).toEqual({
        role: 'LEARNER',
        cohortNames: ['COIM Goals — March 2031'],
      });
      const goal = {
        statement: '  Clear the complaint backlog  ',
        measure: 'open complaints',
        baseline: 400,
        target: 50,
        byDate: '2031-12-31',
      };
      const r = await t.gql(ACCEPT, { i: { token, password: 'fine-one-long-password', goal } });
      expect(r.errors).toBeUndefined();
      expect(await goalOf('fine.one@example.org')).toEqual({
        status: 'ACTIVE',
        statement: 'Clear the complaint backlog',
        measure: 'open complaints',
        baseline: 400,
        target: 50,
        byDate: '2031-12-31',
      });
    });

    it('accepting without a goal keeps the one the partner imported', async () => {
      const r = await t.gql(ACCEPT, { i: { token: await inviteToken('just.statement@example.org'), password: 'just-statement-password' } });
      expect(r.errors).toBeUndefined();
      expect(await goalOf('just.statement@example.org')).toMatchObject({ status: 'ACTIVE', statement: 'Run a customer panel' });
    });

    it('a malformed goal is refused and the invitation stays open', async () => {
      const token = await inviteToken('no.goal@example.org');
      for (const goal of [
        { statement: '   ' },
        { statement: 'x', byDate: '2031-02-30' },
        { statement: 'x', measure: 'm'.repeat(201) },
        { statement: 'x', baseline: 1e12 },
      ]) {
        const r = await t.gql(ACCEPT, { i: { token, password: 'no-goal-long-password', goal } });
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
      }
      expect(await goalOf('no.goal@example.org')).toMatchObject({ status: 'INVITED', statement: null });
      const ok = await t.gql(ACCEPT, { i: { token, password: 'no-goal-long-password', goal: { statement: 'Map our top journeys' } } });
      expect(ok.errors).toBeUndefined();
      expect(await goalOf('no.goal@example.org')).toMatchObject({ status: 'ACTIVE', statement: 'Map our top journeys', measure: null });
    });

    it('an existing account of another partner joins from its own session with a goal', async () => {
      const americas = await t.login('partner.americas@beacon.test');
      // the demo's Africa learner, enrolled by the Americas partner: invited until they join
      const enrol = await t.gql(
        `mutation($i: EnrolLearnerInput!) { enrolLearner(input: $i) { status } }`,
        { i: { cohortId: americasCohortId, email: 'learner@beacon.test', name: 'Lerato' } },
        { token: americas },
      );
      expect(enrol.data!.enrolLearner.status).toBe('INVITED');
      const token = await inviteToken('learner@beacon.test');
      const learner = await t.login('learner@beacon.test');
      for (const g of [
        { statement: '' },
        { statement: 'x', target: 'three' },
        { statement: 'x', byDate: 'soon' },
        { statement: 'x', extra: 1 },
      ]) {
        expect(codeOf(await t.gql(JOIN, { t: token, g }, { token: learner }))).toBe('BAD_USER_INPUT');
      }
      expect(await goalOf('learner@beacon.test', americasCohortId)).toMatchObject({ status: 'INVITED', statement: null });
      const joined = await t.gql(
        JOIN,
        { t: token, g: { statement: 'Bring outside-in to our Lima office', target: 3 } },
        { token: learner },
      );
      expect(joined.errors).toBeUndefined();
      expect(await goalOf('learner@beacon.test', americasCohortId)).toMatchObject({
        status: 'ACTIVE',
        statement: 'Bring outside-in to our Lima office',
        target: 3,
      });
    });

    it('an invitation that starts no enrolment takes no goal (a coach’s)', async () => {
      const africaId = await partnerIdBySlug(t.beacon.db, 'africa');
      await t.gql(
        `mutation($i: InviteInput!) { invite(input: $i) { id } }`,
        { i: { partnerId: africaId, email: 'new.coach@example.org', name: 'New Coach', role: 'COACH' } },
        { token: africa },
      );
      const [msg] = await t.beacon.db.query(
        `SELECT body FROM outbox_message WHERE to_email = 'new.coach@example.org' ORDER BY created_at DESC LIMIT 1`,
      );
      const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(msg.body)![1];
      expect((await t.gql(PREVIEW, { t: token })).data!.invitationPreview).toEqual({ role: 'COACH', cohortNames: [] });
      const r = await t.gql(ACCEPT, { i: { token, password: 'new-coach-long-password', goal: { statement: 'Not a learner' } } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect((await t.gql(ACCEPT, { i: { token, password: 'new-coach-long-password' } })).errors).toBeUndefined();
    });
  });
});
