import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { Queue } from 'bullmq';
import type { ProgrammeDefinition } from '@beacon/domain';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeCohort, makeProgrammeVersion, partnerIdBySlug } from '../../test/factories.js';
import { COIM } from '../../demo/coim-programme.js';
import { QueueName } from '../../jobs/queue-name.enum.js';
import { PrivateRedis, WorkerProcess, waitUntil } from './fault-processes.js';

/**
 * Fault injection on bulk credential issuance: the queue's Redis dies mid-run and comes back
 * empty; a worker process is killed mid-job and another takes over. Either way the run
 * finishes with every eligible learner holding exactly one credential.
 *
 * To strike mid-job deterministically, the test holds an EXCLUSIVE lock on the credential table
 * while the run starts: the jobs in flight block on their INSERT, the fault strikes, the lock goes
 * (and the in-flight transactions finish, or die with their process).
 */

const STALLED_MS = '1000';

/** A completed cohort of `n` learners who are all eligible (a programme whose criteria ask nothing). */
async function eligibleCohort(t: TestApp, n: number, code: string): Promise<{ cohortId: string; enrolmentIds: string[] }> {
  const db = t.beacon.db;
  const definition: ProgrammeDefinition = {
    ...COIM,
    code,
    title: `Fault drill ${code}`,
    completion: { allAssignmentsPassed: false, minAttendancePercent: 0, coachingSessionsRequired: 0 },
  };
  const version = await makeProgrammeVersion(db, definition);
  const { cohort } = await makeCohort(db, {
    partnerId: await partnerIdBySlug(db, 'africa'),
    programmeVersionId: version.id,
    startDate: '2026-01-05',
    timeZone: 'Africa/Johannesburg',
    capacity: n + 10,
    status: 'COMPLETED',
  });
  const users: { id: string }[] = await db.query(
    `INSERT INTO "user" (email, name) SELECT lower($1) || '.' || g || '@example.org', 'Fault Learner ' || g FROM generate_series(1, $2::int) g RETURNING id`,
    [code, n],
  );
  const enrolments: { id: string }[] = await db.query(
    `INSERT INTO enrolment (cohort_id, user_id, status) SELECT $1, unnest($2::uuid[]), 'ACTIVE' RETURNING id`,
    [cohort.id, users.map((u) => u.id)],
  );
  return { cohortId: cohort.id, enrolmentIds: enrolments.map((e) => e.id) };
}

async function startRun(t: TestApp, cohortId: string): Promise<string> {
  const token = await t.login('partner@beacon.test');
  const r = await t.gql(`mutation($c: ID!) { issueCohortCredentials(cohortId: $c) { id total } }`, { c: cohortId }, { token });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.issueCohortCredentials.id;
}

const progress = async (t: TestApp, runId: string) => {
  const [p] = await t.beacon.db.query(
    `SELECT r.total, count(i.finished_at)::int AS done, count(*) FILTER (WHERE i.outcome = 'ISSUED')::int AS issued,
            count(*) FILTER (WHERE i.outcome = 'ALREADY_HELD')::int AS "alreadyHeld", count(*) FILTER (WHERE i.outcome = 'FAILED')::int AS failed
       FROM issuance_run r JOIN issuance_run_item i ON i.run_id = r.id WHERE r.id = $1 GROUP BY r.id`,
    [runId],
  );
  return p as { total: number; done: number; issued: number; alreadyHeld: number; failed: number };
};

/** credentials per enrolment of the cohort: each must be exactly 1 */
const credentialCounts = async (t: TestApp, enrolmentIds: string[]) => {
  const rows: { n: number }[] = await t.beacon.db.query(
    `SELECT count(c.id)::int AS n FROM unnest($1::uuid[]) e(id) LEFT JOIN credential c ON c.enrolment_id = e.id GROUP BY e.id`,
    [enrolmentIds],
  );
  return rows.map((r) => r.n);
};

/** Holds an EXCLUSIVE lock on the credential table: issuing blocks at its INSERT until release. */
async function lockCredentials(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE credential IN EXCLUSIVE MODE');
  return {
    /** issuing transactions queued behind the lock */
    blocked: async () => {
      // activity is a snapshot held for the whole transaction unless cleared
      await client.query('SELECT pg_stat_clear_snapshot()');
      return (
        await client.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO credential%'`,
        )
      ).rows[0].n as number;
    },
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

const prefixOf = (t: TestApp) => t.beacon.databaseUrl.split('/').pop()!;

describe('bulk issuance survives its faults', () => {
  let redis: PrivateRedis;
  const apps: TestApp[] = [];
  const workers: WorkerProcess[] = [];
  const locks: { release: () => Promise<void> }[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start();
  }, 30_000);
  afterAll(async () => {
    for (const l of locks) await l.release().catch(() => undefined);
    for (const w of workers) await w.kill().catch(() => undefined);
    for (const a of apps) await a.close().catch(() => undefined);
    await redis?.kill();
  }, 60_000);

  it('Redis dies mid-run and comes back empty: the run is re-queued and every learner is credentialed exactly once', async () => {
    const t = await startTestApp({ env: { REDIS_URL: redis.url, BEACON_QUEUE_STALLED_MS: STALLED_MS } });
    apps.push(t);
    const { cohortId, enrolmentIds } = await eligibleCohort(t, 30, 'REDISLOSS');
    const lock = await lockCredentials(t.beacon.databaseUrl);
    locks.push(lock);
    const runId = await startRun(t, cohortId);
    const inFlight = await waitUntil('jobs blocked mid-issue', async () => (await lock.blocked()) > 0 && lock.blocked());
    await redis.kill();
    await lock.release();
    // the jobs in flight finish their database work but cannot tell Redis; the queued ones are gone
    const atFault = await progress(t, runId);
    expect(atFault.done).toBeLessThan(atFault.total);
    // an outage the API itself notices (its health check fails on the queue) before Redis comes back
    await waitUntil('the API to report the queue down', async () => (await t.get('/health')).status !== 200, 20_000, 100);
    await redis.restart();

    const end = await waitUntil(
      'the run to finish',
      async () => {
        const p = await progress(t, runId);
        return p.done === p.total && p;
      },
      60_000,
      200,
    );
    expect(end).toMatchObject({ total: 30, done: 30, failed: 0 });
    expect(end.issued + end.alreadyHeld).toBe(30);
    expect(await credentialCounts(t, enrolmentIds)).toEqual(enrolmentIds.map(() => 1));
    process.stdout.write(
      `redis loss: killed with ${inFlight} jobs in flight and ${atFault.total - atFault.done} unfinished; all ${end.total} issued once\n`,
    );
    const health = await waitUntil('health', async () => (await t.get('/health')).status === 200, 20_000, 200);
    expect(health).toBe(true);
  }, 120_000);

  it('a worker process is killed mid-job: another takes its jobs over and every learner is credentialed exactly once', async () => {
    // this process only serves the API; the jobs run in separate worker processes
    const t = await startTestApp({ env: { BEACON_ROLE: 'api', REDIS_URL: redis.url, BEACON_QUEUE_STALLED_MS: STALLED_MS } });
    apps.push(t);
    const env = {
      DATABASE_URL: t.beacon.databaseUrl,
      REDIS_URL: redis.url,
      BEACON_QUEUE_PREFIX: prefixOf(t),
      BEACON_QUEUE_STALLED_MS: STALLED_MS,
    };
    const { cohortId, enrolmentIds } = await eligibleCohort(t, 60, 'WORKERKILL');
    const first = await WorkerProcess.start(env);
    workers.push(first);
    const lock = await lockCredentials(t.beacon.databaseUrl);
    locks.push(lock);
    const runId = await startRun(t, cohortId);
    const inFlight = await waitUntil('jobs blocked mid-issue', async () => (await lock.blocked()) > 0 && lock.blocked());
    const queue = new Queue(QueueName.Credentials, { connection: { host: '127.0.0.1', port: redis.port }, prefix: prefixOf(t) });
    try {
      const active = await queue.getActiveCount();
      expect(active).toBeGreaterThan(0);
      await first.kill('SIGKILL');
      await lock.release();
      const atKill = await progress(t, runId);
      expect(atKill.done).toBeLessThan(atKill.total);
      // the killed worker's jobs are still "active" in Redis, locked by a process that is gone
      expect(await queue.getActiveCount()).toBeGreaterThan(0);

      const second = await WorkerProcess.start(env);
      workers.push(second);
      const end = await waitUntil(
        'the run to finish',
        async () => {
          const p = await progress(t, runId);
          return p.done === p.total && p;
        },
        60_000,
        200,
      );
      expect(end).toMatchObject({ total: 60, done: 60, failed: 0 });
      expect(end.issued + end.alreadyHeld).toBe(60);
      expect(await credentialCounts(t, enrolmentIds)).toEqual(enrolmentIds.map(() => 1));
      // the surviving worker settles the jobs it took over (their moves out of 'active' may trail the last credential)
      await waitUntil('no job left active', async () => (await queue.getActiveCount()) === 0, 20_000, 100);
      process.stdout.write(
        `worker kill: killed with ${active} jobs active (${inFlight} blocked in the database), ${atKill.total - atKill.done} unfinished; all ${end.total} issued once\n`,
      );
    } finally {
      await queue.close();
    }
  }, 180_000);
});
