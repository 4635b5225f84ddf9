import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import { loadConfig } from '../config/config.js';
import { createRootLogger } from '../common/logger.js';
import { startBeacon, type RunningBeacon } from '../server.js';

/** PostgreSQL and Redis of the development machines and CI (trust auth on 127.0.0.1). */
export const TEST_PG = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `beacon_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${TEST_PG}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: `${TEST_PG}/${name}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: `${TEST_PG}/postgres` });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A value read from an untyped answer: GraphQL, JSON or SQL rows. The API tests read their answers
 * through `t.gql(query)` without a result type about 600 times, so `data`, `json()` and the rows
 * mapped out of them are deliberately `any`: typing each document would be a rewrite of the suites.
 * This is the API's one exception to `no-explicit-any`; give `gql<T>` a type where a test needs one.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any;

export interface GqlResult<T = Record<string, Json>> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; details?: unknown } }[];
  status: number;
  headers: Record<string, unknown>;
}

export interface TestApp {
  beacon: RunningBeacon;
  gql: <T = Record<string, Json>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string; cookie?: string; ip?: string; headers?: Record<string, string> },
  ) => Promise<GqlResult<T>>;
  login: (email: string, password?: string) => Promise<string>;
  get: (url: string) => Promise<{ status: number; json: () => Json; body: string }>;
  close: () => Promise<void>;
}

/**
 * A fresh database with demo data and the real application on it, on BullMQ's Redis or
 * PostgreSQL backend; requests go through Fastify's in-process injection.
 */
export async function startTestApp(
  opts: { queue?: 'redis' | 'postgres'; env?: Record<string, string>; logger?: Logger } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const queue = opts.queue ?? 'redis';
  const config = loadConfig({
    DATABASE_URL: database.url,
    ...(queue === 'redis' ? { REDIS_URL: TEST_REDIS } : {}),
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    BEACON_DEMO_DATA: 'true',
    BEACON_ROLE: 'all',
    WEB_DIST_DIR: '/nonexistent',
    // Redis is shared by test files: each app gets its own key prefix
    BEACON_QUEUE_PREFIX: database.url.split('/').pop()!,
    ...opts.env,
  });
  const beacon = await startBeacon(config, opts.logger ?? createRootLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  const fastify = beacon.http!.getHttpAdapter().getInstance();

  const gql: TestApp['gql'] = async (query, variables, o = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (o.cookie) headers.cookie = o.cookie;
    const res = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query, variables },
      headers,
      remoteAddress: o.ip ?? '127.0.0.1',
    });
    const body = res.json();
    return { data: body.data ?? null, errors: body.errors, status: res.statusCode, headers: res.headers };
  };

  const login = async (email: string, password = 'beacon-demo') => {
    const r = await gql<{ login: { token: string } }>(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: email,
      p: password,
    });
    if (!r.data) throw new Error(`login of ${email} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };

  const get: TestApp['get'] = async (url) => {
    const res = await fastify.inject({ method: 'GET', url });
    return { status: res.statusCode, json: () => res.json(), body: res.body };
  };

  return {
    beacon,
    gql,
    login,
    get,
    close: async () => {
      await beacon.stop();
      await database.drop();
    },
  };
}

/** The error code of the first GraphQL error, for assertions. */
export const codeOf = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;
