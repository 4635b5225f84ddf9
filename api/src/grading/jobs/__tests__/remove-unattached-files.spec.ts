import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { QueueService } from '../../../jobs/queue.service.js';
import { SubmissionFileService } from '../../submission-file.service.js';
import { QueueName } from '../../../jobs/queue-name.enum.js';
import { RemoveUnattachedFilesJob } from '../remove-unattached-files.job.js';
import { SAMPLES, SUBMIT, enrolmentOf, httpGet, runningCohortId, upload, waitFor } from '../../__tests__/grading-fixtures.js';
import { S3_PREFIX, startFileStore, type TestFileStore } from '../../__tests__/file-stores.js';

// Both file stores, and both BullMQ backends for the repeatable job.
describe.each([
  ['local', 'redis'],
  ['s3', 'postgres'],
] as const)('uploads that no submission took up within a day are deleted (%s storage, BullMQ on %s)', (kind, backend) => {
  let t: TestApp;
  let db: DataSource;
  let store: TestFileStore;
  let files: SubmissionFileService;
  let queue: Queue;
  let learner: string;
  let enrolmentId: string;

  const stored = async () => (await store.stored()).map((k) => (kind === 's3' ? k.slice(S3_PREFIX.length + 1) : k));
  const uploaded = async (name: string): Promise<{ id: string; key: string; downloadUrl: string }> => {
    const r = await upload(t, learner, name, SAMPLES.pdf);
    expect(r.status).toBe(201);
    const [{ storage_key }] = await db.query(`SELECT storage_key FROM submission_file WHERE id = $1`, [r.body.id]);
    return { id: r.body.id, key: storage_key, downloadUrl: r.body.downloadUrl };
  };
  const age = (ids: string[], hours: number) =>
    db.query(`UPDATE submission_file SET created_at = now() - make_interval(hours => $2) WHERE id = ANY($1)`, [ids, hours]);
  const rows = async (): Promise<string[]> =>
    (await db.query(`SELECT id FROM submission_file ORDER BY id`)).map((r: { id: string }) => r.id);
  /** runs the job the way its schedule does: added to the grading queue, taken by the worker */
  const runJob = async (): Promise<number> => {
    const job = await queue.add(RemoveUnattachedFilesJob.name, {});
    return waitFor(async () => {
      const j = await queue.getJob(job.id!);
      const state = await j?.getState();
      if (state === 'failed') throw new Error(`job failed: ${j!.failedReason}`);
      return state === 'completed' ? (j!.returnvalue as number) : undefined;
    }, 20_000);
  };

  beforeAll(async () => {
    store = await startFileStore(kind);
    t = await startTestApp({ queue: backend, env: store.env });
    db = t.beacon.db;
    files = t.beacon.app.get(SubmissionFileService, { strict: false });
    queue = t.beacon.app.get(QueueService, { strict: false }).queue(QueueName.Grading);
    learner = await t.login('learner@beacon.test');
    enrolmentId = await enrolmentOf(db, 'learner@beacon.test', await runningCohortId(db));
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await store?.close();
  });

  it('the worker schedules the clean-up every hour', async () => {
    const scheduler = await waitFor(() => queue.getJobScheduler(RemoveUnattachedFilesJob.schedulerId));
    expect(scheduler).toMatchObject({ name: RemoveUnattachedFilesJob.name, every: 60 * 60_000 });
  });

  it('deletes an old unattached file (row and stored bytes); an attached one and a fresh one stay; a second run deletes nothing', async () => {
    const old = await uploaded('forgotten.pdf');
    const attached = await uploaded('handed-in.pdf');
    const fresh = await uploaded('just-now.pdf');
    const submitted = await t.gql(SUBMIT, { i: { enrolmentId, week: 3, fileId: attached.id } }, { token: learner });
    expect(submitted.errors).toBeUndefined();
    await age([old.id, attached.id], 25);
    await age([fresh.id], 23);

    expect(await runJob()).toBe(1);
    expect(await rows()).toEqual([attached.id, fresh.id].sort());
    expect(await stored()).toEqual([attached.key, fresh.key].sort());
    expect((await httpGet(t, old.downloadUrl, learner)).status).toBe(404);
    const download = await httpGet(t, attached.downloadUrl, learner);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.raw, SAMPLES.pdf)).toBe(0);

    // the job again, and the service directly: nothing more to delete, nothing else touched
    expect(await runJob()).toBe(0);
    expect(await files.removeUnattached()).toBe(0);
    expect(await rows()).toEqual([attached.id, fresh.id].sort());
    expect(await stored()).toEqual([attached.key, fresh.key].sort());
  });

  it('two runs at once delete each file once', async () => {
    const a = await uploaded('a.pdf');
    const b = await uploaded('b.pdf');
    await age([a.id, b.id], 48);
    const counts = await Promise.all([files.removeUnattached(), files.removeUnattached()]);
    expect(counts[0] + counts[1]).toBe(2);
    expect(await rows()).not.toContain(a.id);
    expect(await rows()).not.toContain(b.id);
    expect(await stored()).not.toContain(a.key);
    expect(await stored()).not.toContain(b.key);
  });

  it('keeps a file that a learner attaches while the clean-up is deleting it', async () => {
    const racing = await uploaded('attached-at-the-last-moment.pdf');
    await age([racing.id], 30);
    // a submission referring to the file, inserted but not yet committed (as submitAssignment's transaction would be)
    const other = new pg.Client({ connectionString: t.beacon.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO submission (enrolment_id, week, version, assignment_id, file_id, due_at, late) VALUES ($1, 5, 1, 'week-5', $2, now() + interval '1 day', false)`,
        [enrolmentId, racing.id],
      );
      const removing = files.removeUnattached();
      // the clean-up's DELETE waits for the submission's lock on the file row
      await waitFor(async () => {
        const [{ waiting }] = await db.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return waiting > 0 ? true : undefined;
      });
      await other.query('COMMIT');
      expect(await removing).toBe(0);
    } finally {
      await other.end();
    }
    expect(await rows()).toContain(racing.id);
    expect(await stored()).toContain(racing.key);
    expect(await store.bytesOf(racing.key)).toEqual(SAMPLES.pdf);
  });
});
