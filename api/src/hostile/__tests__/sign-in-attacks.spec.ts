import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { partnerIdBySlug } from '../../test/factories.js';
import { LOGIN_LIMITS } from '../../auth/auth.service.js';
import { loadConfig } from '../../config/config.js';

const INVITE = `mutation($i: InviteInput!) { invite(input: $i) { id email role state } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token user { email roles } } }`;
const JOIN = `mutation($t: String!) { joinInvitation(token: $t) { email roles } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const ENROL = `mutation($i: EnrolLearnerInput!) { enrolLearner(input: $i) { status learner { name email } } }`;

/** The accept link of the latest email of that kind to that address: what only its owner reads. */
async function emailedLink(t: TestApp, to: string, kind = 'invitation'): Promise<string> {
  const [m]: { body: string }[] = await t.beacon.db.query(
    `SELECT body FROM outbox_message WHERE to_email = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1`,
    [to, kind],
  );
  const link = m?.body.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!link) throw new Error(`no ${kind} email with a link to ${to}`);
  return link;
}

// argon2 on a shared machine: a story with several logins takes seconds
jest.setTimeout(30_000);

describe('an attacker tries to take accounts over: invitations, forged addresses, parallel guesses, enrolment by email', () => {
  let t: TestApp;
  let africaAdmin: string, americasAdmin: string, africaId: string, americasId: string, americasCohort: string;
  beforeAll(async () => {
    t = await startTestApp({ queue: 'postgres' });
    [africaAdmin, americasAdmin] = await Promise.all([t.login('partner@beacon.test'), t.login('partner.americas@beacon.test')]);
    africaId = await partnerIdBySlug(t.beacon.db, 'africa');
    americasId = await partnerIdBySlug(t.beacon.db, 'americas');
    [{ id: americasCohort }] = await t.beacon.db.query(
      `SELECT id FROM cohort WHERE partner_id = $1 AND status = 'OPEN' ORDER BY name LIMIT 1`,
      [americasId],
    );
  }, 60_000);
  afterAll(() => t?.close(), 30_000);

  it('a partner admin who invites the platform admin as a learner gets no link, and no session or admin rights from it', async () => {
    const withLink = await t.gql(
      `mutation($i: InviteInput!) { invite(input: $i) { id acceptUrl } }`,
      { i: { partnerId: africaId, email: 'admin@beacon.test', name: 'Boss', role: 'LEARNER' } },
      { token: africaAdmin },
    );
    expect(codeOf(withLink)).toBe('BAD_USER_INPUT'); // the field is gone from the schema
    const r = await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'admin@beacon.test', name: 'Boss', role: 'LEARNER' } },
      { token: africaAdmin },
    );
    expect(r.data!.invite).toMatchObject({ email: 'admin@beacon.test', state: 'PENDING' });
    expect(JSON.stringify(r)).not.toMatch(/\/invite\//);
    const listed = await t.gql(`query($p: ID!) { invitations(partnerId: $p) { id email state } }`, { p: africaId }, { token: africaAdmin });
    expect(JSON.stringify(listed.data)).not.toMatch(/\/invite\//);
    expect(codeOf(await t.gql(`{ outbox { body } }`, {}, { token: africaAdmin }))).toBe('FORBIDDEN');

    // even holding the emailed link (as if it leaked), the admin's password opens nothing through it
    const token = await emailedLink(t, 'admin@beacon.test');
    for (const password of ['beacon-demo', 'wrong-guess-123', undefined]) {
      const accepted = await t.gql(ACCEPT, { i: { token, password } });
      expect(accepted.data).toBeNull();
      expect(codeOf(accepted)).toBe('UNAUTHENTICATED');
      expect(accepted.errors![0].message).toBe('Log in as admin@beacon.test to accept this invitation');
    }
    // from the partner admin's own session the link is refused too
    expect(codeOf(await t.gql(JOIN, { t: token }, { token: africaAdmin }))).toBe('FORBIDDEN');
    const preview = await t.gql(`query($t: String!) { invitationPreview(token: $t) { email signInToAccept state } }`, { t: token });
    expect(preview.data!.invitationPreview).toEqual({ email: 'admin@beacon.test', signInToAccept: true, state: 'PENDING' });
    const roles = await t.beacon.db.query(
      `SELECT m.role FROM membership m JOIN "user" u ON u.id = m.user_id WHERE u.email = 'admin@beacon.test'`,
    );
    expect(roles.map((x: { role: string }) => x.role)).toEqual(['ADMIN']);
  });

  it('an account with no password yet, brought in by another partner, is not taken over by a second invitation', async () => {
    // the Americas enrol a new address: an account without a password, and its own invitation
    const enrolled = await t.gql(
      ENROL,
      { i: { cohortId: americasCohort, email: 'quiet.person@example.org', name: 'Quiet Person' } },
      { token: americasAdmin },
    );
    expect(enrolled.data!.enrolLearner.status).toBe('INVITED');
    const ownToken = await emailedLink(t, 'quiet.person@example.org', 'enrolment');
    // Africa invites the same address: no link comes back, and its emailed link cannot set a password
    const r = await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'quiet.person@example.org', name: 'Target', role: 'COACH' } },
      { token: africaAdmin },
    );
    expect(JSON.stringify(r)).not.toMatch(/\/invite\//);
    const africaToken = await emailedLink(t, 'quiet.person@example.org', 'invitation');
    const takeover = await t.gql(ACCEPT, { i: { token: africaToken, password: 'attacker-chosen-password' } });
    expect(codeOf(takeover)).toBe('UNAUTHENTICATED');
    await expect(t.login('quiet.person@example.org', 'attacker-chosen-password')).rejects.toThrow();
    // the person's own first invitation still works for them
    const own = await t.gql(ACCEPT, { i: { token: ownToken, password: 'my-own-long-password' } });
    expect(own.data!.acceptInvitation.user).toEqual({ email: 'quiet.person@example.org', roles: ['LEARNER'] });
  });

  it('invite answers alike whether or not the address has an account, and the preview has no account flag for anyone', async () => {
    const existing = await t.gql(
      INVITE,
      { i: { partnerId: americasId, email: 'coach@beacon.test', name: 'Some Coach', role: 'COACH' } },
      { token: americasAdmin },
    );
    const fresh = await t.gql(
      INVITE,
      { i: { partnerId: americasId, email: 'nobody.yet@example.org', name: 'Some Coach', role: 'COACH' } },
      { token: americasAdmin },
    );
    const shape = (x: Json) => ({ ...x.data.invite, id: 'x', email: 'x' });
    expect(shape(existing)).toEqual(shape(fresh));
    expect(existing.errors).toBeUndefined();
    const old = await t.gql(`query($t: String!) { invitationPreview(token: $t) { hasAccount } }`, {
      t: await emailedLink(t, 'nobody.yet@example.org'),
    });
    expect(codeOf(old)).toBe('BAD_USER_INPUT');
  });

  it('45 logins with 45 forged X-Forwarded-For addresses are still limited by the real address', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 45; i++) {
      const r = await t.gql(
        LOGIN,
        { e: `spray${i}@example.org`, p: 'guess-guess' },
        { ip: '198.51.100.7', headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } },
      );
      codes.push(codeOf(r));
    }
    expect(codes.slice(0, LOGIN_LIMITS.perIp).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(LOGIN_LIMITS.perIp)).toEqual(Array(45 - LOGIN_LIMITS.perIp).fill('TOO_MANY_REQUESTS'));
    // another client is not held up by it
    expect(await t.login('coach@beacon.test')).toBeTruthy();
  }, 60_000);

  it('trusts X-Forwarded-For only from the proxies configured in BEACON_TRUSTED_PROXIES', () => {
    expect(loadConfig({ BEACON_TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1' }).BEACON_TRUSTED_PROXIES).toBe('10.0.0.0/8, 127.0.0.1,::1');
    expect(loadConfig({}).BEACON_TRUSTED_PROXIES).toBeUndefined();
    expect(() => loadConfig({ BEACON_TRUSTED_PROXIES: 'true' })).toThrow(/BEACON_TRUSTED_PROXIES/);
  });

  it('40 parallel wrong passwords for one account evaluate at most the limit, and the owner is not locked out for good', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.gql(LOGIN, { e: 'graduate@beacon.test', p: `parallel-guess-${i}` }, { ip: `192.0.2.${i + 1}` }),
      ),
    );
    const codes = results.map(codeOf);
    const evaluated = codes.filter((c) => c === 'UNAUTHENTICATED').length;
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(LOGIN_LIMITS.perEmail);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBe(40 - evaluated);
    // the wait has an end, at most the longest backoff away
    const [{ until }] = await t.beacon.db.query(
      `SELECT extract(epoch FROM blocked_until - now()) AS until FROM auth_throttle WHERE key = 'login-email:graduate@beacon.test'`,
    );
    expect(Number(until)).toBeGreaterThan(0);
    expect(Number(until)).toBeLessThanOrEqual(LOGIN_LIMITS.maxBackoffSeconds);
    // and the owner gets back in at once through a password reset
    expect((await t.gql(`mutation { requestPasswordReset(email: "graduate@beacon.test") }`)).data).toEqual({ requestPasswordReset: true });
    const [m]: { body: string }[] = await t.beacon.db.query(
      `SELECT body FROM outbox_message WHERE to_email = 'graduate@beacon.test' AND kind = 'password-reset' ORDER BY created_at DESC LIMIT 1`,
    );
    const resetToken = m.body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)![1];
    const reset = await t.gql(`mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token } }`, {
      t: resetToken,
      p: 'a-fresh-long-password',
    });
    expect(reset.data!.resetPassword.token).toBeTruthy();
    expect(await t.login('graduate@beacon.test', 'a-fresh-long-password')).toBeTruthy();
  }, 60_000);

  it('a partner enrolling another partner’s learner by email makes no active enrolment, shows no name, and answers as for a new address', async () => {
    const known = await t.gql(
      ENROL,
      { i: { cohortId: americasCohort, email: 'learner@beacon.test', name: 'Typed Name' } },
      { token: americasAdmin },
    );
    const unknown = await t.gql(
      ENROL,
      { i: { cohortId: americasCohort, email: 'brand.new@example.org', name: 'Typed Name' } },
      { token: americasAdmin },
    );
    expect(known.errors).toBeUndefined();
    expect(known.data!.enrolLearner).toEqual({ status: 'INVITED', learner: { name: 'Typed Name', email: 'learner@beacon.test' } });
    expect(unknown.data!.enrolLearner).toEqual({ status: 'INVITED', learner: { name: 'Typed Name', email: 'brand.new@example.org' } });
    const [{ name: realName }] = await t.beacon.db.query(`SELECT name FROM "user" WHERE email = 'learner@beacon.test'`);
    const roster = await t.gql(
      `query($c: ID!) { enrolments(cohortId: $c) { status learner { name email } } }`,
      { c: americasCohort },
      { token: americasAdmin },
    );
    expect(JSON.stringify(roster.data)).not.toContain(realName);
    const gradebook = await t.gql(
      `query($c: ID!) { gradebook(cohortId: $c) { rows { learner { name email } } } }`,
      { c: americasCohort },
      { token: americasAdmin },
    );
    expect(gradebook.errors).toBeUndefined();
    expect(JSON.stringify(gradebook.data)).toContain('Typed Name');
    expect(JSON.stringify(gradebook.data)).not.toContain(realName);
    const members = await t.gql(`query($p: ID!) { members(partnerId: $p) { email } }`, { p: americasId }, { token: americasAdmin });
    expect(members.data!.members.map((m: Json) => m.email)).not.toContain('learner@beacon.test');

    // the learner joins by accepting from their own session; then the enrolment starts
    const link = await emailedLink(t, 'learner@beacon.test', 'enrolment');
    expect(codeOf(await t.gql(ACCEPT, { i: { token: link, password: 'beacon-demo' } }))).toBe('UNAUTHENTICATED');
    const learner = await t.login('learner@beacon.test');
    const joined = await t.gql(JOIN, { t: link }, { token: learner });
    expect(joined.data!.joinInvitation.roles).toEqual(['LEARNER']);
    const [{ status }] = await t.beacon.db.query(
      `SELECT e.status FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE e.cohort_id = $1 AND u.email = 'learner@beacon.test'`,
      [americasCohort],
    );
    expect(status).toBe('ACTIVE');
  });
});
