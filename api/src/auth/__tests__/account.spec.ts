import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { makeUser } from '../../test/factories.js';
import { hashPassword } from '../password.util.js';
import { LOGIN_LIMITS } from '../auth.service.js';
import { NotificationService } from '../../notification/notification.service.js';

const ME = `query { me { email name timeZone locale } }`;
const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token user { email } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const PROFILE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { name timeZone locale } }`;

let counter = 0;
// argon2 on a shared machine: a story with several logins takes seconds
jest.setTimeout(30_000);

describe('a person looks after their account: password reset and change, profile, sessions, emails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ queue: 'postgres' });
  }, 60_000);
  afterAll(() => t?.close(), 30_000);

  /** A person who can log in, with their own address (so limits of one story do not touch another). */
  async function person(password = 'first-long-password'): Promise<string> {
    const email = `account.${++counter}@example.org`;
    const user = await makeUser(t.beacon.db, { email, name: `Person ${counter}` });
    await t.beacon.db.query(`UPDATE "user" SET password_hash = $1 WHERE id = $2`, [await hashPassword(password), user.id]);
    return email;
  }

  async function resetLink(email: string): Promise<string | undefined> {
    const [m]: { body: string }[] = await t.beacon.db.query(
      `SELECT body FROM outbox_message WHERE to_email = $1 AND kind = 'password-reset' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return m?.body.match(/https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/)?.[0];
  }
  const tokenOf = (link: string) => link.split('/reset-password/')[1];

  it('forgot password: the email holds a link; the new password logs in afresh and every earlier session ends', async () => {
    const email = await person();
    const before = await t.login(email, 'first-long-password');
    expect((await t.gql(REQUEST, { e: email })).data).toEqual({ requestPasswordReset: true });
    const link = await resetLink(email);
    expect(link).toMatch(/^http:\/\/localhost:\d+\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const r = await t.gql(RESET, { t: tokenOf(link!), p: 'second-long-password' });
    expect(r.data!.resetPassword.user.email).toBe(email);
    expect(String(r.headers['set-cookie'])).toMatch(/beacon_session=/);
    expect((await t.gql(ME, {}, { token: r.data!.resetPassword.token })).data!.me.email).toBe(email);
    expect(codeOf(await t.gql(ME, {}, { token: before }))).toBe('UNAUTHENTICATED');
    await expect(t.login(email, 'first-long-password')).rejects.toThrow();
    expect(await t.login(email, 'second-long-password')).toBeTruthy();
    // the link works once
    const again = await t.gql(RESET, { t: tokenOf(link!), p: 'third-long-password' });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    await expect(t.login(email, 'third-long-password')).rejects.toThrow();
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const known = await t.gql(REQUEST, { e: await person() });
    const unknown = await t.gql(REQUEST, { e: 'no.such.person@example.org' });
    expect(unknown).toEqual({ ...known, headers: unknown.headers });
    expect(await resetLink('no.such.person@example.org')).toBeUndefined();
  });

  it('refuses an expired link', async () => {
    const email = await person();
    await t.gql(REQUEST, { e: email });
    const link = (await resetLink(email))!;
    await t.beacon.db.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM "user" WHERE email = $1)`,
      [email],
    );
    const r = await t.gql(RESET, { t: tokenOf(link), p: 'second-long-password' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/used already or has expired/);
    expect(await t.login(email, 'first-long-password')).toBeTruthy();
  });

  it('changes the password with the current one: other sessions end, this one goes on', async () => {
    const email = await person();
    const [mine, other] = [await t.login(email, 'first-long-password'), await t.login(email, 'first-long-password')];
    const wrong = await t.gql(CHANGE, { c: 'not-the-password', n: 'second-long-password' }, { token: mine });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CHANGE, { c: 'first-long-password', n: 'short' }, { token: mine }))).toBe('BAD_USER_INPUT');
    expect((await t.gql(CHANGE, { c: 'first-long-password', n: 'second-long-password' }, { token: mine })).data).toEqual({
      changePassword: true,
    });
    expect((await t.gql(ME, {}, { token: mine })).data!.me.email).toBe(email);
    expect(codeOf(await t.gql(ME, {}, { token: other }))).toBe('UNAUTHENTICATED');
    expect(await t.login(email, 'second-long-password')).toBeTruthy();
  });

  it('limits wrong current passwords like logins: after the limit even the right one waits', async () => {
    const email = await person();
    const token = await t.login(email, 'first-long-password');
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      expect(codeOf(await t.gql(CHANGE, { c: `guess-${i}-guess`, n: 'second-long-password' }, { token }))).toBe('BAD_USER_INPUT');
    }
    const blocked = await t.gql(CHANGE, { c: 'first-long-password', n: 'second-long-password' }, { token });
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    // the same limiter: logging in waits too
    const login = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: email,
      p: 'first-long-password',
    });
    expect(codeOf(login)).toBe('TOO_MANY_REQUESTS');
  }, 30_000);

  it('updates the name, time zone and language; refuses an unknown zone or language', async () => {
    const token = await t.login(await person(), 'first-long-password');
    expect((await t.gql(ME, {}, { token })).data!.me).toMatchObject({ timeZone: 'UTC', locale: 'en' });
    const r = await t.gql(PROFILE, { i: { name: '  Ama Mensah ', timeZone: 'Africa/Accra', locale: 'fr' } }, { token });
    expect(r.data!.updateProfile).toEqual({ name: 'Ama Mensah', timeZone: 'Africa/Accra', locale: 'fr' });
    expect((await t.gql(ME, {}, { token })).data!.me).toMatchObject({ name: 'Ama Mensah', timeZone: 'Africa/Accra', locale: 'fr' });
    for (const bad of [
      { timeZone: 'Mars/Olympus_Mons' },
      { locale: 'xx' },
      { locale: 'klingon' },
      { name: 'Line\nbreak' },
      { name: '   ' },
    ]) {
      expect(codeOf(await t.gql(PROFILE, { i: bad }, { token }))).toBe('BAD_USER_INPUT');
    }
    expect((await t.gql(ME, {}, { token })).data!.me).toMatchObject({ name: 'Ama Mensah', timeZone: 'Africa/Accra', locale: 'fr' });
  });

  it('lists the sessions with where they came from; ends one, or every other', async () => {
    const email = await person();
    const phone = (
      await t.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: email, p: 'first-long-password' },
        { ip: '192.0.2.44', headers: { 'user-agent': 'PhoneBrowser/1.0' } },
      )
    ).data!.login.token;
    const laptop = await t.login(email, 'first-long-password');
    const tablet = await t.login(email, 'first-long-password');
    const list = await t.gql(`{ mySessions { id createdAt lastUsedAt userAgent ipAddress current } }`, {}, { token: laptop });
    const sessions = list.data!.mySessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s: Json) => s.current)).toHaveLength(1);
    const fromPhone = sessions.find((s: Json) => s.userAgent === 'PhoneBrowser/1.0');
    expect(fromPhone).toMatchObject({ ipAddress: '192.0.2.44', current: false });

    // another person's session id is not found, and ends nothing
    const stranger = await t.login(await person(), 'first-long-password');
    expect(codeOf(await t.gql(`mutation($id: ID!) { endSession(id: $id) }`, { id: fromPhone.id }, { token: stranger }))).toBe('NOT_FOUND');
    expect((await t.gql(ME, {}, { token: phone })).data!.me.email).toBe(email);

    expect((await t.gql(`mutation($id: ID!) { endSession(id: $id) }`, { id: fromPhone.id }, { token: laptop })).data).toEqual({
      endSession: true,
    });
    expect(codeOf(await t.gql(ME, {}, { token: phone }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(`mutation { endOtherSessions }`, {}, { token: laptop })).data).toEqual({ endOtherSessions: 1 });
    expect(codeOf(await t.gql(ME, {}, { token: tablet }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, { token: laptop })).data!.me.email).toBe(email);
  });

  it('ends a session left unused longer than SESSION_IDLE_HOURS', async () => {
    const email = await person();
    const token = await t.login(email, 'first-long-password');
    await t.beacon.db.query(
      `UPDATE session SET last_used_at = now() - make_interval(hours => 73) WHERE user_id = (SELECT id FROM "user" WHERE email = $1)`,
      [email],
    );
    expect(codeOf(await t.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('writes no email of a kind the person turned off; invitations and resets still go', async () => {
    const email = await person();
    const token = await t.login(email, 'first-long-password');
    const all = await t.gql(
      `{ notificationSettings { weekOpened sessionReminders dueSoon reviewReleased bookingChanges credentialIssued atRiskAlerts } }`,
      {},
      { token },
    );
    expect(Object.values(all.data!.notificationSettings).every((v) => v === true)).toBe(true);
    const off = await t.gql(
      `mutation { updateNotificationSettings(input: { reviewReleased: false, bookingChanges: false }) { reviewReleased bookingChanges weekOpened } }`,
      {},
      { token },
    );
    expect(off.data!.updateNotificationSettings).toEqual({ reviewReleased: false, bookingChanges: false, weekOpened: true });

    const notifications = t.beacon.app.get(NotificationService);
    const written = await t.beacon.db.transaction(async (tx) => ({
      review: await notifications.write(tx, { kind: 'review-released', to: email, locale: 'en', subject: 'Your review', body: 'x' }),
      booking: await notifications.writeOnce(tx, [
        { kind: 'booking-confirmed', to: email, locale: 'en', subject: 'Booked', body: 'x', dedupeKey: `test-${email}` },
      ]),
      week: await notifications.write(tx, { kind: 'week-opened', to: email, locale: 'en', subject: 'Week 2', body: 'x' }),
      invitation: await notifications.write(tx, { kind: 'invitation', to: email, locale: 'en', subject: 'Invited', body: 'x' }),
    }));
    expect(written.review).toBeNull();
    expect(written.booking).toEqual([]);
    expect(written.week).toEqual(expect.any(String));
    expect(written.invitation).toEqual(expect.any(String));
    expect((await t.gql(REQUEST, { e: email })).data).toEqual({ requestPasswordReset: true });
    const kinds = await t.beacon.db.query(`SELECT kind FROM outbox_message WHERE to_email = $1 ORDER BY kind`, [email]);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['invitation', 'password-reset', 'week-opened']);
  });
});
