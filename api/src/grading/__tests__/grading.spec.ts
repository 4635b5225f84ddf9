import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { GET, MINE, QUEUE, RELEASE, SAVE, SUBMIT, enrolmentOf, makeCoach, runningCohortId, scores, waitFor } from './grading-fixtures.js';

const AUDIT = `query($s: ID!) { reviewAudit(submissionId: $s) { action reviewVersion state verdict total actor { email } at } }`;

describe('grading in the running Johannesburg cohort (week 3)', () => {
  let t: TestApp;
  let learner: string, coach: string, admin: string;
  let cohortId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [learner, coach, admin] = await Promise.all(['learner@beacon.test', 'coach@beacon.test', 'admin@beacon.test'].map((e) => t.login(e)));
    cohortId = await runningCohortId(t.beacon.db);
  }, 60_000);
  afterAll(() => t?.close());

  describe('a learner submits, the coach grades and releases, the learner sees the feedback', () => {
    let enrolmentId: string, submissionId: string, reviewId: string;

    it('shows the learner their weeks: week 1 passed with its feedback, week 2 awaiting review, week 3 open to submit', async () => {
      enrolmentId = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
      const r = await t.gql(MINE, { e: enrolmentId }, { token: learner });
      expect(r.errors).toBeUndefined();
      const weeks = r.data!.myAssignments;
      expect(weeks).toHaveLength(7);
      expect(weeks[0]).toMatchObject({ week: 1, progress: 'PASSED', canSubmit: false, dueSource: 'PROGRAMME' });
      expect(weeks[0].submissions[0].review).toMatchObject({ verdict: 'PASS', total: 9 });
      expect(weeks[0].submissions[0].review.feedback).toMatch(/customer outcome/);
      expect(weeks[1]).toMatchObject({ week: 2, progress: 'AWAITING_REVIEW', canSubmit: true });
      expect(weeks[2]).toMatchObject({ week: 3, open: true, progress: 'NOT_SUBMITTED', canSubmit: true, cannotSubmitReason: null });
      expect(weeks[3]).toMatchObject({ week: 4, open: false, canSubmit: false, instructions: null });
      expect(weeks[3].cannotSubmitReason).toMatch(/^Week 4 is not open yet \(it opens \w{3} \d+ \w+, 00:00 GMT\+2\)$/);
    });

    it('the learner submits week 3 as text: version 1, late only if after the due point', async () => {
      const r = await t.gql(SUBMIT, { i: { enrolmentId, week: 3, text: 'Failure demand is a third of our calls.' } }, { token: learner });
      expect(r.errors).toBeUndefined();
      const s = r.data!.submitAssignment;
      expect(s).toMatchObject({
        week: 3,
        version: 1,
        latest: true,
        state: 'SUBMITTED',
        review: null,
        text: 'Failure demand is a third of our calls.',
      });
      expect(s.late).toBe(Date.parse(s.submittedAt) > Date.parse(s.dueAt));
      expect(s.assignment.rubric.map((c: Json) => c.id)).toEqual(['insight', 'method', 'application']);
      submissionId = s.id;
    });

    it('the coach finds it in the grading queue (oldest first), with the rubric', async () => {
      const r = await t.gql(QUEUE, { f: { cohortId, week: 3, state: 'SUBMITTED' } }, { token: coach });
      expect(r.errors).toBeUndefined();
      expect(r.data!.gradingQueue.items.map((i: Json) => i.id)).toContain(submissionId);
      const all = (await t.gql(QUEUE, { f: { state: 'SUBMITTED' }, first: 100 }, { token: coach })).data!.gradingQueue.items;
      const times = all.map((i: Json) => Date.parse(i.submittedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(all.every((i: Json) => i.state === 'SUBMITTED' && i.review === null)).toBe(true);
      const one = await t.gql(GET, { id: submissionId }, { token: coach });
      expect(one.data!.submission.assignment).toMatchObject({ passMark: 6, maxPoints: 10 });
    });

    it('refuses scores that are not levels of the rubric, and a PASS below the pass mark', async () => {
      const bad = await t.gql(
        SAVE,
        { i: { submissionId, scores: scores(3, 4, 2), verdict: 'PASS', feedback: '', expectedVersion: 0 } },
        { token: coach },
      );
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].message).toBe('"Customer insight" cannot score 3; its levels are 0 (Missing), 2 (Partial), 4 (Clear)');
      const missing = await t.gql(
        SAVE,
        { i: { submissionId, scores: scores(4, 4, 2).slice(0, 2), verdict: 'PASS', feedback: '', expectedVersion: 0 } },
        { token: coach },
      );
      expect(missing.errors![0].message).toBe('"Application at work" is not scored');
      const low = await t.gql(
        SAVE,
        { i: { submissionId, scores: scores(2, 2, 1), verdict: 'PASS', feedback: 'ok', expectedVersion: 0 } },
        { token: coach },
      );
      expect(codeOf(low)).toBe('BAD_USER_INPUT');
      expect(low.errors![0].message).toBe('A total of 5 is below the pass mark of 6: the verdict cannot be PASS (choose REVISE or FAIL)');
    });

    it('the coach saves a draft: the learner does not see it', async () => {
      const r = await t.gql(
        SAVE,
        { i: { submissionId, scores: scores(4, 2, 1), verdict: 'PASS', feedback: 'Clear insight.', expectedVersion: 0 } },
        { token: coach },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.saveReview).toMatchObject({
        state: 'DRAFT',
        verdict: 'PASS',
        total: 7,
        version: 1,
        reviewer: { email: 'coach@beacon.test' },
      });
      reviewId = r.data!.saveReview.id;
      const edited = await t.gql(
        SAVE,
        {
          i: { submissionId, scores: scores(4, 4, 1), verdict: 'PASS', feedback: 'Clear insight and a sound method.', expectedVersion: 1 },
        },
        { token: coach },
      );
      expect(edited.data!.saveReview).toMatchObject({ total: 9, version: 2 });

      const seen = await t.gql(GET, { id: submissionId }, { token: learner });
      expect(seen.data!.submission).toMatchObject({ state: 'SUBMITTED', review: null });
      const mine = (await t.gql(MINE, { e: enrolmentId }, { token: learner })).data!.myAssignments[2];
      expect(mine).toMatchObject({ progress: 'AWAITING_REVIEW' });
      expect(mine.submissions[0].review).toBeNull();
      const staff = await t.gql(GET, { id: submissionId }, { token: coach });
      expect(staff.data!.submission).toMatchObject({ state: 'DRAFT', review: { state: 'DRAFT', total: 9 } });
    });

    it('releases: the learner sees scores, total, verdict and feedback, and is notified once', async () => {
      const r = await t.gql(RELEASE, { id: reviewId, v: 2 }, { token: coach });
      expect(r.errors).toBeUndefined();
      expect(r.data!.releaseReview).toMatchObject({ state: 'RELEASED', version: 3 });

      const seen = (await t.gql(GET, { id: submissionId }, { token: learner })).data!.submission;
      expect(seen.state).toBe('RELEASED');
      expect(seen.review).toMatchObject({
        verdict: 'PASS',
        total: 9,
        maxPoints: 10,
        passMark: 6,
        reachesPassMark: true,
        feedback: 'Clear insight and a sound method.',
        reviewer: null,
      });
      expect(seen.review.scores).toEqual([
        { criterionId: 'insight', criterionTitle: 'Customer insight', points: 4, levelLabel: 'Clear' },
        { criterionId: 'method', criterionTitle: 'Use of the method', points: 4, levelLabel: 'Sound' },
        { criterionId: 'application', criterionTitle: 'Application at work', points: 1, levelLabel: 'Planned' },
      ]);
      const mine = (await t.gql(MINE, { e: enrolmentId }, { token: learner })).data!.myAssignments[2];
      expect(mine).toMatchObject({ progress: 'PASSED', canSubmit: false });

      const message = await waitFor(async () => {
        const rows = await t.beacon.db.query(`SELECT to_email, subject, body, status FROM outbox_message WHERE dedupe_key = $1`, [
          `review-released/${reviewId}`,
        ]);
        return rows[0]?.status === 'KEPT' ? rows : undefined;
      });
      expect(message).toHaveLength(1);
      expect(message[0].to_email).toBe('learner@beacon.test');
      expect(message[0].subject).toBe('Your week 3 assignment has been reviewed: passed');
      expect(message[0].body).toContain('Score: 9 of 10 (pass mark 6)');
    });

    it('a passed week cannot be resubmitted, and a released review no longer changes', async () => {
      const again = await t.gql(SUBMIT, { i: { enrolmentId, week: 3, text: 'one more' } }, { token: learner });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors![0].message).toBe('Your week 3 assignment has passed; there is nothing to resubmit');
      const edit = await t.gql(
        SAVE,
        { i: { submissionId, scores: scores(0, 0, 0), verdict: 'FAIL', feedback: 'changed my mind', expectedVersion: 3 } },
        { token: coach },
      );
      expect(codeOf(edit)).toBe('CONFLICT');
      expect(edit.errors![0].message).toBe('This review has been released; it can no longer change');
      // and the database refuses it too, whatever the code path
      await expect(t.beacon.db.query(`UPDATE review SET feedback = 'x' WHERE id = $1`, [reviewId])).rejects.toThrow(
        /released and can no longer change/,
      );
    });

    it('keeps an audit trail of who changed the review and when', async () => {
      const r = await t.gql(AUDIT, { s: submissionId }, { token: coach });
      expect(r.errors).toBeUndefined();
      expect(r.data!.reviewAudit.map((a: Json) => [a.action, a.reviewVersion, a.total, a.actor.email])).toEqual([
        ['CREATED', 1, 7, 'coach@beacon.test'],
        ['UPDATED', 2, 9, 'coach@beacon.test'],
        ['RELEASED', 3, 9, 'coach@beacon.test'],
      ]);
      const partner = await t.login('partner@beacon.test');
      expect((await t.gql(AUDIT, { s: submissionId }, { token: partner })).data!.reviewAudit).toHaveLength(3);
      expect(codeOf(await t.gql(AUDIT, { s: submissionId }, { token: learner }))).toBe('FORBIDDEN');
    });
  });

  describe('a coach returns a submission for revision and the learner resubmits (version 2)', () => {
    let learnerB: string, enrolmentId: string, v1: string, v2: string;

    beforeAll(async () => {
      learnerB = await t.login('bongani.khumalo@example.org');
      enrolmentId = await enrolmentOf(t.beacon.db, 'bongani.khumalo@example.org', cohortId);
    });

    it('the coach asks for a revision (feedback required) and releases it', async () => {
      v1 = (await t.gql(SUBMIT, { i: { enrolmentId, week: 3, link: 'https://docs.example.org/bongani/week-3' } }, { token: learnerB }))
        .data!.submitAssignment.id;
      const noFeedback = await t.gql(
        SAVE,
        { i: { submissionId: v1, scores: scores(2, 2, 0), verdict: 'REVISE', feedback: ' ', expectedVersion: 0 } },
        { token: coach },
      );
      expect(noFeedback.errors![0].message).toBe('Feedback is required with a REVISE verdict, so the learner knows what to change');
      const saved = await t.gql(
        SAVE,
        {
          i: {
            submissionId: v1,
            scores: scores(2, 2, 0),
            verdict: 'REVISE',
            feedback: 'Start from the customer’s outcome.',
            expectedVersion: 0,
          },
        },
        { token: coach },
      );
      const released = await t.gql(RELEASE, { id: saved.data!.saveReview.id, v: 1 }, { token: coach });
      expect(released.data!.releaseReview.state).toBe('RELEASED');
    });

    it('the learner sees REVISION_REQUESTED and resubmits: version 2, late only after the due point, v1 keeps its review', async () => {
      const week3 = (await t.gql(MINE, { e: enrolmentId }, { token: learnerB })).data!.myAssignments[2];
      expect(week3).toMatchObject({ progress: 'REVISION_REQUESTED', canSubmit: true });
      expect(week3.submissions[0].review).toMatchObject({ verdict: 'REVISE', feedback: 'Start from the customer’s outcome.' });
      const r = await t.gql(SUBMIT, { i: { enrolmentId, week: 3, text: 'Rewritten from the customer’s outcome.' } }, { token: learnerB });
      expect(r.errors).toBeUndefined();
      const s = r.data!.submitAssignment;
      expect(s).toMatchObject({ version: 2, latest: true, state: 'SUBMITTED', review: null });
      expect(s.late).toBe(Date.parse(s.submittedAt) > Date.parse(s.dueAt));
      expect(s.versions.map((v: Json) => [v.version, v.verdict])).toEqual([
        [2, null],
        [1, 'REVISE'],
      ]);
      v2 = s.id;
      const old = (await t.gql(GET, { id: v1 }, { token: learnerB })).data!.submission;
      expect(old).toMatchObject({ version: 1, latest: false, state: 'RELEASED', review: { verdict: 'REVISE' } });
    });

    it('the queue now holds version 2, not version 1', async () => {
      const items = (await t.gql(QUEUE, { f: { cohortId, week: 3 }, first: 100 }, { token: coach })).data!.gradingQueue.items.filter(
        (i: Json) => i.learner.email === 'bongani.khumalo@example.org',
      );
      expect(items.map((i: Json) => [i.version, i.state])).toEqual([[2, 'SUBMITTED']]);
      const pass = await t.gql(
        SAVE,
        { i: { submissionId: v2, scores: scores(4, 2, 2), verdict: 'PASS', feedback: 'Much better.', expectedVersion: 0 } },
        { token: coach },
      );
      expect(pass.data!.saveReview.total).toBe(8);
    });

    it('a learner may send a new version before any review is released; the draft on the old one is then refused', async () => {
      const learnerC = await t.login('chidi.okeke@example.org');
      const e = await enrolmentOf(t.beacon.db, 'chidi.okeke@example.org', cohortId);
      const first = (await t.gql(SUBMIT, { i: { enrolmentId: e, week: 3, text: 'draft one' } }, { token: learnerC })).data!.submitAssignment
        .id;
      const draft = await t.gql(
        SAVE,
        { i: { submissionId: first, scores: scores(2, 2, 2), verdict: 'PASS', feedback: '', expectedVersion: 0 } },
        { token: coach },
      );
      expect(draft.errors).toBeUndefined();
      const second = await t.gql(SUBMIT, { i: { enrolmentId: e, week: 3, text: 'draft two, better' } }, { token: learnerC });
      expect(second.data!.submitAssignment.version).toBe(2);
      const stale = await t.gql(RELEASE, { id: draft.data!.saveReview.id, v: 1 }, { token: coach });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors![0].message).toBe('The learner has submitted version 2 since; review that version instead');
    });
  });

  describe('two coaches review the same submission', () => {
    let coachB: string, submissionId: string;

    beforeAll(async () => {
      await makeCoach(t.beacon.db, 'nomsa.coach@example.org', cohortId);
      coachB = await t.login('nomsa.coach@example.org');
      const learnerD = await t.login('fatima.bello@example.org');
      const e = await enrolmentOf(t.beacon.db, 'fatima.bello@example.org', cohortId);
      submissionId = (await t.gql(SUBMIT, { i: { enrolmentId: e, week: 3, text: 'My week 3 work' } }, { token: learnerD })).data!
        .submitAssignment.id;
    });

    it('both save the first draft at once: one wins, the other gets CONFLICT, nothing is overwritten', async () => {
      const [a, b] = await Promise.all([
        t.gql(
          SAVE,
          { i: { submissionId, scores: scores(4, 4, 2), verdict: 'PASS', feedback: 'From coach A', expectedVersion: 0 } },
          { token: coach },
        ),
        t.gql(
          SAVE,
          { i: { submissionId, scores: scores(2, 2, 0), verdict: 'REVISE', feedback: 'From coach B', expectedVersion: 0 } },
          { token: coachB },
        ),
      ]);
      const results = [a, b];
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(codeOf(lost[0])).toBe('CONFLICT');
      expect(lost[0].errors![0].message).toBe(
        'Someone else saved this review meanwhile; reload it to see their changes (yours were not saved)',
      );
      const stored = (await t.gql(GET, { id: submissionId }, { token: coach })).data!.submission.review;
      expect(stored.feedback).toBe(won[0].data!.saveReview.feedback);
      expect(stored.version).toBe(1);
    });

    it('a save from a stale version is refused and the other coach’s work stays', async () => {
      const current = (await t.gql(GET, { id: submissionId }, { token: coach })).data!.submission.review;
      const a = await t.gql(
        SAVE,
        {
          i: { submissionId, scores: scores(4, 2, 2), verdict: 'PASS', feedback: 'Coach A, second pass', expectedVersion: current.version },
        },
        { token: coach },
      );
      expect(a.data!.saveReview.version).toBe(current.version + 1);
      const b = await t.gql(
        SAVE,
        {
          i: {
            submissionId,
            scores: scores(0, 0, 0),
            verdict: 'FAIL',
            feedback: 'Coach B, from an old screen',
            expectedVersion: current.version,
          },
        },
        { token: coachB },
      );
      expect(codeOf(b)).toBe('CONFLICT');
      const stored = (await t.gql(GET, { id: submissionId }, { token: coachB })).data!.submission.review;
      expect(stored).toMatchObject({ feedback: 'Coach A, second pass', total: 8, version: current.version + 1 });
      const releaseStale = await t.gql(RELEASE, { id: stored.id, v: current.version }, { token: coachB });
      expect(codeOf(releaseStale)).toBe('CONFLICT');
      const audit = (await t.gql(AUDIT, { s: submissionId }, { token: admin })).data!.reviewAudit;
      expect(audit.map((x: Json) => x.action)).toEqual(['CREATED', 'UPDATED']);
    });
  });

  describe('due points: cohort overrides and learner extensions', () => {
    const DUES = `query($c: ID!) { cohortDueDates(cohortId: $c) { week programmeDueAt cohortDueAt dueAt extensions { enrolmentId dueAt reason learner { email } } } }`;
    const SET_COHORT = `mutation($i: SetCohortDueDateInput!) { setCohortDueDate(input: $i) { week cohortDueAt dueAt } }`;
    const EXTEND = `mutation($i: SetDueExtensionInput!) { setDueExtension(input: $i) { enrolmentId week dueAt source } }`;

    it('an extension makes a late week-1 submission on time again, and applies to the learner’s dueAt', async () => {
      const e = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
      // the demo's late ones are in week 1: find one of them
      const [late] = await t.beacon.db.query(
        `SELECT s.id, s.enrolment_id, s.submitted_at FROM submission s JOIN enrolment e ON e.id = s.enrolment_id WHERE e.cohort_id = $1 AND s.week = 1 AND s.late ORDER BY s.submitted_at LIMIT 1`,
        [cohortId],
      );
      const until = new Date(late.submitted_at.getTime() + 3600_000);
      const r = await t.gql(
        EXTEND,
        { i: { enrolmentId: late.enrolment_id, week: 1, dueAt: until.toISOString(), reason: 'Family emergency' } },
        { token: coach },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.setDueExtension).toMatchObject({ week: 1, source: 'EXTENSION', dueAt: until.toISOString() });
      const [after] = await t.beacon.db.query(`SELECT late, due_at FROM submission WHERE id = $1`, [late.id]);
      expect(after).toEqual({ late: false, due_at: until });

      const dues = (await t.gql(DUES, { c: cohortId }, { token: coach })).data!.cohortDueDates;
      expect(dues[0].extensions).toEqual([expect.objectContaining({ enrolmentId: late.enrolment_id, reason: 'Family emergency' })]);
      // the gradebook marks that learner's week 1 as extended, with their own due point, and nobody else's week
      const BOOK_DUES = `query($c: ID!) { gradebook(cohortId: $c, first: 100) { weeks { week dueAt } rows { enrolmentId extendedWeeks cells { week dueAt } } } }`;
      const book = (await t.gql(BOOK_DUES, { c: cohortId }, { token: coach })).data!.gradebook;
      expect(book.rows.filter((row: Json) => row.extendedWeeks.length).map((row: Json) => [row.enrolmentId, row.extendedWeeks])).toEqual([
        [late.enrolment_id, [1]],
      ]);
      const own = book.rows.find((row: Json) => row.enrolmentId === late.enrolment_id).cells[0].dueAt;
      expect([own, book.weeks[0].dueAt]).toEqual([until.toISOString(), expect.not.stringMatching(until.toISOString())]);
      const removed = await t.gql(EXTEND, { i: { enrolmentId: late.enrolment_id, week: 1, dueAt: null } }, { token: coach });
      expect(removed.data!.setDueExtension.source).toBe('PROGRAMME');
      expect((await t.beacon.db.query(`SELECT late FROM submission WHERE id = $1`, [late.id]))[0].late).toBe(true);

      // the learner's own view names the source
      const partner = await t.login('partner@beacon.test');
      const later = new Date(Date.now() + 10 * 86400_000);
      const set = await t.gql(SET_COHORT, { i: { cohortId, week: 4, dueAt: later.toISOString() } }, { token: partner });
      expect(set.data!.setCohortDueDate).toMatchObject({ week: 4, cohortDueAt: later.toISOString(), dueAt: later.toISOString() });
      const mine = (await t.gql(MINE, { e }, { token: learner })).data!.myAssignments[3];
      expect(mine).toMatchObject({ dueSource: 'COHORT', dueAt: later.toISOString() });
    });

    it('refuses a due point before the week opens, and strangers', async () => {
      const early = await t.gql(SET_COHORT, { i: { cohortId, week: 4, dueAt: '2020-01-01T00:00:00Z' } }, { token: coach });
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(early.errors![0].message).toMatch(/^The due point must be after week 4 opens/);
      const americas = await t.login('partner.americas@beacon.test');
      expect(codeOf(await t.gql(SET_COHORT, { i: { cohortId, week: 4, dueAt: new Date().toISOString() } }, { token: americas }))).toBe(
        'NOT_FOUND',
      );
      expect(codeOf(await t.gql(DUES, { c: cohortId }, { token: learner }))).toBe('FORBIDDEN');
    });
  });

  describe('the gradebook', () => {
    const BOOK = `query($c: ID!) { gradebook(cohortId: $c) { cohortName csvUrl weeks { week dueAt maxPoints } rows { learner { email } enrolmentStatus passedWeeks cells { week state verdict total late overdue version } } } }`;

    it('shows learners × weeks with state and score to the coach and the partner admin', async () => {
      const r = await t.gql(BOOK, { c: cohortId }, { token: coach });
      expect(r.errors).toBeUndefined();
      const g = r.data!.gradebook;
      expect(g.weeks).toHaveLength(7);
      expect(g.rows).toHaveLength(9);
      const lerato = g.rows.find((x: Json) => x.learner.email === 'learner@beacon.test');
      expect(lerato.cells.slice(0, 3).map((c: Json) => [c.state, c.verdict, c.total])).toEqual([
        ['RELEASED', 'PASS', 9],
        ['SUBMITTED', null, null],
        ['RELEASED', 'PASS', 9],
      ]);
      expect(lerato.passedWeeks).toBe(2);
      expect(g.rows.some((x: Json) => x.cells[0].state === 'NOT_SUBMITTED' && x.cells[0].overdue)).toBe(true);
      const partner = await t.login('partner@beacon.test');
      expect((await t.gql(BOOK, { c: cohortId }, { token: partner })).data!.gradebook.rows).toHaveLength(9);
    });

    it('exports CSV: a header and one line per learner, as an attachment', async () => {
      const res = await t.beacon
        .http!.getHttpAdapter()
        .getInstance()
        .inject({ method: 'GET', url: `/cohorts/${cohortId}/gradebook.csv`, headers: { authorization: `Bearer ${coach}` } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="gradebook-coim-johannesburg-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"/,
      );
      const lines = res.body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe(
        'name,email,enrolment_status,' +
          [1, 2, 3, 4, 5, 6, 7].map((w) => `week_${w}_status,week_${w}_score`).join(',') +
          ',weeks_passed,late_submissions',
      );
      expect(lines).toHaveLength(1 + 9);
      expect(lines.find((l) => l.includes('learner@beacon.test'))).toMatch(
        /^Lerato Mokoena,learner@beacon.test,ACTIVE,PASS v1,9,submitted v1,,PASS v1,9,/,
      );
    });

    it('refuses the CSV to learners, other partners and anyone not logged in', async () => {
      const inject = (token?: string) =>
        t.beacon
          .http!.getHttpAdapter()
          .getInstance()
          .inject({ method: 'GET', url: `/cohorts/${cohortId}/gradebook.csv`, headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect((await inject(learner)).statusCode).toBe(403);
      expect((await inject(await t.login('partner.americas@beacon.test'))).statusCode).toBe(404);
      const anon = await inject();
      expect(anon.statusCode).toBe(401);
      expect(anon.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });
});
