import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';

/**
 * Hostile requests: a partner admin of the Americas tries every operation that takes an id
 * with the Africa partner's ids. Nothing may be read or changed, and nothing may leak.
 */
describe('a partner admin cannot reach another partner’s data', () => {
  let t: TestApp;
  let admin: string, africa: string, americas: string, coach: string, learner: string;
  let africaId: string, americasId: string, africaInvitationId: string, africaCoachMembershipId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, africa, americas, coach, learner] = await Promise.all(
      ['admin', 'partner', 'partner.americas', 'coach', 'learner'].map((n) => t.login(`${n}@beacon.test`)),
    );
    const ps = await t.gql(`{ partners { id slug } }`, {}, { token: admin });
    africaId = ps.data!.partners.find((p: Json) => p.slug === 'africa').id;
    americasId = ps.data!.partners.find((p: Json) => p.slug === 'americas').id;
    const inv = await t.gql(
      `mutation($i: InviteInput!) { invite(input: $i) { id } }`,
      { i: { partnerId: africaId, email: 'new.learner@example.org', name: 'New Learner', role: 'LEARNER' } },
      { token: africa },
    );
    africaInvitationId = inv.data!.invite.id;
    const members = await t.gql(`query($p: ID!) { members(partnerId: $p, role: COACH) { id email } }`, { p: africaId }, { token: africa });
    africaCoachMembershipId = members.data!.members.find((m: Json) => m.email === 'coach@beacon.test').id;
  }, 60_000);
  afterAll(() => t?.close());

  it('lists only its own partner', async () => {
    const r = await t.gql(`{ partners { slug } }`, {}, { token: americas });
    expect(r.data!.partners).toEqual([{ slug: 'americas' }]);
  });

  const hostile: [string, string, () => Record<string, unknown>][] = [
    ['partner(id)', `query($id: ID!) { partner(id: $id) { id name } }`, () => ({ id: africaId })],
    ['members(partnerId)', `query($id: ID!) { members(partnerId: $id) { id email } }`, () => ({ id: africaId })],
    ['invitations(partnerId)', `query($id: ID!) { invitations(partnerId: $id) { id email } }`, () => ({ id: africaId })],
    [
      'invite(partnerId)',
      `mutation($id: ID!) { invite(input: { partnerId: $id, email: "spy@example.org", name: "Spy", role: LEARNER }) { id } }`,
      () => ({ id: africaId }),
    ],
    ['revokeInvitation(id)', `mutation($id: ID!) { revokeInvitation(id: $id) { id state } }`, () => ({ id: africaInvitationId })],
    ['removeMember(id)', `mutation($id: ID!) { removeMember(id: $id) }`, () => ({ id: africaCoachMembershipId })],
    ['updatePartner(id)', `mutation($id: ID!) { updatePartner(id: $id, input: { name: "Hijacked" }) { id } }`, () => ({ id: africaId })],
  ];

  it.each(hostile)('%s with the other partner’s id is refused and reveals nothing', async (_name, query, vars) => {
    const r = await t.gql(query, vars(), { token: americas });
    expect(r.data).toBeNull();
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(r));
    expect(JSON.stringify(r)).not.toMatch(/Outside-In Africa|coach@beacon\.test|new\.learner/);
  });

  it('left the other partner’s data untouched', async () => {
    const p = await t.gql(`query($id: ID!) { partner(id: $id) { name } }`, { id: africaId }, { token: admin });
    expect(p.data!.partner.name).toBe('Outside-In Africa');
    const inv = await t.gql(`query($id: ID!) { invitations(partnerId: $id) { id state } }`, { id: africaId }, { token: africa });
    expect(inv.data!.invitations).toEqual([{ id: africaInvitationId, state: 'PENDING' }]);
    const m = await t.gql(`query($id: ID!) { members(partnerId: $id, role: COACH) { id } }`, { id: africaId }, { token: africa });
    expect(m.data!.members.map((x: Json) => x.id)).toContain(africaCoachMembershipId);
    expect(
      (await t.gql(`query($id: ID!) { invitations(partnerId: $id) { id } }`, { id: americasId }, { token: americas })).data!.invitations,
    ).toEqual([]);
  });

  it('refuses coaches and learners the partner admin’s operations', async () => {
    for (const token of [coach, learner]) {
      const members = await t.gql(`query($id: ID!) { members(partnerId: $id) { id } }`, { id: africaId }, { token });
      expect(codeOf(members)).toBe('FORBIDDEN');
      const invite = await t.gql(
        `mutation($id: ID!) { invite(input: { partnerId: $id, email: "x@example.org", name: "X", role: LEARNER }) { id } }`,
        { id: africaId },
        { token },
      );
      expect(codeOf(invite)).toBe('FORBIDDEN');
    }
  });

  it('lets only the certifying body create partners or appoint partner admins', async () => {
    const create = await t.gql(
      `mutation { createPartner(input: { name: "Rogue", slug: "rogue", region: "Nowhere", countries: [], timeZone: "UTC" }) { id } }`,
      {},
      { token: africa },
    );
    expect(codeOf(create)).toBe('FORBIDDEN');
    const appoint = await t.gql(
      `mutation($id: ID!) { invite(input: { partnerId: $id, email: "boss@example.org", name: "Boss", role: PARTNER_ADMIN }) { id } }`,
      { id: africaId },
      { token: africa },
    );
    expect(codeOf(appoint)).toBe('FORBIDDEN');
  });

  it('gives an id that is not an id a clear BAD_USER_INPUT or NOT_FOUND, never an internal error', async () => {
    const r = await t.gql(`query { partner(id: "not-a-uuid") { id } }`, {}, { token: admin });
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(r));
  });
});
