import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planSessions } from '@beacon/domain';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { partnerIdBySlug } from '../../test/factories.js';
import { COIM } from '../../demo/coim-programme.js';
import { todayIn } from '../cohort.service.js';

const CREATE = `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id name status startDate } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCohortInput!) { updateCohort(id: $id, input: $i) { id name capacity startDate communityLinks { label url } } }`;
const DUPLICATE = `mutation($id: ID!, $i: DuplicateCohortInput!) { duplicateCohort(id: $id, input: $i) { id name status startDate timeZone capacity coaches { email } communityLinks { label } } }`;
const DELETE = `mutation($id: ID!) { deleteCohort(id: $id) }`;
const SESSIONS = `query($c: ID!) { liveSessions(cohortId: $c) { startsAt } }`;

describe('a partner admin edits, duplicates and deletes cohorts', () => {
  let t: TestApp;
  let africa: string, americas: string, coimId: string, africaId: string, draftId: string;
  const base = () => ({
    partnerId: africaId,
    programmeId: coimId,
    name: 'COIM Cape Town — May 2031',
    startDate: '2031-05-05',
    timeZone: 'Africa/Johannesburg',
    capacity: 20,
    communityLinks: [{ label: 'WhatsApp group', url: 'https://chat.whatsapp.com/abc' }],
  });

  beforeAll(async () => {
    t = await startTestApp();
    [africa, americas] = await Promise.all(['partner', 'partner.americas'].map((n) => t.login(`${n}@beacon.test`)));
    africaId = await partnerIdBySlug(t.beacon.db, 'africa');
    [{ id: coimId }] = await t.beacon.db.query(`SELECT id FROM programme WHERE code = 'COIM'`);
    const r = await t.gql(CREATE, { i: base() }, { token: africa });
    expect(r.errors).toBeUndefined();
    draftId = r.data!.createCohort.id;
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses a start date in the past unless it is confirmed, naming the field', async () => {
    const r = await t.gql(CREATE, { i: { ...base(), startDate: '2020-01-06' } }, { token: africa });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'startDate', reason: 'PAST_START' } });
    const ok = await t.gql(
      CREATE,
      { i: { ...base(), name: 'Backdated', startDate: '2020-01-06', confirmPastStart: true } },
      { token: africa },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createCohort.startDate).toBe('2020-01-06');
  });

  it('moves a draft’s start date and its live sessions with it', async () => {
    const r = await t.gql(
      UPDATE,
      { id: draftId, i: { startDate: '2031-06-02', name: 'COIM Cape Town — June 2031', capacity: 25 } },
      { token: africa },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCohort).toMatchObject({ startDate: '2031-06-02', name: 'COIM Cape Town — June 2031', capacity: 25 });
    const s = await t.gql(SESSIONS, { c: draftId }, { token: africa });
    expect(s.data!.liveSessions.map((x: Json) => x.startsAt)).toEqual(
      planSessions('2031-06-02', 'Africa/Johannesburg', COIM.sessionPlan).map((x) => x.startsAt.toISOString()),
    );
    const past = await t.gql(UPDATE, { id: draftId, i: { startDate: '2021-06-07' } }, { token: africa });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
  });

  it('keeps a running cohort’s start date', async () => {
    const [{ id: running }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE status = 'RUNNING' AND partner_id = $1 LIMIT 1`, [
      africaId,
    ]);
    const r = await t.gql(UPDATE, { id: running, i: { startDate: '2031-01-06' } }, { token: africa });
    expect(codeOf(r)).toBe('CONFLICT');
  });

  it('duplicates a cohort as a new draft with its coaches and links; another partner cannot', async () => {
    const [{ id: running }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE status = 'RUNNING' AND partner_id = $1 LIMIT 1`, [
      africaId,
    ]);
    const r = await t.gql(DUPLICATE, { id: running, i: { name: 'The next run', startDate: '2031-09-01' } }, { token: africa });
    expect(r.errors).toBeUndefined();
    expect(r.data!.duplicateCohort).toMatchObject({ name: 'The next run', status: 'DRAFT', startDate: '2031-09-01' });
    expect(r.data!.duplicateCohort.coaches.map((c: Json) => c.email)).toContain('coach@beacon.test');
    const outsider = await t.gql(DUPLICATE, { id: running, i: { name: 'Stolen', startDate: '2031-09-01' } }, { token: americas });
    expect(codeOf(outsider)).toBe('NOT_FOUND');
  });

  it('deletes a draft, but not a cohort that runs', async () => {
    const [{ id: running }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE status = 'RUNNING' AND partner_id = $1 LIMIT 1`, [
      africaId,
    ]);
    expect(codeOf(await t.gql(DELETE, { id: running }, { token: africa }))).toBe('CONFLICT');
    expect(codeOf(await t.gql(DELETE, { id: draftId }, { token: americas }))).toBe('NOT_FOUND');
    const r = await t.gql(DELETE, { id: draftId }, { token: africa });
    expect(r.data!.deleteCohort).toBe(true);
    expect(codeOf(await t.gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: draftId }, { token: africa }))).toBe('NOT_FOUND');
  });

  it('knows today on the cohort’s calendar, not the server’s', () => {
    const at = new Date('2027-03-01T23:30:00Z');
    expect(todayIn('Africa/Johannesburg', at)).toBe('2027-03-02');
    expect(todayIn('America/New_York', at)).toBe('2027-03-01');
  });
});

describe('partner people: search, pages, resending an invitation', () => {
  let t: TestApp;
  let africa: string, admin: string, africaId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [africa, admin] = await Promise.all(['partner', 'admin'].map((n) => t.login(`${n}@beacon.test`)));
    africaId = await partnerIdBySlug(t.beacon.db, 'africa');
  }, 60_000);
  afterAll(() => t?.close());

  it('searches members by part of a name or email, any case, and counts them for pagers', async () => {
    const Q = `query($p: ID!, $s: String, $first: Int!, $offset: Int!) { members(partnerId: $p, role: LEARNER, search: $s, first: $first, offset: $offset) { email } memberCount(partnerId: $p, role: LEARNER, search: $s) }`;
    const all = await t.gql(Q, { p: africaId, first: 2, offset: 0 }, { token: africa });
    expect(all.errors).toBeUndefined();
    expect(all.data!.members).toHaveLength(2);
    expect(all.data!.memberCount).toBeGreaterThan(2);
    const found = await t.gql(Q, { p: africaId, s: 'LEARNER@beacon', first: 20, offset: 0 }, { token: africa });
    expect(found.data!.members.map((m: Json) => m.email)).toEqual(['learner@beacon.test']);
    expect(found.data!.memberCount).toBe(1);
    // LIKE's wildcards are searched for as themselves
    const wild = await t.gql(Q, { p: africaId, s: '%', first: 20, offset: 0 }, { token: africa });
    expect(wild.data!.memberCount).toBe(0);
  });

  it('resends a pending invitation with a new link; the old link stops working', async () => {
    const INVITE = `mutation($i: InviteInput!) { invite(input: $i) { id } }`;
    const first = await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'late.reader@example.com', name: 'Late Reader', role: 'LEARNER' } },
      { token: africa },
    );
    expect(first.errors).toBeUndefined();
    const r = await t.gql(
      `mutation($id: ID!) { resendInvitation(id: $id) { id state } }`,
      { id: first.data!.invite.id },
      { token: africa },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.resendInvitation.state).toBe('PENDING');
    expect(r.data!.resendInvitation.id).not.toBe(first.data!.invite.id);
    const mails: { body: string }[] = await t.beacon.db.query(
      `SELECT body FROM outbox_message WHERE to_email = 'late.reader@example.com' AND kind = 'invitation' ORDER BY created_at`,
    );
    expect(mails).toHaveLength(2);
    const [oldToken, newToken] = mails.map((m) => /\/invite\/(\S+)/.exec(m.body)![1]);
    expect(newToken).not.toBe(oldToken);
    const state = async (token: string) =>
      (await t.gql(`query($t: String!) { invitationPreview(token: $t) { state } }`, { t: token })).data!.invitationPreview.state;
    expect(await state(oldToken)).toBe('REVOKED');
    expect(await state(newToken)).toBe('PENDING');
    // a withdrawn one is not resent
    const again = await t.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: first.data!.invite.id }, { token: africa });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('lets admins filter the outbox by recipient and kind, and lists the kinds', async () => {
    const Q = `query($r: String, $k: String) { outbox(first: 50, offset: 0, recipient: $r, kind: $k) { to kind } outboxKinds }`;
    const r = await t.gql(Q, { r: 'LATE.reader', k: 'invitation' }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.outbox.length).toBeGreaterThan(0);
    expect(r.data!.outbox.every((m: Json) => m.to === 'late.reader@example.com' && m.kind === 'invitation')).toBe(true);
    expect(r.data!.outboxKinds).toContain('invitation');
    const none = await t.gql(Q, { r: 'late.reader', k: 'week-opened-nothing' }, { token: admin });
    expect(none.data!.outbox).toEqual([]);
    expect(codeOf(await t.gql(Q, {}, { token: africa }))).toBe('FORBIDDEN');
  });

  it('lists the issuer keys for admins: the active one first, retired ones kept after a rotation', async () => {
    const Q = `{ issuerKeys { kid active retiredAt credentialCount } }`;
    await t.gql(`mutation { rotateIssuerKey }`, {}, { token: admin });
    const newKid = (await t.gql(`mutation { rotateIssuerKey }`, {}, { token: admin })).data!.rotateIssuerKey;
    const r = await t.gql(Q, {}, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.issuerKeys[0]).toMatchObject({ kid: newKid, active: true, retiredAt: null });
    expect(r.data!.issuerKeys.slice(1).every((k: Json) => !k.active && k.retiredAt)).toBe(true);
    expect(r.data!.issuerKeys.length).toBeGreaterThanOrEqual(2);
    expect(codeOf(await t.gql(Q, {}, { token: africa }))).toBe('FORBIDDEN');
  });
});
