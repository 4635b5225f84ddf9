import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { SessionService } from '../session.service.js';

const ME = `query { me { email roles } }`;
const PARTNERS = `query { partners { name } }`;

/**
 * Sessions are resolved from memory once looked up, and every change made elsewhere — by another
 * API process, a job or SQL by hand, here SQL straight into the database — applies at once.
 */
describe('an API process remembers sessions, and forgets them the moment the database changes', () => {
  let t: TestApp;
  let sessions: SessionService;
  const sql = (q: string, params: unknown[] = []) => t.beacon.db.query(q, params);
  /** waits (bounded) until the condition holds: the announcement travels over a second connection */
  const eventually = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100; i++) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  };

  beforeAll(async () => {
    t = await startTestApp();
    sessions = t.beacon.http!.get(SessionService);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers a known token from memory', async () => {
    expect(sessions.cache?.active).toBe(true);
    const token = await t.login('coach@beacon.test');
    expect((await t.gql(ME, {}, { token })).data!.me.email).toBe('coach@beacon.test');
    const cached = sessions.cache!.size;
    expect(cached).toBeGreaterThan(0);
    // the session row is still what decides, but the second request needs no lookup
    expect((await t.gql(ME, {}, { token })).data!.me.roles).toEqual(['COACH']);
    expect(sessions.cache!.size).toBe(cached);
  });

  it('refuses a token at once when its session is deleted by another process', async () => {
    const token = await t.login('learner@beacon.test');
    expect((await t.gql(ME, {}, { token })).data!.me.email).toBe('learner@beacon.test');
    await sql(`DELETE FROM session WHERE user_id = (SELECT id FROM "user" WHERE email = 'learner@beacon.test')`);
    expect(await eventually(async () => codeOf(await t.gql(ME, {}, { token })) === 'UNAUTHENTICATED')).toBe(true);
  });

  it('takes a removed role away at once, and gives a granted one', async () => {
    const token = await t.login('partner.americas@beacon.test');
    expect((await t.gql(PARTNERS, {}, { token })).data!.partners).toHaveLength(1);
    await sql(`DELETE FROM membership WHERE user_id = (SELECT id FROM "user" WHERE email = 'partner.americas@beacon.test')`);
    expect(await eventually(async () => (await t.gql(PARTNERS, {}, { token })).data!.partners.length === 0)).toBe(true);
    expect((await t.gql(ME, {}, { token })).data!.me.roles).toEqual([]);
    await sql(`INSERT INTO membership (user_id, role) SELECT id, 'ADMIN' FROM "user" WHERE email = 'partner.americas@beacon.test'`);
    expect(await eventually(async () => ((await t.gql(ME, {}, { token })).data?.me.roles ?? []).includes('ADMIN'))).toBe(true);
  });

  it('shows a changed email at once, and refuses the token of a deleted user', async () => {
    const token = await t.login('coach@beacon.test');
    expect((await t.gql(ME, {}, { token })).data!.me.email).toBe('coach@beacon.test');
    await sql(`UPDATE "user" SET email = 'coach.renamed@beacon.test' WHERE email = 'coach@beacon.test'`);
    expect(await eventually(async () => (await t.gql(ME, {}, { token })).data?.me.email === 'coach.renamed@beacon.test')).toBe(true);
    const [u] = await sql(`INSERT INTO "user" (email, name) VALUES ('short.lived@beacon.test', 'Short Lived') RETURNING id`);
    const { token: theirs } = await sessions.create(u.id);
    expect((await t.gql(ME, {}, { token: theirs })).data!.me.email).toBe('short.lived@beacon.test');
    await sql(`DELETE FROM "user" WHERE id = $1`, [u.id]);
    expect(await eventually(async () => codeOf(await t.gql(ME, {}, { token: theirs })) === 'UNAUTHENTICATED')).toBe(true);
  });

  it('ends a session on logout in this process without waiting for the announcement', async () => {
    const token = await t.login('graduate@beacon.test');
    expect((await t.gql(ME, {}, { token })).data!.me.email).toBe('graduate@beacon.test');
    expect((await t.gql(`mutation { logout }`, {}, { token })).errors).toBeUndefined();
    expect(codeOf(await t.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('stops trusting memory while it cannot hear the database, and listens again', async () => {
    const token = await t.login('partner@beacon.test');
    expect((await t.gql(ME, {}, { token })).data!.me.email).toBe('partner@beacon.test');
    await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'beacon-session-listener' AND datname = current_database()`,
    );
    expect(await eventually(async () => sessions.cache!.active === false)).toBe(true);
    // deaf: the session is read from the database, so a deletion now is seen although nobody hears of it
    await sql(`DELETE FROM session WHERE user_id = (SELECT id FROM "user" WHERE email = 'partner@beacon.test')`);
    expect(codeOf(await t.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(await eventually(async () => sessions.cache!.active)).toBe(true);
    const again = await t.login('partner@beacon.test');
    expect((await t.gql(ME, {}, { token: again })).data!.me.email).toBe('partner@beacon.test');
  });
});
