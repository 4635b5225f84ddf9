import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '../../config/config.js';
import { createRootLogger } from '../../common/logger.js';
import { startBeacon } from '../../server.js';
import { createTestDatabase, TEST_REDIS } from '../../test/harness.js';
import { builtMain } from '../../hostile/__tests__/fault-processes.js';
import { smtpSink } from './smtp-sink.js';

/**
 * The first admin of a production-like installation (no demo data, nobody can log in): the
 * operator runs `beacon create-admin`, gets a one-time reset link (also by email when SMTP is
 * configured), sets a password through it and is an admin.
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

describe('beacon create-admin', () => {
  it('makes the first admin of an empty installation: link → password → admin, idempotent, emailed with SMTP', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const env = { DATABASE_URL: database.url, PUBLIC_URL: 'https://beacon.example.org', BEACON_DEMO_DATA: 'false' };
    const config = loadConfig({
      ...env,
      REDIS_URL: TEST_REDIS,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      BEACON_ROLE: 'api',
      WEB_DIST_DIR: '/nonexistent',
      BEACON_QUEUE_PREFIX: database.url.split('/').pop()!,
    });
    const beacon = await startBeacon(config, createRootLogger('silent'));
    cleanups.push(() => beacon.stop());
    const fastify = beacon.http!.getHttpAdapter().getInstance();
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) =>
      (
        await fastify.inject({
          method: 'POST',
          url: '/graphql',
          payload: { query, variables },
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        })
      ).json();
    expect((await beacon.db.query(`SELECT count(*)::int AS n FROM "user"`))[0].n).toBe(0);

    const missing = await runCli(['create-admin', '--email', 'ada@example.org'], env);
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/needs --email and --name/);

    const first = await runCli(['create-admin', '--email', 'Ada@Example.org', '--name', 'Ada Lovelace'], env);
    expect(first).toEqual({ code: 0, out: expect.stringContaining('Created the admin account ada@example.org.') });
    const firstLink = /https:\/\/beacon\.example\.org\/reset-password\/(\S+)/.exec(first.out)?.[1];
    expect(firstLink).toBeDefined();

    // again, with SMTP: nothing created twice, a fresh link that also goes out by email, the first link void
    const sink = await smtpSink();
    cleanups.push(() => sink.close());
    const second = await runCli(['create-admin', '--email', 'ada@example.org', '--name', 'Ada Lovelace'], {
      ...env,
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    });
    expect(second).toEqual({ code: 0, out: expect.stringContaining('ada@example.org exists; it holds the ADMIN role.') });
    expect(second.out).toMatch(/The link was emailed too/);
    const token = /https:\/\/beacon\.example\.org\/reset-password\/(\S+)/.exec(second.out)![1];
    expect(token).not.toBe(firstLink);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].replace(/=\n/g, '')).toContain(`https://beacon.example.org/reset-password/${token}`);
    const rows = await beacon.db.query(`SELECT u.email, m.role FROM "user" u JOIN membership m ON m.user_id = u.id`);
    expect(rows).toEqual([{ email: 'ada@example.org', role: 'ADMIN' }]);

    const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token } }`;
    const stale = await gql(RESET, { t: firstLink, p: 'a long new passphrase 1' });
    expect(stale.errors?.[0]?.extensions?.code).toBeDefined();
    const reset = await gql(RESET, { t: token, p: 'a long new passphrase 2' });
    expect(reset.errors).toBeUndefined();
    const login = await gql(`mutation { login(email: "ada@example.org", password: "a long new passphrase 2") { token } }`);
    const me = await gql(`{ me { email name roles } }`, {}, login.data.login.token);
    expect(me.data.me).toEqual({ email: 'ada@example.org', name: 'Ada Lovelace', roles: ['ADMIN'] });
    // the link works once
    expect((await gql(RESET, { t: token, p: 'yet another passphrase 3' })).errors?.[0]?.extensions?.code).toBeDefined();
  }, 180_000);
});
