import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { member } from '../../booking/__tests__/booking-fixtures.js';
import { Role } from '../../common/role.js';
import { SUBMIT, enrolmentOf, httpGet, runningCohortId, upload } from './grading-fixtures.js';

const NEIGHBOURS = `query($s: ID!, $f: GradingQueueFilter) { gradingNeighbours(submissionId: $s, filter: $f) { total position previousId nextId firstId } }`;
const QUEUE_IDS = `query($f: GradingQueueFilter) { gradingQueue(filter: $f, first: 100) { items { id } } }`;

describe('a coach grades one submission after another; a learner’s double click submits once', () => {
  let t: TestApp;
  let learner: string, coach: string, otherLearner: string;
  let cohortId: string, enrolmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [learner, coach, otherLearner] = await Promise.all(
      ['learner@beacon.test', 'coach@beacon.test', 'ama.owusu@example.org'].map((e) => t.login(e)),
    );
    cohortId = await runningCohortId(t.beacon.db);
    enrolmentId = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
  }, 60_000);
  afterAll(() => t?.close());

  it('two identical submitAssignment requests with one client mutation id at the same moment make one version, and both answer it', async () => {
    const m = randomUUID();
    const i = { enrolmentId, week: 3, text: 'Clicked twice.', clientMutationId: m };
    const [a, b] = await Promise.all([t.gql(SUBMIT, { i }, { token: learner }), t.gql(SUBMIT, { i }, { token: learner })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.submitAssignment.id).toBe(b.data!.submitAssignment.id);
    const rows = await t.beacon.db.query(`SELECT version FROM submission WHERE enrolment_id = $1 AND week = 3`, [enrolmentId]);
    expect(rows).toEqual([{ version: 1 }]);
    // a new intention (a new id) is a new version
    const c = await t.gql(SUBMIT, { i: { ...i, clientMutationId: randomUUID(), text: 'A better answer.' } }, { token: learner });
    expect(c.data!.submitAssignment.version).toBe(2);
  });

  it('refuses a client mutation id that is not a UUID', async () => {
    const r = await t.gql(SUBMIT, { i: { enrolmentId, week: 3, text: 'x', clientMutationId: 'twice' } }, { token: learner });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('gives the previous and next submission in queue order, with the filter of the queue', async () => {
    const f = { cohortId, state: 'SUBMITTED' };
    const ids: string[] = (await t.gql(QUEUE_IDS, { f }, { token: coach })).data!.gradingQueue.items.map((x: Json) => x.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const first = (await t.gql(NEIGHBOURS, { s: ids[0], f }, { token: coach })).data!.gradingNeighbours;
    expect(first).toEqual({ total: ids.length, position: 1, previousId: null, nextId: ids[1], firstId: ids[0] });
    const middle = (await t.gql(NEIGHBOURS, { s: ids[1], f }, { token: coach })).data!.gradingNeighbours;
    expect(middle).toMatchObject({ position: 2, previousId: ids[0], nextId: ids[2] });
    const last = (await t.gql(NEIGHBOURS, { s: ids[ids.length - 1], f }, { token: coach })).data!.gradingNeighbours;
    expect(last).toMatchObject({ position: ids.length, nextId: null, firstId: ids[0] });
  });

  it('keeps a submission’s place once it leaves the filter (released): next is still the one after it', async () => {
    const f = { cohortId, state: 'SUBMITTED' };
    const ids: string[] = (await t.gql(QUEUE_IDS, { f }, { token: coach })).data!.gradingQueue.items.map((x: Json) => x.id);
    await t.beacon.db.query(`UPDATE submission SET review_state = 'DRAFT' WHERE id = $1`, [ids[1]]);
    const r = (await t.gql(NEIGHBOURS, { s: ids[1], f }, { token: coach })).data!.gradingNeighbours;
    expect(r).toMatchObject({ total: ids.length - 1, position: null, previousId: ids[0], nextId: ids[2] });
    await t.beacon.db.query(`UPDATE submission SET review_state = NULL WHERE id = $1`, [ids[1]]);
  });

  it('is for the cohort’s staff: a learner is FORBIDDEN, another partner’s coach NOT_FOUND', async () => {
    const [{ id }] = await t.beacon.db.query(`SELECT id FROM submission WHERE enrolment_id = $1 LIMIT 1`, [enrolmentId]);
    expect(codeOf(await t.gql(NEIGHBOURS, { s: id }, { token: otherLearner }))).toBe('FORBIDDEN');
    const stranger = await member(t, { email: 'stranger.coach@americas.example.com', role: Role.COACH, partnerSlug: 'americas' });
    expect(codeOf(await t.gql(NEIGHBOURS, { s: id }, { token: stranger.token }))).toBe('NOT_FOUND');
  });

  it('serves a PDF inline for the preview beside the rubric, and still as a download without ?inline=1', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await upload(t, learner, 'answer.pdf', pdf, { contentType: 'application/pdf' });
    expect(up.status).toBe(201);
    const mine = await httpGet(t, `${up.body.downloadUrl}?inline=1`, learner);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-disposition']).toMatch(/^inline; filename="answer.pdf"/);
    const download = await httpGet(t, up.body.downloadUrl, learner);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });
});
