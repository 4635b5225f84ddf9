import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase, TEST_REDIS, type Json } from '../../test/harness.js';
import { builtMain, freePort, waitUntil } from '../../hostile/__tests__/fault-processes.js';

/**
 * The services topology as an operator runs it: two API processes and a worker of the build,
 * started at the same moment on one empty database (demo data on), one Redis.
 */

const rootDir = join(builtMain(), '..', '..', '..');

class BeaconProcess {
  output = '';
  readonly exited: Promise<number | null>;
  constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(env: Record<string, string>): BeaconProcess {
    return new BeaconProcess(
      spawn(process.execPath, [builtMain()], {
        cwd: rootDir,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          WEB_DIST_DIR: '/nonexistent',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    if (!this.alive) return;
    this.child.kill(signal);
    await this.exited;
  }
}

const processes: BeaconProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const p of processes) await p.kill('SIGKILL');
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: Json; errors?: { message: string; extensions?: { code?: string } }[] };
}

const healthy = async (base: string) => (await fetch(`${base}/health`)).status === 200;

describe('two APIs and a worker on one empty database', () => {
  it('all come up at once; sessions hold across APIs; a worker killed mid-delivery leaves every invitation delivered once', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const prefix = database.url.split('/').pop()!;
    const common = {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS,
      BEACON_QUEUE_PREFIX: prefix,
      BEACON_DEMO_DATA: 'true',
      BEACON_QUEUE_STALLED_MS: '1000',
    };
    const ports = [await freePort(), await freePort()];
    const bases = ports.map((p) => `http://127.0.0.1:${p}`);

    // all three at the same moment
    const apis = ports.map((p) => BeaconProcess.start({ ...common, BEACON_ROLE: 'api', PORT: String(p), HOST: '127.0.0.1' }));
    const firstWorker = BeaconProcess.start({ ...common, BEACON_ROLE: 'worker' });
    processes.push(...apis, firstWorker);

    const dead = () => [...apis, firstWorker].find((p) => !p.alive);
    for (const base of bases) {
      await waitUntil(
        `${base}/health`,
        async () => {
          const d = dead();
          if (d) throw new Error(`a process exited (${d.child.exitCode}):\n${d.output}`);
          return healthy(base);
        },
        90_000,
        100,
      );
    }
    await waitUntil(
      'the worker to start',
      async () => {
        if (!firstWorker.alive) throw new Error(`the worker exited:\n${firstWorker.output}`);
        return firstWorker.output.includes('Beacon worker running');
      },
      60_000,
    );
    // exactly one of them loaded the demo
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    cleanups.push(() => db.end());
    const count = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0].n as number;
    expect(await count(`SELECT count(*)::int AS n FROM partner WHERE slug = 'africa'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM "user" WHERE email = 'admin@beacon.test'`)).toBe(1);

    // a session opened on one API is known to the other, and a logout on the other ends it on both
    const login = await gql(bases[0], `mutation { login(email: "partner@beacon.test", password: "beacon-demo") { token } }`);
    const token: string = login.data.login.token;
    expect((await gql(bases[1], `{ me { email } }`, {}, token)).data.me.email).toBe('partner@beacon.test');
    expect((await gql(bases[1], `mutation { logout }`, {}, token)).data.logout).toBe(true);
    const refused = await waitUntil(
      'the first API to refuse the ended session',
      async () => {
        const r = await gql(bases[0], `{ me { email } }`, {}, token);
        return r.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && r;
      },
      5_000,
      10,
    );
    expect(refused.data?.me ?? null).toBeNull();

    // 300 invitations by CSV import; the worker is killed while delivering them
    const partnerToken = (await gql(bases[1], `mutation { login(email: "partner@beacon.test", password: "beacon-demo") { token } }`)).data
      .login.token;
    const {
      rows: [cohort],
    } = await db.query(
      `UPDATE cohort SET capacity = 400 WHERE id = (SELECT c.id FROM cohort c JOIN partner p ON p.id = c.partner_id WHERE p.slug = 'africa' AND c.status = 'OPEN' LIMIT 1) RETURNING id`,
    );
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    cleanups.push(() => locker.end());
    const emails = Array.from({ length: 300 }, (_, i) => `topology.${i}@example.org`);
    const csv = ['email,name', ...emails.map((e, i) => `${e},Topology Learner ${i}`)].join('\n');
    await locker.query('BEGIN');
    // the worker is paused while the import is written, then the last 150 addresses' rows are
    // locked: their deliveries block on them until the lock goes
    firstWorker.child.kill('SIGSTOP');
    const imported = await gql(
      bases[0],
      `mutation($c: ID!, $csv: String!) { importEnrolments(cohortId: $c, csv: $csv) { enrolled errors { line message } } }`,
      { c: cohort.id, csv },
      partnerToken,
    );
    expect(imported.data.importEnrolments).toEqual({ enrolled: 300, errors: [] });
    const held = await locker.query(`SELECT id FROM outbox_message WHERE to_email = ANY($1) FOR UPDATE`, [emails.slice(150)]);
    expect(held.rowCount).toBe(150);
    firstWorker.child.kill('SIGCONT');
    const delivered = async () =>
      count(`SELECT count(*)::int AS n FROM outbox_message WHERE to_email = ANY($1) AND status <> 'QUEUED'`, [emails]);
    const blocked = async () =>
      count(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%outbox_message%'`,
      );
    await waitUntil(
      'the worker to deliver the free half and block on the held one',
      async () => (await delivered()) >= 150 && (await blocked()) > 0,
      60_000,
      50,
    );
    await firstWorker.kill('SIGKILL');
    await locker.query('ROLLBACK');
    const atKill = await delivered();
    expect(atKill).toBeLessThan(300);

    const secondWorker = BeaconProcess.start({ ...common, BEACON_ROLE: 'worker' });
    processes.push(secondWorker);
    await waitUntil(
      'every invitation delivered',
      async () => {
        if (!secondWorker.alive) throw new Error(`the restarted worker exited:\n${secondWorker.output}`);
        return (await delivered()) === 300;
      },
      90_000,
      100,
    );
    const perAddress = (
      await db.query(
        `SELECT to_email, count(*)::int AS n, min(status) AS status FROM outbox_message WHERE to_email = ANY($1) GROUP BY to_email`,
        [emails],
      )
    ).rows;
    expect(perAddress).toHaveLength(300);
    expect(perAddress.every((r) => r.n === 1 && r.status === 'KEPT')).toBe(true);
    for (const base of bases) expect(await healthy(base)).toBe(true);
    process.stdout.write(
      `topology: 2 APIs + worker up together; worker killed with ${atKill}/300 delivered; all 300 delivered once after restart\n`,
    );
  }, 240_000);
});
