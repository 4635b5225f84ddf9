import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planSessions } from '@beacon/domain';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { partnerIdBySlug } from '../../test/factories.js';
import { COIM } from '../../demo/coim-programme.js';

const CREATE = `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id name status startDate timeZone capacity seatsTaken programme { code version weeks } weeks { week title open } } }`;
const SESSIONS = `query($c: ID!) { liveSessions(cohortId: $c) { id week title startsAt durationMinutes joinUrl cancelled } }`;
const ENROL = `mutation($i: EnrolLearnerInput!) { enrolLearner(input: $i) { id status learner { email } } }`;
const IMPORT = `mutation($c: ID!, $csv: String!) { importEnrolments(cohortId: $c, csv: $csv) { enrolled errors { line message } } }`;

describe('a partner admin runs a cohort: creates it, enrols learners, moves sessions', () => {
  let t: TestApp;
  let africa: string, americas: string, admin: string, coimId: string, africaId: string, cohortId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [africa, americas, admin] = await Promise.all(['partner', 'partner.americas', 'admin'].map((n) => t.login(`${n}@beacon.test`)));
    africaId = await partnerIdBySlug(t.beacon.db, 'africa');
    [{ id: coimId }] = await t.beacon.db.query(`SELECT id FROM programme WHERE code = 'COIM'`);
  }, 60_000);
  afterAll(() => t?.close());

  it('creates a COIM cohort in Johannesburg with its 18 live sessions at the planned local times', async () => {
    const r = await t.gql(
      CREATE,
      {
        i: {
          partnerId: africaId,
          programmeId: coimId,
          name: 'COIM Durban — March 2027',
          startDate: '2027-03-01',
          timeZone: 'Africa/Johannesburg',
          capacity: 3,
          communityLinks: [],
        },
      },
      { token: africa },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createCohort).toMatchObject({
      status: 'DRAFT',
      capacity: 3,
      seatsTaken: 0,
      programme: { code: 'COIM', version: 1, weeks: 7 },
    });
    expect(r.data!.createCohort.weeks.map((w: Json) => w.title)[2]).toBe('Focus on the Causes of Work');
    cohortId = r.data!.createCohort.id;
    const s = await t.gql(SESSIONS, { c: cohortId }, { token: africa });
    expect(s.data!.liveSessions).toHaveLength(18);
    const expected = planSessions('2027-03-01', 'Africa/Johannesburg', COIM.sessionPlan).map((x) => x.startsAt.toISOString());
    expect(s.data!.liveSessions.map((x: Json) => x.startsAt)).toEqual(expected);
    expect(s.data!.liveSessions[0]).toMatchObject({ title: 'Kick-off and introductions', startsAt: '2027-03-01T15:00:00.000Z' });
  });

  it('refuses a start date, zone or capacity that make no sense, naming the field', async () => {
    for (const [patch, field] of [
      [{ startDate: '2027-02-30' }, /startDate/],
      [{ timeZone: 'Africa/Atlantis' }, /timeZone/],
      [{ capacity: 0 }, /capacity/],
    ] as const) {
      const r = await t.gql(
        CREATE,
        {
          i: {
            partnerId: africaId,
            programmeId: coimId,
            name: 'Bad',
            startDate: '2027-03-01',
            timeZone: 'Africa/Johannesburg',
            capacity: 3,
            communityLinks: [],
            ...patch,
          },
        },
        { token: africa },
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(field);
    }
  });

  it('moves through its statuses one step at a time', async () => {
    const skip = await t.gql(
      `mutation($id: ID!) { setCohortStatus(id: $id, status: RUNNING) { status } }`,
      { id: cohortId },
      { token: africa },
    );
    expect(codeOf(skip)).toBe('CONFLICT');
    const open = await t.gql(
      `mutation($id: ID!) { setCohortStatus(id: $id, status: OPEN) { status } }`,
      { id: cohortId },
      { token: africa },
    );
    expect(open.data!.setCohortStatus.status).toBe('OPEN');
  });

  it('enrols a newcomer by email: invited until they accept the link, then active', async () => {
    const r = await t.gql(ENROL, { i: { cohortId, email: 'Palesa@Example.org', name: 'Palesa Dube' } }, { token: africa });
    expect(r.data!.enrolLearner).toMatchObject({ status: 'INVITED', learner: { email: 'palesa@example.org' } });
    const [msg] = await t.beacon.db.query(`SELECT body FROM outbox_message WHERE to_email = 'palesa@example.org' AND kind = 'enrolment'`);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(msg.body)![1];
    const accepted = await t.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, {
      i: { token, password: 'palesa-long-password' },
    });
    const home = await t.gql(`{ myEnrolments { status cohort { name } } }`, {}, { token: accepted.data!.acceptInvitation.token });
    expect(home.data!.myEnrolments).toEqual([{ status: 'ACTIVE', cohort: { name: 'COIM Durban — March 2027' } }]);
  });

  it('reports every bad line of a CSV and enrols nobody from it', async () => {
    const csv = [
      'email,name',
      'good.one@example.org,Good One',
      'not-an-email,Bad Email',
      'good.one@example.org,Twice',
      'no.name@example.org,',
    ].join('\n');
    const r = await t.gql(IMPORT, { c: cohortId, csv }, { token: africa });
    expect(r.data!.importEnrolments.enrolled).toBe(0);
    expect(r.data!.importEnrolments.errors).toEqual([
      { line: 3, message: '"not-an-email" is not an email address' },
      { line: 4, message: 'good.one@example.org is already on line 2' },
      { line: 5, message: 'the name is missing' },
    ]);
    const [{ n }] = await t.beacon.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1`, [cohortId]);
    expect(n).toBe(1);
  });

  it('refuses a CSV with more learners than seats left, and imports a clean one whole', async () => {
    const tooMany = await t.gql(
      IMPORT,
      { c: cohortId, csv: 'email,name\na@example.org,A\nb@example.org,B\nc@example.org,C' },
      { token: africa },
    );
    expect(tooMany.data!.importEnrolments.errors[0].message).toMatch(/only 2 seats are left/);
    const ok = await t.gql(
      IMPORT,
      { c: cohortId, csv: 'Email,Name,Goal\na@example.org,Ann A,Ship faster\nb@example.org,Ben B,' },
      { token: africa },
    );
    expect(ok.data!.importEnrolments).toEqual({ enrolled: 2, errors: [] });
  });

  it('never exceeds capacity, even with 20 enrolments at once', async () => {
    const c = await t.gql(
      CREATE,
      {
        i: {
          partnerId: africaId,
          programmeId: coimId,
          name: 'Tiny cohort',
          startDate: '2027-04-05',
          timeZone: 'Africa/Johannesburg',
          capacity: 3,
          communityLinks: [],
        },
      },
      { token: africa },
    );
    const id = c.data!.createCohort.id;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(ENROL, { i: { cohortId: id, email: `rush${i}@example.org`, name: `Rush ${i}` } }, { token: africa }),
      ),
    );
    const ok = results.filter((r) => r.data?.enrolLearner);
    expect(ok).toHaveLength(3);
    for (const r of results.filter((x) => !x.data?.enrolLearner)) {
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/is full \(capacity 3\)/);
    }
    const [{ n }] = await t.beacon.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1`, [id]);
    expect(n).toBe(3);
  });

  it('withdraws a learner, freeing the seat', async () => {
    const roster = await t.gql(`query($c: ID!) { enrolments(cohortId: $c) { id learner { email } } }`, { c: cohortId }, { token: africa });
    const ann = roster.data!.enrolments.find((e: Json) => e.learner.email === 'a@example.org');
    const w = await t.gql(`mutation($id: ID!) { withdrawEnrolment(id: $id) { status } }`, { id: ann.id }, { token: africa });
    expect(w.data!.withdrawEnrolment.status).toBe('WITHDRAWN');
    const again = await t.gql(ENROL, { i: { cohortId, email: 'new.seat@example.org', name: 'New Seat' } }, { token: africa });
    expect(again.data!.enrolLearner.status).toBe('INVITED');
  });

  it('moves a session and sets its join link; cancels another', async () => {
    const s = (await t.gql(SESSIONS, { c: cohortId }, { token: africa })).data!.liveSessions;
    const moved = await t.gql(
      `mutation($id: ID!, $i: UpdateLiveSessionInput!) { updateLiveSession(id: $id, input: $i) { startsAt joinUrl } }`,
      { id: s[1].id, i: { startsAt: '2027-03-02T16:00:00.000Z', joinUrl: 'https://meet.example.org/moved' } },
      { token: africa },
    );
    expect(moved.data!.updateLiveSession).toEqual({ startsAt: '2027-03-02T16:00:00.000Z', joinUrl: 'https://meet.example.org/moved' });
    const badUrl = await t.gql(
      `mutation($id: ID!) { updateLiveSession(id: $id, input: { joinUrl: "javascript:alert(1)" }) { id } }`,
      { id: s[1].id },
      { token: africa },
    );
    expect(codeOf(badUrl)).toBe('BAD_USER_INPUT');
    const cancelled = await t.gql(`mutation($id: ID!) { cancelLiveSession(id: $id) { cancelled } }`, { id: s[2].id }, { token: africa });
    expect(cancelled.data!.cancelLiveSession.cancelled).toBe(true);
  });

  describe('another partner’s admin', () => {
    const cases: [string, string, () => Record<string, unknown>][] = [
      ['cohort(id)', `query($id: ID!) { cohort(id: $id) { name } }`, () => ({ id: cohortId })],
      ['updateCohort', `mutation($id: ID!) { updateCohort(id: $id, input: { name: "Hijacked" }) { name } }`, () => ({ id: cohortId })],
      ['setCohortStatus', `mutation($id: ID!) { setCohortStatus(id: $id, status: RUNNING) { status } }`, () => ({ id: cohortId })],
      [
        'enrolLearner',
        `mutation($id: ID!) { enrolLearner(input: { cohortId: $id, email: "spy@example.org", name: "Spy" }) { id } }`,
        () => ({ id: cohortId }),
      ],
      [
        'importEnrolments',
        `mutation($id: ID!) { importEnrolments(cohortId: $id, csv: "email,name\\nspy@example.org,Spy") { enrolled } }`,
        () => ({ id: cohortId }),
      ],
      ['enrolments', `query($id: ID!) { enrolments(cohortId: $id) { id } }`, () => ({ id: cohortId })],
      ['liveSessions', `query($id: ID!) { liveSessions(cohortId: $id) { id } }`, () => ({ id: cohortId })],
    ];
    it.each(cases)('is refused %s of an Africa cohort', async (_n, query, vars) => {
      const r = await t.gql(query, vars(), { token: americas });
      expect(r.data).toBeNull();
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(r));
    });

    it('is refused the sessions, attendance and enrolments of it by id', async () => {
      const s = (await t.gql(SESSIONS, { c: cohortId }, { token: africa })).data!.liveSessions[0];
      const e = (await t.gql(`query($c: ID!) { enrolments(cohortId: $c) { id } }`, { c: cohortId }, { token: africa })).data!.enrolments[0];
      for (const [q, v] of [
        [`mutation($id: ID!) { updateLiveSession(id: $id, input: { title: "x" }) { id } }`, { id: s.id }],
        [`mutation($id: ID!) { cancelLiveSession(id: $id) { id } }`, { id: s.id }],
        [`query($id: ID!) { sessionAttendance(sessionId: $id) { enrolmentId } }`, { id: s.id }],
        [
          `mutation($id: ID!, $e: ID!) { recordAttendance(sessionId: $id, entries: [{ enrolmentId: $e, status: PRESENT }]) { status } }`,
          { id: s.id, e: e.id },
        ],
        [`mutation($id: ID!) { withdrawEnrolment(id: $id) { id } }`, { id: e.id }],
      ] as const) {
        const r = await t.gql(q, v, { token: americas });
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(r));
      }
      const still = await t.gql(SESSIONS, { c: cohortId }, { token: africa });
      expect(still.data!.liveSessions[0].cancelled).toBe(false);
    });

    it('does not see it in their list, while the certifying body does', async () => {
      const theirs = await t.gql(`{ cohorts { name partnerName } }`, {}, { token: americas });
      expect(theirs.data!.cohorts.every((c: Json) => c.partnerName === 'Outside-In Americas')).toBe(true);
      const all = await t.gql(`{ cohorts(first: 100) { name } }`, {}, { token: admin });
      expect(all.data!.cohorts.map((c: Json) => c.name)).toContain('COIM Durban — March 2027');
    });
  });
});
