import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';

const HOME = `{ myEnrolments { id status outcomeGoal progressPercent completedItems totalItems
  attendance { held attended percent }
  cohort { name status currentWeek timeZone coaches { name } }
  weeks { week title open current opensAt contentItems { id title body completed } assignment { title dueAt instructions } }
  nextSession { title startsAt joinUrl } due { week title dueAt state overdue } } }`;

describe('the demo learner follows week 3 of a running cohort; the coach takes attendance', () => {
  let t: TestApp;
  let learner: string, coach: string, otherLearner: string;
  beforeAll(async () => {
    t = await startTestApp();
    [learner, coach, otherLearner] = await Promise.all(
      ['learner@beacon.test', 'coach@beacon.test', 'ama.owusu@example.org'].map((e) => t.login(e)),
    );
  }, 60_000);
  afterAll(() => t?.close());

  it('shows this week first: week 3 of 7 open, later weeks locked with their opening dates', async () => {
    const r = await t.gql(HOME, {}, { token: learner });
    expect(r.errors).toBeUndefined();
    const [home] = r.data!.myEnrolments;
    expect(home.cohort).toMatchObject({
      status: 'RUNNING',
      currentWeek: 3,
      timeZone: 'Africa/Johannesburg',
      coaches: [{ name: 'Sipho Dlamini' }],
    });
    expect(home.cohort.name).toMatch(/^COIM Johannesburg/);
    expect(home.weeks.map((w: Json) => w.open)).toEqual([true, true, true, false, false, false, false]);
    expect(home.weeks[2]).toMatchObject({ current: true, title: 'Focus on the Causes of Work' });
    expect(home.weeks[3].contentItems[0].body).toBeNull();
    expect(home.weeks[3].assignment.instructions).toBeNull();
    expect(new Date(home.weeks[3].opensAt).getTime()).toBeGreaterThan(Date.now());
    expect(home.outcomeGoal).toMatch(/repeat calls/);
    expect(home.nextSession.joinUrl).toMatch(/^https:\/\/meet\.example\.org\//);
    expect(new Date(home.nextSession.startsAt).getTime()).toBeGreaterThan(Date.now() - 3 * 3600_000);
    // week 1 passed leaves the list; week 2 is in, awaiting its review; week 3 is still to do
    expect(home.due.map((d: Json) => [d.week, d.state, d.overdue])).toEqual([
      [2, 'AWAITING_REVIEW', false],
      [3, 'NOT_SUBMITTED', false],
    ]);
    expect(home.attendance.held).toBeGreaterThan(0);
    expect(home.completedItems).toBe(9); // weeks 1 and 2 (4 items each) and one item of week 3
    expect(home.totalItems).toBe(28);
  });

  it('ticks content of an open week, but not of a locked one', async () => {
    const [home] = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments;
    const item = home.weeks[2].contentItems.find((c: Json) => !c.completed);
    const r = await t.gql(
      `mutation($e: ID!, $c: ID!) { setContentItemCompleted(enrolmentId: $e, contentItemId: $c, completed: true) { completedItems progressPercent } }`,
      { e: home.id, c: item.id },
      { token: learner },
    );
    expect(r.data!.setContentItemCompleted).toEqual({ completedItems: 10, progressPercent: 36 });
    const locked = await t.gql(
      `mutation($e: ID!, $c: ID!) { setContentItemCompleted(enrolmentId: $e, contentItemId: $c, completed: true) { id } }`,
      { e: home.id, c: home.weeks[4].contentItems[0].id },
      { token: learner },
    );
    expect(codeOf(locked)).toBe('CONFLICT');
    expect(locked.errors![0].message).toBe('Week 5 is not open yet');
  });

  it('edits the learner’s own goal, and nobody else can', async () => {
    const [home] = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments;
    const r = await t.gql(
      `mutation($e: ID!, $g: String!) { setOutcomeGoal(enrolmentId: $e, goal: $g) { outcomeGoal } }`,
      { e: home.id, g: 'Halve failure demand in billing' },
      { token: learner },
    );
    expect(r.data!.setOutcomeGoal.outcomeGoal).toBe('Halve failure demand in billing');
    const other = await t.gql(
      `mutation($e: ID!) { setOutcomeGoal(enrolmentId: $e, goal: "hacked") { id } }`,
      { e: home.id },
      { token: otherLearner },
    );
    expect(codeOf(other)).toBe('NOT_FOUND');
    const tick = await t.gql(
      `mutation($e: ID!) { setContentItemCompleted(enrolmentId: $e, contentItemId: "coim-w1-c1", completed: false) { id } }`,
      { e: home.id },
      { token: otherLearner },
    );
    expect(codeOf(tick)).toBe('NOT_FOUND');
  });

  it('lets the coach take attendance of a held session, and the learner sees the rate change', async () => {
    const [home] = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments;
    const cohorts = await t.gql(`{ cohorts(status: RUNNING) { id name } }`, {}, { token: coach });
    const cohort = cohorts.data!.cohorts.find((c: Json) => c.name === home.cohort.name);
    const sessions = (await t.gql(`query($c: ID!) { liveSessions(cohortId: $c) { id startsAt } }`, { c: cohort.id }, { token: coach }))
      .data!.liveSessions;
    const held = sessions.filter((s: Json) => new Date(s.startsAt).getTime() < Date.now());
    const last = held[held.length - 1];
    const roster = (
      await t.gql(
        `query($s: ID!) { sessionAttendance(sessionId: $s) { enrolmentId learner { email } status } }`,
        { s: last.id },
        { token: coach },
      )
    ).data!.sessionAttendance;
    expect(roster).toHaveLength(9);
    const mine = roster.find((r: Json) => r.learner.email === 'learner@beacon.test');
    const r = await t.gql(
      `mutation($s: ID!, $e: ID!) { recordAttendance(sessionId: $s, entries: [{ enrolmentId: $e, status: ABSENT }]) { enrolmentId status } }`,
      { s: last.id, e: mine.enrolmentId },
      { token: coach },
    );
    expect(r.data!.recordAttendance.find((x: Json) => x.enrolmentId === mine.enrolmentId).status).toBe('ABSENT');
    const after = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments[0];
    expect(after.attendance.attended).toBe(home.attendance.attended - (mine.status === 'PRESENT' ? 1 : 0));

    const future = sessions.find((s: Json) => new Date(s.startsAt).getTime() > Date.now() + 3600_000);
    const early = await t.gql(
      `mutation($s: ID!, $e: ID!) { recordAttendance(sessionId: $s, entries: [{ enrolmentId: $e, status: PRESENT }]) { status } }`,
      { s: future.id, e: mine.enrolmentId },
      { token: coach },
    );
    expect(codeOf(early)).toBe('CONFLICT');
  });

  it('shows the learner the due point that applies to them once their coach grants an extension', async () => {
    const [home] = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments;
    const later = new Date(new Date(home.due.find((d: Json) => d.week === 3).dueAt).getTime() + 3 * 86400_000).toISOString();
    const r = await t.gql(
      `mutation($i: SetDueExtensionInput!) { setDueExtension(input: $i) { __typename } }`,
      { i: { enrolmentId: home.id, week: 3, dueAt: later, reason: 'Family matters' } },
      { token: coach },
    );
    expect(r.errors).toBeUndefined();
    const after = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments[0];
    expect(after.due.find((d: Json) => d.week === 3).dueAt).toBe(later);
    expect(after.weeks[2].assignment.dueAt).toBe(later);
  });

  it('refuses attendance for someone outside the cohort, and refuses learners the roster', async () => {
    const cohorts = await t.gql(`{ cohorts(status: RUNNING) { id name } }`, {}, { token: coach });
    const [jhb] = cohorts.data!.cohorts;
    const sessions = (await t.gql(`query($c: ID!) { liveSessions(cohortId: $c) { id startsAt } }`, { c: jhb.id }, { token: coach })).data!
      .liveSessions;
    const [{ id: outsider }] = await t.beacon.db.query(
      `SELECT e.id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE c.status = 'COMPLETED' LIMIT 1`,
    );
    const r = await t.gql(
      `mutation($s: ID!, $e: ID!) { recordAttendance(sessionId: $s, entries: [{ enrolmentId: $e, status: PRESENT }]) { status } }`,
      { s: sessions[0].id, e: outsider },
      { token: coach },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const roster = await t.gql(`query($c: ID!) { enrolments(cohortId: $c) { id } }`, { c: jhb.id }, { token: learner });
    expect(codeOf(roster)).toBe('FORBIDDEN');
  });
});
