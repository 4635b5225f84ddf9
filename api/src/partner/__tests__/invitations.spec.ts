import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { waitFor } from '../../test/wait.js';

const INVITE = `mutation($i: InviteInput!) { invite(input: $i) { id email role state } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token user { email roles } } }`;
const tokenOf = (acceptUrl: string) => acceptUrl.split('/invite/')[1];

// The invitation email is delivered by a BullMQ job: the same story runs on both queue backends.
describe.each(['redis', 'postgres'] as const)('a partner admin invites a coach, who accepts (BullMQ on %s)', (queue) => {
  let t: TestApp;
  let partnerAdmin: string, admin: string, africaId: string;
  beforeAll(async () => {
    t = await startTestApp({ queue });
    [partnerAdmin, admin] = await Promise.all([t.login('partner@beacon.test'), t.login('admin@beacon.test')]);
    africaId = (await t.gql(`{ partners { id } }`, {}, { token: partnerAdmin })).data!.partners[0].id;
  }, 60_000);
  afterAll(() => t?.close(), 30_000);

  let acceptUrl: string;

  it('sends the invitation, and the outbox keeps the email with its link (no SMTP configured)', async () => {
    const r = await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'Nomsa.Coach@Example.org', name: 'Nomsa Zulu', role: 'COACH' } },
      { token: partnerAdmin },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.invite).toMatchObject({ email: 'nomsa.coach@example.org', role: 'COACH', state: 'PENDING' });
    // the link goes to the invited address only, never back to the inviter
    expect(JSON.stringify(r.data)).not.toMatch(/\/invite\//);
    const kept = await waitFor(async () => {
      const o = await t.gql(`{ outbox { to subject body status } }`, {}, { token: admin });
      return o.data!.outbox.find((m: Json) => m.to === 'nomsa.coach@example.org' && m.status === 'KEPT');
    });
    expect(kept.subject).toBe('You are invited to Outside-In Africa on Beacon');
    acceptUrl = kept.body.match(/http\S+\/invite\/[A-Za-z0-9_-]{43}/)![0];
  }, 30_000);

  it('shows what the link is for before accepting', async () => {
    const r = await t.gql(`query($t: String!) { invitationPreview(token: $t) { email name role partnerName state signInToAccept } }`, {
      t: tokenOf(acceptUrl),
    });
    expect(r.data!.invitationPreview).toEqual({
      email: 'nomsa.coach@example.org',
      name: 'Nomsa Zulu',
      role: 'COACH',
      partnerName: 'Outside-In Africa',
      state: 'PENDING',
      signInToAccept: false,
    });
  });

  it('asks for a long enough password', async () => {
    const r = await t.gql(ACCEPT, { i: { token: tokenOf(acceptUrl), password: 'short' } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/at least 10 characters/);
  });

  it('accepts: the coach is logged in, holds the role and can log in again', async () => {
    const r = await t.gql(ACCEPT, { i: { token: tokenOf(acceptUrl), password: 'a-good-long-password' } });
    expect(r.data!.acceptInvitation.user).toEqual({ email: 'nomsa.coach@example.org', roles: ['COACH'] });
    const again = await t.login('nomsa.coach@example.org', 'a-good-long-password');
    expect(again).toBeTruthy();
    const members = await t.gql(
      `query($p: ID!) { members(partnerId: $p, role: COACH) { email } }`,
      { p: africaId },
      { token: partnerAdmin },
    );
    expect(members.data!.members.map((m: Json) => m.email)).toContain('nomsa.coach@example.org');
  });

  it('works only once', async () => {
    const r = await t.gql(ACCEPT, { i: { token: tokenOf(acceptUrl), password: 'another-long-password' } });
    expect(codeOf(r)).toBe('CONFLICT');
    await expect(t.login('nomsa.coach@example.org', 'another-long-password')).rejects.toThrow();
  });

  it('refuses to invite someone who already holds the role', async () => {
    const r = await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'coach@beacon.test', name: 'Sipho', role: 'COACH' } },
      { token: partnerAdmin },
    );
    expect(codeOf(r)).toBe('CONFLICT');
  });

  it('a withdrawn invitation’s link no longer works; an existing user accepts from their own session, keeping their password', async () => {
    const linkFor = async (email: string) => {
      const [m] = await t.beacon.db.query(
        `SELECT body FROM outbox_message WHERE to_email = $1 AND kind = 'invitation' ORDER BY created_at DESC LIMIT 1`,
        [email],
      );
      return tokenOf(m.body.match(/http\S+\/invite\/[A-Za-z0-9_-]{43}/)![0]);
    };
    const first = await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'learner@beacon.test', name: 'Lerato', role: 'COACH' } },
      { token: partnerAdmin },
    );
    const firstToken = await linkFor('learner@beacon.test');
    const revoked = await t.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { state } }`,
      { id: first.data!.invite.id },
      { token: partnerAdmin },
    );
    expect(revoked.data!.revokeInvitation.state).toBe('REVOKED');
    expect(codeOf(await t.gql(ACCEPT, { i: { token: firstToken } }))).toBe('CONFLICT');

    await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'learner@beacon.test', name: 'Lerato', role: 'COACH' } },
      { token: partnerAdmin },
    );
    const token = await linkFor('learner@beacon.test');
    const preview = await t.gql(`query($t: String!) { invitationPreview(token: $t) { signInToAccept } }`, { t: token });
    expect(preview.data!.invitationPreview.signInToAccept).toBe(true);
    // the link with the right password is not enough: no password is checked through it
    const withPassword = await t.gql(ACCEPT, { i: { token, password: 'beacon-demo' } });
    expect(codeOf(withPassword)).toBe('UNAUTHENTICATED');
    const session = await t.login('learner@beacon.test');
    const joined = await t.gql(`mutation($t: String!) { joinInvitation(token: $t) { email roles } }`, { t: token }, { token: session });
    expect(joined.data!.joinInvitation.roles.sort()).toEqual(['COACH', 'LEARNER']);
    expect(await t.login('learner@beacon.test', 'beacon-demo')).toBeTruthy();
  });

  it('delivers each message once even when its job is delivered twice', async () => {
    const o = await t.gql(`{ outbox { id status } }`, {}, { token: admin });
    const ids = o.data!.outbox.map((m: Json) => m.id);
    const service = t.beacon.app.get((await import('../../notification/notification.service.js')).NotificationService);
    const results = await Promise.all(ids.map((id: string) => service.deliver(id)));
    expect(new Set(results)).toEqual(new Set(['SKIPPED']));
  });
});
