import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded-postgres.js';

const TIMEOUT = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// The repo has no @types/pg; a minimal local view of pg's Client keeps this file type-safe either way.
interface PgClient {
  connect(): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  end(): Promise<void>;
}
type PgClientClass = new (config: { connectionString: string }) => PgClient;
let Client: PgClientClass;

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<T>(sql, params);
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let dataDir: string;
  let port: number;
  const logs: string[] = [];
  const log = (msg: string) => logs.push(msg);

  beforeAll(async () => {
    const pgModule = 'pg';
    Client = ((await import(pgModule)) as { default: { Client: PgClientClass } }).default.Client;
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'beacon-embedded-pg-'));
    port = await freePort();
  });

  afterAll(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it(
    'creates a cluster, and its data survives a restart',
    async () => {
      const signalListeners = process.listenerCount('SIGTERM');
      const beforeExitListeners = process.listenerCount('beforeExit');

      const first = await startEmbeddedPostgres({ dataDir, port, log });
      try {
        expect(first.url).toBe(`postgres://postgres:beacon@127.0.0.1:${port}/beacon`);
        // embedded-postgres's own exit hooks were removed
        expect(process.listenerCount('SIGTERM')).toBe(signalListeners);
        expect(process.listenerCount('beforeExit')).toBe(beforeExitListeners);

        await query(first.url, 'CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)');
        await query(first.url, 'INSERT INTO note (body) VALUES ($1)', ['survives restarts — ünïcödé']);
        const { rows } = await query<{ db: string; enc: string }>(
          first.url,
          'SELECT current_database() AS db, pg_encoding_to_char(encoding) AS enc FROM pg_database WHERE datname = current_database()',
        );
        expect(rows[0]).toEqual({ db: 'beacon', enc: 'UTF8' });
      } finally {
        await first.stop();
      }
      await first.stop(); // idempotent
      await expect(query(first.url, 'SELECT 1')).rejects.toThrow();
      await expect(fs.stat(path.join(dataDir, 'pg', 'PG_VERSION'))).resolves.toBeTruthy();
      await expect(fs.stat(path.join(dataDir, 'pg', 'postmaster.pid'))).rejects.toThrow();

      const second = await startEmbeddedPostgres({ dataDir, port, log });
      try {
        const { rows } = await query<{ body: string }>(second.url, 'SELECT body FROM note');
        expect(rows).toEqual([{ body: 'survives restarts — ünïcödé' }]);
      } finally {
        await second.stop();
      }
      expect(logs.some((l) => l.includes('Creating the embedded PostgreSQL cluster'))).toBe(true);
      expect(logs.filter((l) => l.includes('Creating the embedded PostgreSQL cluster'))).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'removes a postmaster.pid left by a killed run',
    async () => {
      // a PID that certainly is not running any more
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const deadPid = Number(gone.stdout);
      const lockFile = path.join(dataDir, 'pg', 'postmaster.pid');
      await fs.writeFile(
        lockFile,
        `${deadPid}\n${path.join(dataDir, 'pg')}\n1700000000\n${port}\n\n127.0.0.1\n  5432001         0\nready   \n`,
      );

      const pgServer = await startEmbeddedPostgres({ dataDir, port, log });
      try {
        const { rows } = await query<{ n: number }>(pgServer.url, 'SELECT count(*)::int AS n FROM note');
        expect(rows[0]!.n).toBe(1);
      } finally {
        await pgServer.stop();
      }
      expect(logs.some((l) => l.includes('Removing a stale'))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'fails with a clear message when the port is taken',
    async () => {
      const blocker = net.createServer();
      await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', () => resolve()));
      try {
        await expect(startEmbeddedPostgres({ dataDir, port, log })).rejects.toThrow(
          /Port \d+ on 127\.0\.0\.1 is already in use.*BEACON_PG_PORT/,
        );
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
      }
    },
    TIMEOUT,
  );
});
