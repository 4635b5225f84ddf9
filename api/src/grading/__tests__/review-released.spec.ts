import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { RELEASE, SAVE, SUBMIT, enrolmentOf, runningCohortId, scores, waitFor } from './grading-fixtures.js';

// The learner hears of a released review through a BullMQ job: the same story on both queue backends.
describe.each(['redis', 'postgres'] as const)('a released review reaches the learner (BullMQ on %s)', (queue) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ queue });
  }, 60_000);
  afterAll(() => t?.close());

  it('writes one "review released" message to the learner, delivered by the worker', async () => {
    const [learner, coach] = await Promise.all([t.login('naledi.sithole@example.org'), t.login('coach@beacon.test')]);
    const enrolmentId = await enrolmentOf(t.beacon.db, 'naledi.sithole@example.org', await runningCohortId(t.beacon.db));
    const submissionId = (await t.gql(SUBMIT, { i: { enrolmentId, week: 3, text: 'My week 3' } }, { token: learner })).data!
      .submitAssignment.id;
    const saved = (
      await t.gql(
        SAVE,
        {
          i: { submissionId, scores: scores(2, 2, 1), verdict: 'REVISE', feedback: 'Name the customer outcome first.', expectedVersion: 0 },
        },
        { token: coach },
      )
    ).data!.saveReview;
    await Promise.all([t.gql(RELEASE, { id: saved.id, v: 1 }, { token: coach }), t.gql(RELEASE, { id: saved.id, v: 1 }, { token: coach })]);
    const sent = await waitFor(async () => {
      const rows = await t.beacon.db.query(`SELECT to_email, subject, status FROM outbox_message WHERE dedupe_key = $1`, [
        `review-released/${saved.id}`,
      ]);
      return rows[0]?.status === 'KEPT' ? rows : undefined;
    });
    expect(sent).toEqual([
      {
        to_email: 'naledi.sithole@example.org',
        subject: 'Your week 3 assignment has been reviewed: please revise and resubmit',
        status: 'KEPT',
      },
    ]);
  });
});
