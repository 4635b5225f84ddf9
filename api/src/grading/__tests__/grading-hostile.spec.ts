import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { ReviewNotificationService } from '../jobs/review-notification.service.js';
import { GET, MINE, QUEUE, RELEASE, SAVE, SUBMIT, enrolmentOf, makeCoach, runningCohortId, scores, waitFor } from './grading-fixtures.js';

const BOOK = `query($c: ID!) { gradebook(cohortId: $c) { rows { learner { email } } } }`;
const AUDIT = `query($s: ID!) { reviewAudit(submissionId: $s) { action } }`;

describe('grading refuses whoever has no part in it', () => {
  let t: TestApp;
  let cohortId: string;
  let coach: string, outsiderCoach: string, americas: string, partner: string, lerato: string, ama: string;
  /** Lerato's week 2 (awaiting review) and a demo submission whose review is still a draft */
  let leratoWeek2: string, draftOwnerEmail: string, draftSubmission: string, draftReview: string;

  beforeAll(async () => {
    t = await startTestApp();
    cohortId = await runningCohortId(t.beacon.db);
    // a coach of the same partner, not assigned to the cohort
    await makeCoach(t.beacon.db, 'thabo.coach@example.org');
    [coach, outsiderCoach, americas, partner, lerato, ama] = await Promise.all(
      [
        'coach@beacon.test',
        'thabo.coach@example.org',
        'partner.americas@beacon.test',
        'partner@beacon.test',
        'learner@beacon.test',
        'ama.owusu@example.org',
      ].map((e) => t.login(e)),
    );
    [{ id: leratoWeek2 }] = await t.beacon.db.query(
      `SELECT s.id FROM submission s JOIN enrolment e ON e.id = s.enrolment_id JOIN "user" u ON u.id = e.user_id WHERE u.email = 'learner@beacon.test' AND e.cohort_id = $1 AND s.week = 2`,
      [cohortId],
    );
    [{ id: draftSubmission, review_id: draftReview, email: draftOwnerEmail }] = await t.beacon.db.query(
      `SELECT s.id, r.id AS review_id, u.email FROM submission s JOIN review r ON r.submission_id = s.id JOIN enrolment e ON e.id = s.enrolment_id JOIN "user" u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND r.state = 'DRAFT' ORDER BY u.email LIMIT 1`,
      [cohortId],
    );
  }, 60_000);
  afterAll(() => t?.close());

  it('a coach not assigned to the cohort sees none of its submissions and cannot grade them', async () => {
    const queue = await t.gql(QUEUE, {}, { token: outsiderCoach });
    expect(queue.data!.gradingQueue).toEqual({ total: 0, hasMore: false, items: [] });
    expect(codeOf(await t.gql(QUEUE, { f: { cohortId } }, { token: outsiderCoach }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(GET, { id: leratoWeek2 }, { token: outsiderCoach }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(
          SAVE,
          { i: { submissionId: leratoWeek2, scores: scores(4, 4, 2), verdict: 'PASS', feedback: '', expectedVersion: 0 } },
          { token: outsiderCoach },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(RELEASE, { id: draftReview, v: 1 }, { token: outsiderCoach }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(BOOK, { c: cohortId }, { token: outsiderCoach }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(AUDIT, { s: draftSubmission }, { token: outsiderCoach }))).toBe('NOT_FOUND');
    const csv = await t.beacon
      .http!.getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: `/cohorts/${cohortId}/gradebook.csv`, headers: { authorization: `Bearer ${outsiderCoach}` } });
    expect(csv.statusCode).toBe(404);
    // nothing was written
    expect((await t.beacon.db.query(`SELECT count(*)::int AS n FROM review WHERE submission_id = $1`, [leratoWeek2]))[0].n).toBe(0);
  });

  it('the other partner’s admin can neither see nor grade', async () => {
    expect(codeOf(await t.gql(GET, { id: leratoWeek2 }, { token: americas }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(BOOK, { c: cohortId }, { token: americas }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(AUDIT, { s: draftSubmission }, { token: americas }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(
          SAVE,
          { i: { submissionId: leratoWeek2, scores: scores(4, 4, 2), verdict: 'PASS', feedback: '', expectedVersion: 0 } },
          { token: americas },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(QUEUE, {}, { token: americas }))).toBe('FORBIDDEN');
  });

  it('the cohort’s own partner admin may look, but only coaches grade', async () => {
    const seen = await t.gql(GET, { id: draftSubmission }, { token: partner });
    expect(seen.data!.submission.review.state).toBe('DRAFT');
    expect(
      codeOf(
        await t.gql(
          SAVE,
          { i: { submissionId: leratoWeek2, scores: scores(4, 4, 2), verdict: 'PASS', feedback: '', expectedVersion: 0 } },
          { token: partner },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('a learner cannot read another learner’s submission, nor grade', async () => {
    expect(codeOf(await t.gql(GET, { id: leratoWeek2 }, { token: ama }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(
          SAVE,
          { i: { submissionId: leratoWeek2, scores: scores(4, 4, 2), verdict: 'PASS', feedback: '', expectedVersion: 0 } },
          { token: ama },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(QUEUE, {}, { token: ama }))).toBe('FORBIDDEN');
    const leratoEnrolment = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
    expect(codeOf(await t.gql(MINE, { e: leratoEnrolment }, { token: ama }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SUBMIT, { i: { enrolmentId: leratoEnrolment, week: 3, text: 'not mine' } }, { token: ama }))).toBe(
      'NOT_FOUND',
    );
  });

  it('a learner never sees an unreleased review of their own work', async () => {
    const owner = await t.login(draftOwnerEmail);
    const s = (await t.gql(GET, { id: draftSubmission }, { token: owner })).data!.submission;
    expect(s).toMatchObject({ state: 'SUBMITTED', review: null });
    expect(s.versions.every((v: Json) => v.verdict === null)).toBe(true);
    const e = await enrolmentOf(t.beacon.db, draftOwnerEmail, cohortId);
    const week = (await t.gql(MINE, { e }, { token: owner })).data!.myAssignments.find((w: Json) =>
      w.submissions.some((x: Json) => x.id === draftSubmission),
    );
    expect(week.progress).toBe('AWAITING_REVIEW');
    expect(week.submissions.every((x: Json) => x.review === null)).toBe(true);
    expect(codeOf(await t.gql(AUDIT, { s: draftSubmission }, { token: owner }))).toBe('FORBIDDEN');
  });

  it('refuses locked weeks, weeks without an assignment, empty answers and malformed reviews', async () => {
    const e = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
    const locked = await t.gql(SUBMIT, { i: { enrolmentId: e, week: 5, text: 'early' } }, { token: lerato });
    expect(codeOf(locked)).toBe('CONFLICT');
    expect(locked.errors![0].message).toMatch(/^Week 5 is not open yet \(it opens .+\)$/);
    expect(codeOf(await t.gql(SUBMIT, { i: { enrolmentId: e, week: 9, text: 'x' } }, { token: lerato }))).toBe('BAD_USER_INPUT');
    const empty = await t.gql(SUBMIT, { i: { enrolmentId: e, week: 3, text: '   ' } }, { token: lerato });
    expect(empty.errors![0].message).toBe('Add your answer: text, a link, a file');
    expect(codeOf(await t.gql(SUBMIT, { i: { enrolmentId: e, week: 3, link: 'javascript:alert(1)' } }, { token: lerato }))).toBe(
      'BAD_USER_INPUT',
    );
    const unknown = await t.gql(
      SAVE,
      {
        i: {
          submissionId: leratoWeek2,
          scores: [...scores(4, 4, 2), { criterionId: 'charisma', points: 4 }],
          verdict: 'PASS',
          feedback: '',
          expectedVersion: 0,
        },
      },
      { token: coach },
    );
    expect(unknown.errors![0].message).toBe('"charisma" is not a criterion of this rubric');
    expect(
      codeOf(
        await t.gql(
          SAVE,
          { i: { submissionId: leratoWeek2, scores: scores(4, 4, 2), verdict: 'PASS', feedback: '', expectedVersion: -1 } },
          { token: coach },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          SAVE,
          { i: { submissionId: leratoWeek2, scores: scores(4, 4, 2), verdict: 'PASS', feedback: '', expectedVersion: 4 } },
          { token: coach },
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('refuses submissions of a withdrawn enrolment', async () => {
    const tendai = await t.login('tendai.moyo@example.org');
    const e = await enrolmentOf(t.beacon.db, 'tendai.moyo@example.org', cohortId);
    const w = await t.gql(`mutation($id: ID!) { withdrawEnrolment(id: $id) { status } }`, { id: e }, { token: partner });
    expect(w.data!.withdrawEnrolment.status).toBe('WITHDRAWN');
    const r = await t.gql(SUBMIT, { i: { enrolmentId: e, week: 3, text: 'still here?' } }, { token: tendai });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toBe('You have withdrawn from this cohort, so you can no longer submit');
    // and withdrawn learners leave the grading queue
    const queue = (await t.gql(QUEUE, { f: { cohortId }, first: 100 }, { token: coach })).data!.gradingQueue.items;
    expect(queue.some((i: Json) => i.learner.email === 'tendai.moyo@example.org')).toBe(false);
  });

  it('the completed cohort’s graduate has all seven weeks passed, and nothing more to submit', async () => {
    const graduate = await t.login('graduate@beacon.test');
    const [{ id }] = await t.beacon.db.query(
      `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = 'graduate@beacon.test'`,
    );
    const weeks = (await t.gql(MINE, { e: id }, { token: graduate })).data!.myAssignments;
    expect(weeks.map((w: Json) => w.progress)).toEqual(Array(7).fill('PASSED'));
    expect(weeks.every((w: Json) => !w.canSubmit && w.cannotSubmitReason === 'This cohort has ended; submissions are closed')).toBe(true);
  });

  it('releasing twice, and the notification job delivered twice, still send one message', async () => {
    const r1 = await t.gql(RELEASE, { id: draftReview, v: 1 }, { token: coach });
    expect(r1.errors).toBeUndefined();
    const r2 = await t.gql(RELEASE, { id: draftReview, v: 1 }, { token: coach });
    expect(r2.errors).toBeUndefined();
    expect(r2.data!.releaseReview).toEqual(r1.data!.releaseReview);
    const key = `review-released/${draftReview}`;
    await waitFor(async () =>
      (await t.beacon.db.query(`SELECT 1 FROM outbox_message WHERE dedupe_key = $1 AND status = 'KEPT'`, [key])).length ? true : undefined,
    );
    // the job delivered again (e.g. a worker died after writing, before acknowledging)
    const handler = t.beacon.app.get(ReviewNotificationService);
    expect(await handler.sendReviewReleased(draftReview)).toBe(0);
    expect(await Promise.all([handler.sendReviewReleased(draftReview), handler.sendReviewReleased(draftReview)])).toEqual([0, 0]);
    const [{ n }] = await t.beacon.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE dedupe_key = $1`, [key]);
    expect(n).toBe(1);
    const audit = (await t.gql(AUDIT, { s: draftSubmission }, { token: coach })).data!.reviewAudit;
    expect(audit.filter((a: Json) => a.action === 'RELEASED')).toHaveLength(1);
  });
});
