import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { loadConfig } from '../../config/config.js';
import { createRootLogger } from '../../common/logger.js';
import { startBeacon, type RunningBeacon } from '../../server.js';
import { createTestDatabase, startTestApp, TEST_REDIS, type Json, type TestApp } from '../../test/harness.js';
import { SAMPLES, SUBMIT, enrolmentOf, runningCohortId, upload } from '../../grading/__tests__/grading-fixtures.js';
import { builtMain } from '../../hostile/__tests__/fault-processes.js';

/**
 * `beacon backup` of a used installation, `beacon restore` into a fresh database and a fresh data
 * directory, and Beacon started on the result: every user, submission, file and credential is
 * there, and the credentials still verify against the issuer's keys.
 */

const cli = join(builtMain(), '..', 'cli.js');
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/** Beacon on an existing database (no demo data), with in-process requests. */
async function beaconOn(
  databaseUrl: string,
  dataDir: string,
): Promise<{
  beacon: RunningBeacon;
  inject: (
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    token?: string,
  ) => Promise<{ status: number; body: string; json: () => Json }>;
}> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    BEACON_ROLE: 'api',
    BEACON_DEMO_DATA: 'false',
    BEACON_DATA_DIR: dataDir,
    WEB_DIST_DIR: '/nonexistent',
    BEACON_QUEUE_PREFIX: databaseUrl.split('/').pop()!,
  });
  const beacon = await startBeacon(config, createRootLogger('silent'));
  const fastify = beacon.http!.getHttpAdapter().getInstance();
  return {
    beacon,
    inject: async (method, url, body, token) => {
      const res = await fastify.inject({
        method,
        url,
        payload: body as object,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      return { status: res.statusCode, body: res.body, json: () => res.json() };
    },
  };
}

const snapshot = async (db: { query: (sql: string) => Promise<Json[]> }) => ({
  users: (await db.query(`SELECT email, password_hash FROM "user" ORDER BY email`)).map((r) => `${r.email}:${r.password_hash ?? ''}`),
  submissions: (
    await db.query(`SELECT id, enrolment_id, week, version, body, file_id, latest, review_state FROM submission ORDER BY id`)
  ).map((r) => JSON.stringify(r)),
  files: (await db.query(`SELECT id, storage_key, sha256, size_bytes FROM submission_file ORDER BY id`)).map((r) => JSON.stringify(r)),
  credentials: (await db.query(`SELECT id, enrolment_id, jwt, status_index FROM credential ORDER BY id`)).map((r) => JSON.stringify(r)),
  reviews: (await db.query(`SELECT count(*)::int AS n FROM review`))[0].n as number,
});

describe('backup and restore', () => {
  let source: TestApp;

  it('restores into a fresh database and data directory with every user, submission, file and credential, and credentials still verify', async () => {
    const sourceDir = await mkdtemp(join(tmpdir(), 'beacon-source-'));
    const backupDir = join(await mkdtemp(join(tmpdir(), 'beacon-backup-')), 'backup');
    const freshDir = await mkdtemp(join(tmpdir(), 'beacon-fresh-'));
    cleanups.push(
      () => rm(sourceDir, { recursive: true, force: true }),
      () => rm(join(backupDir, '..'), { recursive: true, force: true }),
      () => rm(freshDir, { recursive: true, force: true }),
    );
    source = await startTestApp({ env: { BEACON_DATA_DIR: sourceDir } });
    cleanups.push(() => source.close());

    // a learner's work with a file, on top of the demo's graduates and their credentials
    const learner = await source.login('learner@beacon.test');
    const cohortId = await runningCohortId(source.beacon.db);
    const enrolmentId = await enrolmentOf(source.beacon.db, 'learner@beacon.test', cohortId);
    const file = await upload(source, learner, 'Plan.pdf', SAMPLES.pdf);
    expect(file.status).toBe(201);
    const submitted = await source.gql(
      SUBMIT,
      { i: { enrolmentId, week: 3, fileId: file.body.id, text: 'My week 3 plan' } },
      { token: learner },
    );
    expect(submitted.errors).toBeUndefined();
    const before = await snapshot(source.beacon.db);
    expect(before.credentials.length).toBeGreaterThan(0);
    expect(before.files).toHaveLength(1);

    const backedUp = await runCli(['backup', '--out', backupDir], { DATABASE_URL: source.beacon.databaseUrl, BEACON_DATA_DIR: sourceDir });
    expect(backedUp).toEqual({ code: 0, out: expect.stringMatching(/Backup written to .*1 files/) });

    const fresh = await createTestDatabase();
    cleanups.push(fresh.drop);
    const restored = await runCli(['restore', '--from', backupDir], { DATABASE_URL: fresh.url, BEACON_DATA_DIR: freshDir });
    expect(restored).toEqual({ code: 0, out: expect.stringMatching(/Restored \d+ rows and 1 files/) });
    // a second restore refuses: the installation is no longer empty
    const again = await runCli(['restore', '--from', backupDir], { DATABASE_URL: fresh.url, BEACON_DATA_DIR: freshDir });
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/restore into an empty installation/);

    const app = await beaconOn(fresh.url, freshDir);
    cleanups.push(() => app.beacon.stop());
    expect(await snapshot(app.beacon.db)).toEqual(before);
    expect(await readdir(join(freshDir, 'files'), { recursive: true })).not.toHaveLength(0);

    // the learner logs in with their password, and their file downloads with its bytes
    const login = (
      await app.inject('POST', '/graphql', { query: `mutation { login(email: "learner@beacon.test", password: "beacon-demo") { token } }` })
    ).json();
    const token = login.data.login.token;
    const download = await app.inject('GET', `/api/submissions/files/${file.body.id}`, undefined, token);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.body, 'latin1')).toEqual(SAMPLES.pdf);

    // the graduate's credential verifies with the restored issuer keys
    const graduate = (
      await app.inject('POST', '/graphql', {
        query: `mutation { login(email: "graduate@beacon.test", password: "beacon-demo") { token } }`,
      })
    ).json().data.login.token;
    const mine = (await app.inject('POST', '/graphql', { query: `{ myCredentials { id jwtUrl } }` }, graduate)).json().data.myCredentials;
    expect(mine.length).toBeGreaterThan(0);
    const jwks = (await app.inject('GET', '/.well-known/jwks.json')).json() as JSONWebKeySet;
    for (const c of mine) {
      // the VC-JWT form (the .json form is JSON-LD with a Data Integrity proof)
      const jwt = (await app.inject('GET', new URL(c.jwtUrl).pathname)).body.trim();
      const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), { typ: 'vc+jwt' });
      expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    }
    const status = (
      await app.inject('POST', '/graphql', { query: `query($id: ID!) { credential(id: $id) { status } }`, variables: { id: mine[0].id } })
    ).json();
    expect(status.data.credential.status).toBe('ACTIVE');
  }, 240_000);
});
