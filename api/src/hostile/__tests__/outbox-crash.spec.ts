import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase } from '../../test/harness.js';
import { ApiProcess, waitUntil } from './fault-processes.js';

/**
 * Lost emails after a crash (issue 11, item 7): the API process is killed (SIGKILL) in the middle
 * of a large enrolment import, after the import committed its learners and their emails to the
 * outbox but before it queued their delivery. After one restart every message is delivered (to
 * the outbox, as there is no SMTP server): none stays QUEUED.
 *
 * To strike at that moment deterministically, the test holds an exclusive lock on BullMQ's job
 * table (the queue runs on PostgreSQL here) while the import runs: the import commits, its
 * queueing blocks on the lock, the process dies, the lock goes.
 */

const LEARNERS = 1200;

describe('a crash between an import’s commit and the queueing of its emails strands no message', () => {
  let db: { url: string; drop: () => Promise<void> };
  let sql: pg.Client;
  const processes: ApiProcess[] = [];
  const env = () => ({
    DATABASE_URL: db.url,
    BEACON_ROLE: 'all',
    BEACON_DEMO_DATA: 'true',
    BEACON_OUTBOX_SWEEP_MS: '5000',
    LOG_LEVEL: 'warn',
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
  }, 60_000);
  afterAll(async () => {
    for (const p of processes) await p.kill('SIGKILL');
    await sql?.end().catch(() => undefined);
    await db?.drop();
  }, 60_000);

  const counts = async () => {
    const [r] = (
      await sql.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'QUEUED')::int AS queued, count(*) FILTER (WHERE status IN ('KEPT', 'SENT'))::int AS delivered
           FROM outbox_message WHERE kind = 'enrolment' AND to_email LIKE 'crash.learner.%'`,
      )
    ).rows;
    return r as { total: number; queued: number; delivered: number };
  };

  it(`kills the API mid-import of ${LEARNERS} learners; after one restart every email is delivered`, async () => {
    const first = await ApiProcess.start(env());
    processes.push(first);
    await sql.connect();
    const [{ id: cohortId }] = (
      await sql.query(
        `UPDATE cohort SET capacity = 5000 WHERE id = (SELECT c.id FROM cohort c JOIN partner p ON p.id = c.partner_id WHERE p.slug = 'africa' AND c.status = 'OPEN' LIMIT 1) RETURNING id`,
      )
    ).rows;
    const post = (body: object, token?: string) =>
      fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const login = (await (
      await post({ query: `mutation { login(email: "partner@beacon.test", password: "beacon-demo") { token } }` })
    ).json()) as { data: { login: { token: string } } };
    const token = login.data.login.token;

    // the queue's job table, locked: whatever the process queues from now on waits
    const lock = new pg.Client({ connectionString: db.url });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE bullmq.job IN ACCESS EXCLUSIVE MODE');

    const csv = ['email,name', ...Array.from({ length: LEARNERS }, (_, i) => `crash.learner.${i}@example.org,Crash Learner ${i}`)].join(
      '\n',
    );
    const importing = post(
      {
        query: `mutation($c: ID!, $csv: String!) { importEnrolments(cohortId: $c, csv: $csv) { enrolled } }`,
        variables: { c: cohortId, csv },
      },
      token,
    ).then(
      (r) => r.status,
      () => 'connection lost',
    );
    // the import committed: every learner's email is in the outbox, none queued for delivery yet
    await waitUntil('the import to commit', async () => (await counts()).total === LEARNERS, 240_000, 200);
    expect(await first.kill('SIGKILL')).toBeNull();
    expect(await importing).toBe('connection lost');
    await lock.query('ROLLBACK');
    await lock.end();
    expect(await counts()).toEqual({ total: LEARNERS, queued: LEARNERS, delivered: 0 });

    // one restart
    const second = await ApiProcess.start(env());
    processes.push(second);
    await waitUntil('every email to be delivered', async () => (await counts()).delivered === LEARNERS, 240_000, 500);
    expect(await counts()).toEqual({ total: LEARNERS, queued: 0, delivered: LEARNERS });
  }, 600_000);
});
