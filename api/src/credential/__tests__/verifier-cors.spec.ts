import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';

/**
 * A third-party verifier checks a Beacon credential from its own web page: its browser fetches
 * the credential, the issuer's keys and the status list from another origin. Those answer any
 * origin (GET only, no credentials); the API and everything behind the session cookie do not.
 */
describe('a verifier’s page on another site reads the public credential documents, and nothing else', () => {
  let t: TestApp;
  let credentialId: string;
  const ORIGIN = 'https://verifier.example.net';
  const inject = (opts: { method: 'GET' | 'OPTIONS' | 'POST'; url: string; headers?: Record<string, string>; payload?: unknown }) =>
    t.beacon
      .http!.getHttpAdapter()
      .getInstance()
      .inject(opts as never);

  beforeAll(async () => {
    t = await startTestApp({ queue: 'postgres' });
    const graduate = await t.login('graduate@beacon.test');
    credentialId = (await t.gql(`{ myCredentials { id } }`, {}, { token: graduate })).data!.myCredentials[0].id;
  }, 60_000);
  afterAll(() => t?.close());

  it('answers a preflight for each document: any origin, GET only, no credentials', async () => {
    for (const url of [
      `/credentials/${credentialId}.json`,
      `/credentials/${credentialId}.jsonld`,
      `/credentials/${credentialId}.jwt`,
      '/.well-known/jwks.json',
      '/.well-known/did.json',
      '/credentials/status/1',
      '/issuer',
    ]) {
      const res = await inject({
        method: 'OPTIONS',
        url,
        headers: { origin: ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'accept' },
      });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 204 });
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-methods']).toBe('GET');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('serves the credential, the keys and the status list to any origin', async () => {
    const credential = await inject({ method: 'GET', url: `/credentials/${credentialId}.json`, headers: { origin: ORIGIN } });
    expect(credential.statusCode).toBe(200);
    expect(credential.json().type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.headers['access-control-allow-origin']).toBe('*');
    expect(credential.headers['access-control-allow-credentials']).toBeUndefined();
    for (const url of ['/.well-known/jwks.json', '/.well-known/did.json', `/credentials/${credentialId}.jwt`, '/credentials/status/1']) {
      const res = await inject({ method: 'GET', url, headers: { origin: ORIGIN } });
      expect({ url, status: res.statusCode, allow: res.headers['access-control-allow-origin'] }).toEqual({ url, status: 200, allow: '*' });
    }
    // an unknown credential's "not found" is readable too
    const missing = await inject({
      method: 'GET',
      url: '/credentials/00000000-0000-4000-8000-000000000000.json',
      headers: { origin: ORIGIN },
    });
    expect([missing.statusCode, missing.headers['access-control-allow-origin']]).toEqual([404, '*']);
  });

  it('gives the GraphQL API and the session-cookie routes no cross-origin access', async () => {
    // a browser's POST from another origin is refused outright (common/csrf.ts), and says so to no one
    const gql = await inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      payload: { query: '{ __typename }' },
    });
    expect(gql.statusCode).toBe(403);
    expect(gql.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    // a file of a submission, read with the session cookie
    const session = `beacon_session=${await t.login('learner@beacon.test')}`;
    const file = '/api/submissions/files/00000000-0000-4000-8000-000000000000';
    const cookieRead = await inject({ method: 'GET', url: file, headers: { origin: ORIGIN, cookie: session } });
    expect(cookieRead.statusCode).toBe(404);
    expect(cookieRead.headers['access-control-allow-origin']).toBeUndefined();
    expect(
      (await inject({ method: 'OPTIONS', url: file, headers: { origin: ORIGIN, 'access-control-request-method': 'GET' } })).headers[
        'access-control-allow-origin'
      ],
    ).toBeUndefined();
    for (const url of ['/health', `/credentials/${credentialId}.pdf`]) {
      const res = await inject({ method: 'GET', url, headers: { origin: ORIGIN } });
      expect({ url, allow: res.headers['access-control-allow-origin'] }).toEqual({ url, allow: undefined });
    }
  });
});
