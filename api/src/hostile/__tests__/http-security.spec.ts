import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, startTestApp, type Json, type TestApp } from '../../test/harness.js';
import { userIdByEmail } from '../../test/factories.js';
import { SAMPLES } from '../../grading/__tests__/grading-fixtures.js';
import { ApiProcess } from './fault-processes.js';

/**
 * The HTTP layer as an attacker's page meets it (issue 11, items 2, 4 and 5): a form or script on
 * another site cannot use a learner's session cookie (nor log them into another account); every
 * response carries the security headers; a production instance suggests no field names and
 * serves no source maps.
 */

const EVIL = 'https://evil.example';
type Inject = (o: { method: string; url: string; headers?: Record<string, string>; payload?: string | Buffer | object }) => Promise<{
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}>;

const RESET_FEED = 'mutation { resetCalendarFeed }';

/** what a browser adds to a request it sends from a page on another site */
const crossSite = { origin: EVIL, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' };

function multipart(filename: string, content: Buffer): { payload: Buffer; contentType: string } {
  const boundary = `----hostile${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('cross-site requests: the session cookie works only from Beacon’s own pages', () => {
  let t: TestApp;
  let inject: Inject;
  let token: string;
  let cookie: string;
  let learnerId: string;
  const feedToken = async () =>
    (await t.beacon.db.query(`SELECT calendar_token FROM "user" WHERE id = $1`, [learnerId]))[0].calendar_token as string;

  beforeAll(async () => {
    t = await startTestApp({ queue: 'postgres', env: { BEACON_ROLE: 'api' } });
    const fastify = t.beacon.http!.getHttpAdapter().getInstance();
    inject = (o) => fastify.inject(o as never) as never;
    token = await t.login('learner@beacon.test');
    cookie = `beacon_session=${token}`;
    learnerId = await userIdByEmail(t.beacon.db, 'learner@beacon.test');
  }, 120_000);
  afterAll(() => t?.close());

  it('refuses a cross-site form post to /graphql that carries the cookie, and changes nothing', async () => {
    const before = await feedToken();
    const forms = [
      { 'content-type': 'application/x-www-form-urlencoded', payload: `query=${encodeURIComponent(RESET_FEED)}` },
      // <form enctype="text/plain"> can forge a JSON-looking body
      { 'content-type': 'text/plain', payload: JSON.stringify({ query: RESET_FEED, x: '=' }) },
      {
        'content-type': 'multipart/form-data; boundary=x',
        payload: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${RESET_FEED}\r\n--x--\r\n`,
      },
    ];
    for (const { payload, ...headers } of forms) {
      // also from a browser that sends no Origin or Sec-Fetch-Site at all
      for (const site of [crossSite, {}]) {
        const res = await inject({ method: 'POST', url: '/graphql', headers: { ...headers, ...site, cookie }, payload });
        expect({ type: headers['content-type'], site, status: res.statusCode }).toEqual({
          type: headers['content-type'],
          site,
          status: 415,
        });
      }
    }
    expect(await feedToken()).toBe(before);
  });

  it('refuses a cross-origin JSON post with the cookie (Origin or Sec-Fetch-Site says another site), and changes nothing', async () => {
    const before = await feedToken();
    const variants: Record<string, string>[] = [
      { origin: EVIL },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://other.localhost' },
      { origin: 'http://localhost:80.evil.example' },
    ];
    for (const v of variants) {
      const res = await inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', cookie, ...v },
        payload: { query: RESET_FEED },
      });
      expect({ v, status: res.statusCode, code: JSON.parse(res.body).errors?.[0]?.extensions?.code }).toEqual({
        v,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    expect(await feedToken()).toBe(before);
  });

  it('refuses a cross-site login (login CSRF): no session cookie is set', async () => {
    const login = { query: `mutation { login(email: "learner@beacon.test", password: "beacon-demo") { token } }` };
    const form = await inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...crossSite },
      payload: `query=${encodeURIComponent(login.query)}`,
    });
    expect(form.statusCode).toBe(415);
    expect(form.headers['set-cookie']).toBeUndefined();
    const json = await inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...crossSite },
      payload: login,
    });
    expect(json.statusCode).toBe(403);
    expect(json.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a cross-site upload with the cookie and stores nothing', async () => {
    const files = async () =>
      (await t.beacon.db.query(`SELECT count(*)::int AS n FROM submission_file WHERE owner_id = $1`, [learnerId]))[0].n;
    const before = await files();
    const { payload, contentType } = multipart('plan.pdf', SAMPLES.pdf);
    const res = await inject({
      method: 'POST',
      url: '/api/submissions/files',
      headers: { 'content-type': contentType, cookie, ...crossSite },
      payload,
    });
    expect(res.statusCode).toBe(403);
    expect(await files()).toBe(before);
  });

  it('serves Beacon’s own pages (same origin, cookie) and bearer-token clients from anywhere', async () => {
    const sameOrigin = await inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        host: 'beacon.example.org',
        origin: 'http://beacon.example.org',
        'sec-fetch-site': 'same-origin',
        cookie,
      },
      payload: { query: '{ me { email } }' },
    });
    expect(JSON.parse(sameOrigin.body).data).toEqual({ me: { email: 'learner@beacon.test' } });
    // a server-side client: no Origin, no Sec-Fetch-Site
    const server = await t.gql('{ me { email } }', {}, { cookie });
    expect(server.data).toEqual({ me: { email: 'learner@beacon.test' } });
    // a bearer token is no ambient credential: whatever the Origin, it is the caller's own
    const bearer = await inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...crossSite },
      payload: { query: '{ me { email } }' },
    });
    expect(JSON.parse(bearer.body).data).toEqual({ me: { email: 'learner@beacon.test' } });
    const { payload, contentType } = multipart('plan.pdf', SAMPLES.pdf);
    const upload = await inject({
      method: 'POST',
      url: '/api/submissions/files',
      headers: { 'content-type': contentType, authorization: `Bearer ${token}`, origin: EVIL },
      payload,
    });
    expect(upload.statusCode).toBe(201);
  });

  it('sends the security headers on API, credential, calendar and health responses', async () => {
    const [{ id: credentialId }] = await t.beacon.db.query(`SELECT id FROM credential LIMIT 1`);
    const feed = (await t.gql<{ me: { calendarFeedUrl: string } }>('{ me { calendarFeedUrl } }', {}, { token })).data!.me.calendarFeedUrl;
    const responses = {
      '/graphql': await inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query: '{ __typename }' },
      }),
      '/credentials/:id.json': await inject({ method: 'GET', url: `/credentials/${credentialId}.json` }),
      '/calendar/:token.ics': await inject({ method: 'GET', url: new URL(feed).pathname }),
      '/health': await inject({ method: 'GET', url: '/health' }),
      'a 404': await inject({ method: 'GET', url: '/api/nothing-here' }),
    };
    for (const [route, res] of Object.entries(responses)) {
      expect({ route, status: res.statusCode < 500 }).toEqual({ route, status: true });
      expectSecurityHeaders(route, res.headers, { production: false });
    }
    // the verifier's documents stay readable from other sites' pages
    expect(responses['/credentials/:id.json'].headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(responses['/graphql'].headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});

function expectSecurityHeaders(route: string, headers: Record<string, unknown>, opts: { production: boolean }): void {
  const csp = String(headers['content-security-policy'] ?? '');
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
  expect({
    route,
    scriptSrc: directives['script-src'],
    frameAncestors: directives['frame-ancestors'],
    objectSrc: directives['object-src'],
  }).toEqual({
    route,
    scriptSrc: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
  });
  expect({
    route,
    nosniff: headers['x-content-type-options'],
    referrer: headers['referrer-policy'],
    frame: headers['x-frame-options'],
  }).toEqual({
    route,
    nosniff: 'nosniff',
    referrer: 'no-referrer',
    frame: 'DENY',
  });
  if (opts.production)
    expect({ route, hsts: String(headers['strict-transport-security']) }).toEqual({
      route,
      hsts: expect.stringMatching(/^max-age=\d{8,}; includeSubDomains/),
    });
  else expect({ route, hsts: headers['strict-transport-security'] }).toEqual({ route, hsts: undefined });
}

/** a response's JSON, as the loosely typed thing an attacker's client reads */
const json = (r: Response): Promise<Json> => r.json();

const builtWeb = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

describe('a production instance: HSTS, a Secure __Host- cookie, no field suggestions, no source maps', () => {
  let api: ApiProcess;
  let drop: () => Promise<void>;
  let webDir: string;
  let scriptPath: string | null = null;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    // the built app when there is one (npm test builds first), plus a source map left in dist/ by a debugging build
    webDir = await mkdtemp(join(tmpdir(), 'beacon-web-'));
    if (existsSync(join(builtWeb, 'index.html'))) {
      await cp(builtWeb, webDir, { recursive: true });
      const script = (await readdir(join(webDir, 'assets'))).find((f) => f.endsWith('.js'));
      if (script) scriptPath = `/assets/${script}`;
    } else {
      await writeFile(
        join(webDir, 'index.html'),
        '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
      );
    }
    await mkdir(join(webDir, 'assets'), { recursive: true });
    await writeFile(join(webDir, 'assets', 'app.js.map'), JSON.stringify({ version: 3, sources: ['src/secret.ts'], mappings: '' }));
    const port = String(await (await import('./fault-processes.js')).freePort());
    api = await ApiProcess.start({
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
      PORT: port,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      BEACON_CREDENTIAL_SECRET: 'hostile-production-secret-0123456789',
      BEACON_DEMO_DATA: 'true',
      BEACON_ROLE: 'api',
      WEB_DIST_DIR: webDir,
    });
  }, 180_000);
  afterAll(async () => {
    await api?.kill('SIGTERM');
    await drop?.();
    if (webDir) await rm(webDir, { recursive: true, force: true });
  });

  // GraphQL answers are JSON of the shape each test names
  const post = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }) as Promise<Omit<Response, 'json'> & { json(): Promise<Json> }>;

  it('sends the security headers with HSTS on the page, the API and a credential', async () => {
    const page = await fetch(`${api.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    // the CSP allows no inline script: the page has none
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    const login = await post({ query: `mutation { login(email: "learner@beacon.test", password: "beacon-demo") { token } }` });
    const { token } = (await json(login)).data.login;
    const credentials = await post(
      { query: '{ myCredentials { id } }' },
      { authorization: `Bearer ${await loginToken('graduate@beacon.test')}` },
    );
    const credentialId = (await json(credentials)).data.myCredentials[0].id;
    for (const [route, url] of [
      ['/', '/'],
      ['/learner (an app route)', '/learner'],
      ['/credentials/:id.json', `/credentials/${credentialId}.json`],
    ]) {
      const res = await fetch(`${api.url}${url}`);
      expect({ route, status: res.status }).toEqual({ route, status: 200 });
      expectSecurityHeaders(route, Object.fromEntries(res.headers), { production: true });
    }
    const gql = await post({ query: '{ me { email } }' }, { authorization: `Bearer ${token}` });
    expectSecurityHeaders('/graphql', Object.fromEntries(gql.headers), { production: true });
  });

  const loginToken = async (email: string) =>
    (await json(await post({ query: `mutation { login(email: "${email}", password: "beacon-demo") { token } }` }))).data.login
      .token as string;

  it('sets the session cookie as __Host-beacon_session, Secure and HttpOnly, and reads it back', async () => {
    const res = await post({ query: `mutation { login(email: "learner@beacon.test", password: "beacon-demo") { token } }` });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-beacon_session=[^;]+;/);
    expect(setCookie).toMatch(/; Secure/i);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).not.toMatch(/Domain=/i);
    const value = setCookie.split(';')[0];
    const me = await post({ query: '{ me { email } }' }, { cookie: value });
    expect((await json(me)).data).toEqual({ me: { email: 'learner@beacon.test' } });
    // the development name is not read in production (a sibling subdomain could set it)
    const plain = await post({ query: '{ me { email } }' }, { cookie: `beacon_session=${value.split('=')[1]}` });
    expect((await json(plain)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('suggests no field, argument or type names', async () => {
    const token = await loginToken('admin@beacon.test');
    for (const query of [
      'mutation { rotateIssuerKe }',
      '{ me { emial } }',
      '{ cohorts(partnerI: "x") { id } }',
      'query($f: GradingQueueFiltr) { me { id } }',
    ]) {
      const body = await json(await post({ query, variables: {} }, { authorization: `Bearer ${token}` }));
      const messages = (body.errors ?? []).map((e: { message: string }) => e.message).join(' | ');
      expect({ query, messages, code: body.errors?.[0]?.extensions?.code }).toEqual({
        query,
        messages: expect.not.stringMatching(/Did you mean|rotateIssuerKey|email|partnerId|GradingQueueFilter\b/),
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('serves no source map, even one left in the web folder', async () => {
    const map = await fetch(`${api.url}/assets/app.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('src/secret.ts');
    if (scriptPath) {
      // the built bundle points at no map either
      const js = await (await fetch(`${api.url}${scriptPath}`)).text();
      expect(js).not.toMatch(/sourceMappingURL=/);
    }
  });
});
