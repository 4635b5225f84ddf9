import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { MAX_FILE_BYTES } from '../file-sniff.util.js';
import { STAGED_FILE_MAX_AGE_MS, SubmissionFileService } from '../submission-file.service.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { GET, SAMPLES, SUBMIT, enrolmentOf, filesUnder, httpGet, runningCohortId, upload } from './grading-fixtures.js';
import { S3_PREFIX, startFileStore, type TestFileStore } from './file-stores.js';

// The same story on both file stores: the data folder, and an S3-compatible server (s3rver) when BEACON_S3_BUCKET is set.
describe.each(['local', 's3'] as const)(
  'a learner attaches a file to a submission; refused files leave nothing behind (%s storage)',
  (kind) => {
    let t: TestApp;
    let store: TestFileStore;
    let learner: string, other: string, coach: string, americas: string;
    let cohortId: string, enrolmentId: string;
    const stored = () => store.stored();
    const staged = () => filesUnder(join(store.dataDir, 'uploads-staging'));
    const storageKeyOf = async (fileId: string): Promise<string> =>
      (await t.beacon.db.query(`SELECT storage_key FROM submission_file WHERE id = $1`, [fileId]))[0].storage_key;

    let stagedAtStart: string[];
    /** a staged upload last written `ageMs` ago, as a process that died mid-upload leaves it */
    const leaveStaged = async (name: string, ageMs: number) => {
      const dir = join(store.dataDir, 'uploads-staging');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, name), 'half an upload');
      const at = new Date(Date.now() - ageMs);
      await utimes(join(dir, name), at, at);
    };

    beforeAll(async () => {
      store = await startFileStore(kind);
      await leaveStaged('crashed-before-start.part', STAGED_FILE_MAX_AGE_MS + 60_000);
      t = await startTestApp({ env: store.env });
      stagedAtStart = await staged();
      [learner, other, coach, americas] = await Promise.all(
        ['learner@beacon.test', 'ama.owusu@example.org', 'coach@beacon.test', 'partner.americas@beacon.test'].map((e) => t.login(e)),
      );
      cohortId = await runningCohortId(t.beacon.db);
      enrolmentId = await enrolmentOf(t.beacon.db, 'learner@beacon.test', cohortId);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
      await store?.close();
    });

    let pdfId: string;

    it('stores a PDF, recognised by its content, and records its size', async () => {
      const r = await upload(t, learner, 'My plan.pdf', SAMPLES.pdf, { contentType: 'image/png' });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ filename: 'My plan.pdf', contentType: 'application/pdf', sizeBytes: SAMPLES.pdf.length });
      expect(r.body.downloadUrl).toBe(`/api/submissions/files/${r.body.id}`);
      pdfId = r.body.id;
      const key = await storageKeyOf(pdfId);
      expect(await stored()).toEqual([kind === 's3' ? `${S3_PREFIX}/${key}` : key]);
      expect(await store.bytesOf(key)).toEqual(SAMPLES.pdf);
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
      const requests = store.s3?.events.length;
      const r = await upload(t, learner, 'big.pdf', Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_FILE_BYTES, 0x20)]));
      expect(r.status).toBe(413);
      expect(r.body).toEqual({
        statusCode: 413,
        code: 'BAD_USER_INPUT',
        reason: 'FILE_TOO_LARGE',
        message: 'The file is larger than the 10 MB limit',
      });
      expect(await stored()).toEqual(before);
      // no object was written (or written and deleted) meanwhile: a refused file never reaches the store
      expect(store.s3?.events.length).toBe(requests);
      expect(await staged()).toEqual([]);
    });

    it('accepts a file of exactly 10 MB, stored byte for byte', async () => {
      const exact = Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_FILE_BYTES - SAMPLES.pdf.length, 0x20)]);
      const r = await upload(t, learner, 'exact.pdf', exact);
      expect(r.status).toBe(201);
      expect(r.body.sizeBytes).toBe(MAX_FILE_BYTES);
      const key = await storageKeyOf(r.body.id);
      expect(Buffer.compare(await store.bytesOf(key), exact)).toBe(0);
      if (store.s3) {
        // over one 5 MiB part: a multipart upload (completed by a POST), where the small files were one PUT each
        expect(store.s3.events.filter((e) => e.key === `${S3_PREFIX}/${key}`).map((e) => e.name)).toEqual(['ObjectCreated:Post']);
        const pdfKey = `${S3_PREFIX}/${await storageKeyOf(pdfId)}`;
        expect(store.s3.events.find((e) => e.key === pdfKey)?.name).toBe('ObjectCreated:Put');
      }
      expect(await staged()).toEqual([]);
    });

    it('refuses wrong types by content, whatever the name or the browser says, and stores nothing', async () => {
      const before = await stored();
      const requests = store.s3?.events.length;
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
      expect(store.s3?.events.length).toBe(requests);
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

    it('answers NOT_FOUND, not a server error, for a file whose stored bytes have gone', async () => {
      const r = await upload(t, learner, 'lost.pdf', SAMPLES.pdf);
      await store.drop(await storageKeyOf(r.body.id));
      const lost = await httpGet(t, r.body.downloadUrl, learner);
      expect(lost.status).toBe(404);
      expect(JSON.parse(lost.body)).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'File was not found' });
    });

    it('the store: an unknown key cannot be opened, and removing is idempotent', async () => {
      const storage = t.beacon.app.get<FileStorage>(FILE_STORAGE, { strict: false });
      await expect(storage.open('submissions/00/never-stored')).rejects.toMatchObject({ code: 'ENOENT' });
      await expect(storage.remove('submissions/00/never-stored')).resolves.toBeUndefined();
      const r = await upload(t, learner, 'gone.md', SAMPLES.text);
      const key = await storageKeyOf(r.body.id);
      expect(await stored()).toContain(kind === 's3' ? `${S3_PREFIX}/${key}` : key);
      await storage.remove(key);
      await storage.remove(key);
      expect(await stored()).not.toContain(kind === 's3' ? `${S3_PREFIX}/${key}` : key);
      await expect(storage.open(key)).rejects.toMatchObject({ code: 'ENOENT' });
    });

    it('sweeps staged uploads left by a crashed process: at start, and those over an hour old later', async () => {
      expect(stagedAtStart).toEqual([]);
      await leaveStaged('crashed.part', STAGED_FILE_MAX_AGE_MS + 60_000);
      await leaveStaged('in-progress.part', 5_000);
      await leaveStaged('not-an-upload.txt', STAGED_FILE_MAX_AGE_MS * 3);
      expect(await t.beacon.http!.get(SubmissionFileService).removeStaleStaged()).toBe(1);
      expect((await staged()).map((f) => basename(f)).sort()).toEqual(['in-progress.part', 'not-an-upload.txt']);
    });
  },
);
