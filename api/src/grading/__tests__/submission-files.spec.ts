import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { MAX_FILE_BYTES } from '../file-sniff.util.js';
import { GET, SAMPLES, SUBMIT, enrolmentOf, filesUnder, httpGet, runningCohortId, upload } from './grading-fixtures.js';

describe('a learner attaches a file to a submission; refused files leave nothing behind', () => {
  let t: TestApp;
  let dataDir: string;
  let learner: string, other: string, coach: string, americas: string;
  let cohortId: string, enrolmentId: string;
  const stored = () => filesUnder(join(dataDir, 'files'));
  const staged = () => filesUnder(join(dataDir, 'uploads-staging'));

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'beacon-files-'));
    t = await startTestApp({ env: { BEACON_DATA_DIR: dataDir } });
    [learner, other, coach, americas] = await Promise.all(['learner@beacon.test', 'ama.owusu@example.org', 'coach@beacon.test', 'partner.americas@beacon.test'].map((e) => t.login(e)));
    cohortId = await runningCohortId(t.beacon.db);
    enrolmentId = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  let pdfId: string;

  it('stores a PDF, recognised by its content, and records its size', async () => {
    const r = await upload(t, learner, 'My plan.pdf', SAMPLES.pdf, { contentType: 'image/png' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ filename: 'My plan.pdf', contentType: 'application/pdf', sizeBytes: SAMPLES.pdf.length });
    expect(r.body.downloadUrl).toBe(`/api/submissions/files/${r.body.id}`);
    pdfId = r.body.id;
    expect(await stored()).toHaveLength(1);
    expect(await staged()).toEqual([]);
  });

  it('recognises Word, PNG and markdown files', async () => {
    const docx = await upload(t, learner, 'plan.docx', SAMPLES.docx);
    expect(docx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await upload(t, learner, 'board.PNG', SAMPLES.png)).body.contentType).toBe('image/png');
    expect((await upload(t, learner, 'notes.md', SAMPLES.text)).body.contentType).toBe('text/markdown');
    expect(await stored()).toHaveLength(4);
  });

  it('refuses a file over 10 MB with FILE_TOO_LARGE and stores nothing', async () => {
    const before = await stored();
    const r = await upload(t, learner, 'big.pdf', Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_FILE_BYTES, 0x20)]));
    expect(r.status).toBe(413);
    expect(r.body).toEqual({ statusCode: 413, code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', message: 'The file is larger than the 10 MB limit' });
    expect(await stored()).toEqual(before);
    expect(await staged()).toEqual([]);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const exact = Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_FILE_BYTES - SAMPLES.pdf.length, 0x20)]);
    const r = await upload(t, learner, 'exact.pdf', exact);
    expect(r.status).toBe(201);
    expect(r.body.sizeBytes).toBe(MAX_FILE_BYTES);
  });

  it('refuses wrong types by content, whatever the name or the browser says, and stores nothing', async () => {
    const before = await stored();
    const exe = await upload(t, learner, 'plan.pdf', SAMPLES.exe, { contentType: 'application/pdf' });
    expect(exe.status).toBe(415);
    expect(exe.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' });
    expect(exe.body.message).toMatch(/^This file is EXE .* which is not accepted\. Upload PDF/);
    const disguised = await upload(t, learner, 'plan.pdf', SAMPLES.png);
    expect(disguised.status).toBe(415);
    expect(disguised.body.message).toBe('The file is named .pdf but its content is PNG (image/png); rename it or upload the right file.');
    const html = await upload(t, learner, 'page.html', SAMPLES.html);
    expect(html.status).toBe(415);
    expect(html.body.message).toMatch(/could not be recognised/);
    const binaryText = await upload(t, learner, 'notes.txt', SAMPLES.exe);
    expect(binaryText.status).toBe(415);
    const empty = await upload(t, learner, 'empty.txt', Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.reason).toBe('FILE_EMPTY');
    expect(await stored()).toEqual(before);
    expect(await staged()).toEqual([]);
  });

  it('refuses a request without a file, and anyone not logged in', async () => {
    const wrongField = await upload(t, learner, 'plan.pdf', SAMPLES.pdf, { field: 'document' });
    expect(wrongField.status).toBe(400);
    const anonymous = await upload(t, null, 'plan.pdf', SAMPLES.pdf);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
  });

  it('attaches the file to a submission; the learner and the coach can download it, nobody else', async () => {
    const r = await t.gql(SUBMIT, { i: { enrolmentId, week: 3, fileId: pdfId, text: 'See the attached plan.' } }, { token: learner });
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitAssignment.file).toMatchObject({ id: pdfId, filename: 'My plan.pdf', contentType: 'application/pdf' });
    const url = r.data!.submitAssignment.file.downloadUrl;

    const mine = await httpGet(t, url, learner);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.headers['content-disposition']).toBe(`attachment; filename="My plan.pdf"; filename*=UTF-8''My%20plan.pdf`);
    expect(mine.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(mine.raw, SAMPLES.pdf)).toBe(0);
    expect((await httpGet(t, url, coach)).status).toBe(200);
    expect((await httpGet(t, url, other)).status).toBe(404);
    expect((await httpGet(t, url, americas)).status).toBe(404);
    expect((await httpGet(t, url)).status).toBe(401);
    expect((await httpGet(t, '/api/submissions/files/not-an-id', learner)).status).toBe(404);

    const seen = await t.gql(GET, { id: r.data!.submitAssignment.id }, { token: coach });
    expect(seen.data!.submission.file.sizeBytes).toBe(SAMPLES.pdf.length);
  });

  it('refuses to attach someone else’s file', async () => {
    const theirs = await upload(t, other, 'theirs.pdf', SAMPLES.pdf);
    const r = await t.gql(SUBMIT, { i: { enrolmentId, week: 3, fileId: theirs.body.id } }, { token: learner });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe('The file was not found; upload it again');
  });
});
