import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';

const PG_ADMIN_URL = process.env.E2E_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
const HEALTH_TIMEOUT_MS = 60_000;

export interface RunningServer {
  baseUrl: string;
  artifactsDir: string;
  database: string;
  /** the server's own database and job queues, for tests that must set up what no screen can (a job's due date) */
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  child: ChildProcess;
}

function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => res(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The tests run against builds, not sources: say so plainly when one is missing or stale. */
function checkBuilds(WEB_DIR: string, API_MAIN: string, WEB_DIST: string): void {
  if (!existsSync(API_MAIN)) throw new Error(`The API is not built (${API_MAIN} is missing). Run \`npm run build -w api\` first.`);
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('The web app is not built (web/dist is missing). Run `npm run build -w web` first.');
  if (newestMtime(join(WEB_DIR, 'src')) > statSync(join(WEB_DIST, 'index.html')).mtimeMs) {
    console.warn(
      '\n  web/src changed after the last build: these tests run web/dist. Run `npm run build -w web` to test the latest code.\n',
    );
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode} before it was healthy; see web/artifacts/server.log`);
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${await res.text()}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The API was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s (${last}); see web/artifacts/server.log`);
}

/** A fresh database, and the real built API serving the built web app on a free port. */
export async function startServer(webDir: string): Promise<RunningServer> {
  const WEB_DIST = join(webDir, 'dist');
  const API_MAIN = resolve(webDir, '../api/dist/main.js');
  const ARTIFACTS_DIR = join(webDir, 'artifacts');
  checkBuilds(webDir, API_MAIN, WEB_DIST);
  const database = `beacon_e2e_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  const queuePrefix = database.replace(/[^a-z0-9_]/g, '_');
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const log = createWriteStream(join(ARTIFACTS_DIR, 'server.log'));
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: resolve(webDir, '../api'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(database),
      REDIS_URL,
      BEACON_DEMO_DATA: 'true',
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: WEB_DIST,
      // its own key prefix: other servers on the same Redis must not take this one's jobs
      BEACON_QUEUE_PREFIX: queuePrefix,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  try {
    await waitForHealth(baseUrl, child);
  } catch (e) {
    await stopServer({ database, child });
    throw e;
  }
  return { baseUrl, artifactsDir: ARTIFACTS_DIR, database, databaseUrl: databaseUrl(database), redisUrl: REDIS_URL, queuePrefix, child };
}

export async function stopServer(server: Pick<RunningServer, 'database' | 'child'>): Promise<void> {
  const { child, database } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
