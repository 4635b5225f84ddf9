import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';

const HOME = `{ myEnrolments { id cohort { id name } attendance { held attended excused counted percent summary } due { week title state overdue } } }`;
const SCHEDULE = `query($e: ID!) { mySchedule(enrolmentId: $e) {
  enrolmentId cohortName timeZone communityLinks { label url }
  attendance { held attended excused counted percent summary }
  sessions { when attendance session { id week title startsAt joinUrl recordingUrl cancelled } } } }`;

describe('the learner’s schedule and what is due, and attendance that says the same everywhere', () => {
  let t: TestApp;
  let learner: string, coach: string, otherLearner: string;
  let enrolmentId: string, cohortId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [learner, coach, otherLearner] = await Promise.all(
      ['learner@beacon.test', 'coach@beacon.test', 'ama.owusu@example.org'].map((e) => t.login(e)),
    );
    const [home] = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments;
    enrolmentId = home.id;
    cohortId = home.cohort.id;
  }, 60_000);
  afterAll(() => t?.close());

  it('lists all 18 sessions: past ones with the recording and the learner’s attendance, upcoming ones with the join link, and the cohort’s groups', async () => {
    const r = await t.gql(SCHEDULE, { e: enrolmentId }, { token: learner });
    expect(r.errors).toBeUndefined();
    const s = r.data!.mySchedule;
    expect(s.sessions).toHaveLength(18);
    expect(s.communityLinks).toEqual([
      { label: 'Cohort community', url: expect.stringMatching(/^https:\/\/community\.example\.org\/coim-johannesburg/) },
    ]);
    const past = s.sessions.filter((x: Json) => x.when === 'PAST');
    const upcoming = s.sessions.filter((x: Json) => x.when === 'UPCOMING');
    expect(past.length).toBeGreaterThan(0);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.every((x: Json) => ['PRESENT', 'ABSENT', 'EXCUSED', null].includes(x.attendance))).toBe(true);
    expect(past.some((x: Json) => x.attendance === 'PRESENT')).toBe(true);
    expect(upcoming.every((x: Json) => x.attendance === null && /^https:\/\//.test(x.session.joinUrl))).toBe(true);
    // earliest first
    const starts = s.sessions.map((x: Json) => new Date(x.session.startsAt).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('is the learner’s own: another learner asking for it gets NOT_FOUND, a coach FORBIDDEN', async () => {
    expect(codeOf(await t.gql(SCHEDULE, { e: enrolmentId }, { token: otherLearner }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SCHEDULE, { e: enrolmentId }, { token: coach }))).toBe('FORBIDDEN');
  });

  it('an excused session leaves numerator and denominator alike: home, schedule, roster and eligibility say the same number', async () => {
    const sessions = (await t.gql(`query($c: ID!) { liveSessions(cohortId: $c) { id startsAt } }`, { c: cohortId }, { token: coach })).data!
      .liveSessions;
    const held = sessions.filter((s: Json) => new Date(s.startsAt).getTime() < Date.now());
    // one session present, one absent, one excused among those held
    const marks = [
      ['PRESENT', held[0].id],
      ['ABSENT', held[1].id],
      ['EXCUSED', held[2].id],
    ];
    for (const [status, s] of marks) {
      const r = await t.gql(
        `mutation($s: ID!, $e: ID!, $st: AttendanceStatus!) { recordAttendance(sessionId: $s, entries: [{ enrolmentId: $e, status: $st }]) { status } }`,
        { s, e: enrolmentId, st: status },
        { token: coach },
      );
      expect(r.errors).toBeUndefined();
    }
    const home = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments[0].attendance;
    expect(home.excused).toBeGreaterThanOrEqual(1);
    expect(home.counted).toBe(home.held - home.excused);
    expect(home.percent).toBe(Math.floor((1000 * home.attended) / home.counted) / 10);
    expect(home.summary).toBe(`${home.attended} of ${home.counted} sessions attended (${home.percent} %), ${home.excused} excused`);

    const schedule = (await t.gql(SCHEDULE, { e: enrolmentId }, { token: learner })).data!.mySchedule;
    expect(schedule.attendance).toEqual(home);
    const roster = (
      await t.gql(
        `query($c: ID!) { enrolments(cohortId: $c) { id attendance { held attended excused counted percent summary } } }`,
        { c: cohortId },
        { token: coach },
      )
    ).data!.enrolments;
    expect(roster.find((e: Json) => e.id === enrolmentId).attendance).toEqual(home);
    const ledger = (
      await t.gql(`query($e: ID!) { eligibility(enrolmentId: $e) { facts { kind detail } } }`, { e: enrolmentId }, { token: learner })
    ).data!.eligibility;
    expect(ledger.facts.find((f: Json) => f.kind === 'ATTENDANCE').detail).toBe(home.summary);
  });

  it('“what’s due” follows the work: a submitted week awaits review, a passed one leaves the list', async () => {
    const before = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments[0].due;
    expect(before.find((d: Json) => d.week === 3)).toMatchObject({ state: 'NOT_SUBMITTED', overdue: false });
    const sub = await t.gql(
      `mutation($i: SubmitAssignmentInput!) { submitAssignment(input: $i) { id } }`,
      { i: { enrolmentId, week: 3, text: 'My week 3 answer' } },
      { token: learner },
    );
    expect(sub.errors).toBeUndefined();
    const after = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments[0].due;
    expect(after.find((d: Json) => d.week === 3)).toMatchObject({ state: 'AWAITING_REVIEW' });

    // the coach passes week 2: it leaves the list
    const [{ id: week2 }] = await t.beacon.db.query(`SELECT id FROM submission WHERE enrolment_id = $1 AND week = 2 AND latest`, [
      enrolmentId,
    ]);
    const saved = await t.gql(
      `mutation($i: SaveReviewInput!) { saveReview(input: $i) { id version } }`,
      {
        i: {
          submissionId: week2,
          scores: [
            { criterionId: 'insight', points: 4 },
            { criterionId: 'method', points: 4 },
            { criterionId: 'application', points: 2 },
          ],
          verdict: 'PASS',
          feedback: 'Good',
          expectedVersion: 0,
        },
      },
      { token: coach },
    );
    expect(saved.errors).toBeUndefined();
    const released = await t.gql(
      `mutation($id: ID!, $v: Int!) { releaseReview(id: $id, expectedVersion: $v) { state } }`,
      { id: saved.data!.saveReview.id, v: saved.data!.saveReview.version },
      { token: coach },
    );
    expect(released.errors).toBeUndefined();
    const last = (await t.gql(HOME, {}, { token: learner })).data!.myEnrolments[0].due;
    expect(last.map((d: Json) => d.week)).toEqual([3]);
  });
});
