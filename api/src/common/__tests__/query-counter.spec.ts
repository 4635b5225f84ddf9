import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { queryCountingEnabled, SQL_QUERIES_HEADER } from '../query-counter.js';

const ME = `query { me { id email roles } }`;

describe('counting SQL queries per request (BEACON_COUNT_QUERIES=1)', () => {
  let t: TestApp;
  let token: string;
  const before = process.env.BEACON_COUNT_QUERIES;
  beforeAll(async () => {
    process.env.BEACON_COUNT_QUERIES = '1';
    t = await startTestApp();
    token = await t.login('coach@beacon.test');
  }, 60_000);
  afterAll(async () => {
    if (before === undefined) delete process.env.BEACON_COUNT_QUERIES;
    else process.env.BEACON_COUNT_QUERIES = before;
    await t?.close();
  });

  it('is off unless the variable is exactly 1', () => {
    expect(queryCountingEnabled({})).toBe(false);
    expect(queryCountingEnabled({ BEACON_COUNT_QUERIES: 'true' })).toBe(false);
    expect(queryCountingEnabled({ BEACON_COUNT_QUERIES: '1' })).toBe(true);
  });

  it('reports the queries a GraphQL request ran in a response header', async () => {
    const r = await t.gql(ME, {}, { token });
    expect(r.data!.me.email).toBe('coach@beacon.test');
    const n = Number(r.headers[SQL_QUERIES_HEADER]);
    // the session lookup and the user with memberships, at least
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThan(10);
  });

  it('keeps concurrent requests’ counts apart', async () => {
    const single = Number((await t.gql(ME, {}, { token })).headers[SQL_QUERIES_HEADER]);
    const many = await Promise.all(Array.from({ length: 12 }, () => t.gql(ME, {}, { token })));
    expect(many.map((r) => Number(r.headers[SQL_QUERIES_HEADER]))).toEqual(many.map(() => single));
  });

  it('counts zero for a request that runs no SQL', async () => {
    const r = await t.gql(`query { __typename }`);
    expect(r.headers[SQL_QUERIES_HEADER]).toBe('0');
  });
});
