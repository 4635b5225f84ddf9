import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { LOGIN_LIMITS } from '../auth.service.js';

const ME = `query { me { id email name roles calendarFeedUrl memberships { role partner { name } } } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email } } }`;

describe('a person logs in, works, and logs out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it.each([
    ['admin@beacon.test', ['ADMIN'], []],
    ['partner@beacon.test', ['PARTNER_ADMIN'], ['Outside-In Africa']],
    ['partner.americas@beacon.test', ['PARTNER_ADMIN'], ['Outside-In Americas']],
    ['coach@beacon.test', ['COACH'], ['Outside-In Africa']],
    ['learner@beacon.test', ['LEARNER'], ['Outside-In Africa']],
    ['graduate@beacon.test', ['LEARNER'], ['Outside-In Africa']],
  ])('the demo account %s logs in and holds its roles', async (email, roles, partners) => {
    const token = await t.login(email);
    const r = await t.gql(ME, {}, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.me.email).toBe(email);
    expect(r.data!.me.roles).toEqual(roles);
    expect(r.data!.me.memberships.map((m: Json) => m.partner?.name).filter(Boolean)).toEqual(partners);
    expect(r.data!.me.calendarFeedUrl).toMatch(/^http:\/\/localhost:\d+\/calendar\/[0-9a-f]{48}\.ics$/);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await t.gql(LOGIN, { e: 'coach@beacon.test', p: 'not-the-password' }, { ip: '10.0.0.1' });
    const unknown = await t.gql(LOGIN, { e: 'nobody@beacon.test', p: 'not-the-password' }, { ip: '10.0.0.1' });
    expect(wrong.data).toBeNull();
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(wrong.errors);
    expect(wrong.errors![0].message).toBe('The email or password is not right');
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const r = await t.gql(LOGIN, { e: '  Learner@Beacon.TEST ', p: 'beacon-demo' });
    expect(r.data!.login.user.email).toBe('learner@beacon.test');
  });

  it('works with the httpOnly cookie as well as the bearer token', async () => {
    const r = await t.gql(LOGIN, { e: 'partner@beacon.test', p: 'beacon-demo' });
    const setCookie = String(r.headers['set-cookie']);
    expect(setCookie).toMatch(/beacon_session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0];
    const me = await t.gql(ME, {}, { cookie });
    expect(me.data!.me.email).toBe('partner@beacon.test');
  });

  it('refuses anonymous requests to anything but login with UNAUTHENTICATED', async () => {
    const r = await t.gql(ME);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    const bad = await t.gql(ME, {}, { token: 'made-up-token' });
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout: the token stops working', async () => {
    const token = await t.login('coach@beacon.test');
    const out = await t.gql(`mutation { logout }`, {}, { token });
    expect(out.data).toEqual({ logout: true });
    expect(codeOf(await t.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('slows down guessing: after too many failures even the right password waits', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      const r = await t.gql(LOGIN, { e: 'graduate@beacon.test', p: `guess-${i}` }, { ip });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(LOGIN, { e: 'graduate@beacon.test', p: 'beacon-demo' }, { ip });
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors![0].message).toMatch(/Too many failed attempts/);
    // other people are not locked out by it
    const other = await t.gql(LOGIN, { e: 'learner@beacon.test', p: 'beacon-demo' }, { ip: '10.1.1.1' });
    expect(other.data!.login.token).toBeTruthy();
  });

  it('answers malformed requests with BAD_USER_INPUT and no internals', async () => {
    const missingArg = await t.gql(`mutation { login(email: "a@b.c") { token } }`);
    expect(codeOf(missingArg)).toBe('BAD_USER_INPUT');
    const syntax = await t.gql(`query { me { id `);
    expect(codeOf(syntax)).toBe('BAD_USER_INPUT');
    const unknownField = await t.gql(`query { me { secretColumn } }`, {}, { token: await t.login('admin@beacon.test') });
    expect(codeOf(unknownField)).toBe('BAD_USER_INPUT');
    for (const r of [missingArg, syntax, unknownField]) expect(JSON.stringify(r.errors)).not.toMatch(/at .*\.(js|ts):\d+|stack/i);
  });
});
