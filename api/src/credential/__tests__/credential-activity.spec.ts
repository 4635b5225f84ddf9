import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { ACTIVITY_LIMITS, CredentialActivityService } from '../credential-activity.service.js';
import { CredentialActivityKind } from '../dto/credential-activity.model.js';

const RECORD = `mutation($id: ID!, $e: CredentialPageEvent!) { recordCredentialEvent(id: $id, event: $e) }`;
const COUNTS = `query($c: ID!) { cohortCredentialActivity(cohortId: $c) { cohortId issued viewed views verifications linkedInAdds shareRate credentials { credentialId learnerName views verifications linkedInAdds lastActivityOn } } }`;

/**
 * Partners see what their credentials do — page views, verifications, LinkedIn adds — as
 * counts only: nothing about the visitor is stored, and one visitor cannot inflate them.
 */
describe('a partner admin sees how the cohort’s credentials are viewed, verified and added to LinkedIn', () => {
  let t: TestApp;
  let partner: string, americas: string, admin: string, graduate: string, learner: string, coach: string;
  let cohortId: string, credentialId: string, others: string[];

  const counts = async (token: string) => {
    const r = await t.gql(COUNTS, { c: cohortId }, { token });
    expect(r.errors).toBeUndefined();
    return r.data!.cohortCredentialActivity;
  };
  const mine = async () => (await counts(partner)).credentials.find((c: { credentialId: string }) => c.credentialId === credentialId);

  beforeAll(async () => {
    t = await startTestApp();
    [partner, americas, admin, graduate, learner, coach] = await Promise.all(
      ['partner', 'partner.americas', 'admin', 'graduate', 'learner', 'coach'].map((n) => t.login(`${n}@beacon.test`)),
    );
    const [row] = await t.beacon.db.query(
      `SELECT cr.id, cr.cohort_id FROM credential cr JOIN "user" u ON u.id = cr.user_id WHERE u.email = 'graduate@beacon.test'`,
    );
    [credentialId, cohortId] = [row.id, row.cohort_id];
    others = (await t.beacon.db.query(`SELECT id FROM credential WHERE cohort_id = $1 AND id <> $2`, [cohortId, credentialId])).map(
      (r: { id: string }) => r.id,
    );
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('starts at zero for every credential of the cohort, with no share rate to boast', async () => {
    const c = await counts(partner);
    expect(c).toMatchObject({ cohortId, issued: others.length + 1, viewed: 0, views: 0, verifications: 0, linkedInAdds: 0, shareRate: 0 });
    expect(c.credentials.map((x: { credentialId: string }) => x.credentialId).sort()).toEqual([credentialId, ...others].sort());
    expect(c.credentials.find((x: { credentialId: string }) => x.credentialId === credentialId)).toMatchObject({
      learnerName: 'Kwame Mensah',
      views: 0,
      lastActivityOn: null,
    });
  });

  it('counts a visitor’s view and LinkedIn click once a day, however often they reload or click', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.gql(RECORD, { id: credentialId, e: 'VIEW' }, { ip: '203.0.113.7' });
      expect(r.data).toEqual({ recordCredentialEvent: true });
    }
    await t.gql(RECORD, { id: credentialId, e: 'VIEW' }, { ip: '203.0.113.8' });
    await Promise.all([1, 2, 3].map(() => t.gql(RECORD, { id: credentialId, e: 'LINKEDIN' }, { ip: '203.0.113.7' })));
    expect(await mine()).toMatchObject({
      views: 2,
      linkedInAdds: 1,
      verifications: 0,
      lastActivityOn: new Date().toISOString().slice(0, 10),
    });
  });

  it('does not count the holder looking at their own page, but counts their LinkedIn add', async () => {
    await t.gql(RECORD, { id: credentialId, e: 'VIEW' }, { token: graduate, ip: '198.51.100.1' });
    await t.gql(RECORD, { id: credentialId, e: 'LINKEDIN' }, { token: graduate, ip: '198.51.100.1' });
    expect(await mine()).toMatchObject({ views: 2, linkedInAdds: 2 });
  });

  it('counts verifications where verifiers fetch the signed credential: JSON-LD or VC-JWT', async () => {
    expect((await t.get(`/credentials/${credentialId}.json`)).status).toBe(200);
    expect((await t.get(`/credentials/${credentialId}.json`)).status).toBe(200); // the same verifier again: once a day
    expect((await mine()).verifications).toBe(1);
    // the .jwt form, from another address (the harness's GET comes from one address: ask the service for another)
    await t.beacon.app.get(CredentialActivityService).record(credentialId, CredentialActivityKind.VERIFICATION, '192.0.2.55');
    expect((await mine()).verifications).toBe(2);
    // the page itself (HTML) is no verification; an unknown credential counts nothing and fails nothing
    await t.get(`/credentials/${credentialId}`);
    expect((await t.get(`/credentials/00000000-0000-4000-8000-000000000000.jwt`)).status).toBe(404);
    expect((await mine()).verifications).toBe(2);
  });

  it('answers alike for unknown and malformed ids, counting nothing', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect((await t.gql(RECORD, { id, e: 'VIEW' }, { ip: '203.0.113.99' })).data).toEqual({ recordCredentialEvent: true });
    }
    const [{ n }] = await t.beacon.db.query(`SELECT count(*)::int AS n FROM credential_activity`);
    expect(n).toBe(3); // the graduate's VIEW, LINKEDIN and VERIFICATION of today
  });

  it('stops a credential’s daily counter at the cap, whatever the number of addresses', async () => {
    const [other] = others;
    await t.beacon.db.query(`INSERT INTO credential_activity (credential_id, day, kind, count) VALUES ($1, $2::date, 'VIEW', $3)`, [
      other,
      new Date().toISOString().slice(0, 10),
      ACTIVITY_LIMITS.dailyCap - 1,
    ]);
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) await t.gql(RECORD, { id: other, e: 'VIEW' }, { ip });
    const c = await counts(partner);
    expect(c.credentials.find((x: { credentialId: string }) => x.credentialId === other).views).toBe(ACTIVITY_LIMITS.dailyCap);
    // cohort totals: views summed, two credentials viewed at least once out of those issued
    expect(c).toMatchObject({ views: ACTIVITY_LIMITS.dailyCap + 2, verifications: 2, linkedInAdds: 2, viewed: 2 });
    expect(c.shareRate).toBeCloseTo(2 / c.issued, 10);
  });

  it('stores nothing about visitors: only credential, day, kind and count', async () => {
    const columns: { column_name: string }[] = await t.beacon.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'credential_activity' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['credential_id', 'day', 'kind', 'count']);
  });

  it('shows the counts to admins and that partner’s admins only', async () => {
    expect((await counts(admin)).issued).toBeGreaterThan(0);
    expect(codeOf(await t.gql(COUNTS, { c: cohortId }, { token: americas }))).toBe('NOT_FOUND');
    for (const token of [learner, coach, graduate])
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await t.gql(COUNTS, { c: cohortId }, { token })));
    expect(codeOf(await t.gql(COUNTS, { c: cohortId }))).toBe('UNAUTHENTICATED');
  });

  it('gives each eligibility fact its numbers, for clients that word it themselves', async () => {
    const r = await t.gql(
      `query($id: ID!) { credential(id: $id) { evidence { kind label detail data { week assignmentTitle minAttendancePercent sessionsHeld sessionsCounted sessionsAttended sessionsExcused attendancePercent coachingRequired coachingHeld } } } }`,
      { id: credentialId },
    );
    expect(r.errors).toBeUndefined();
    const evidence = r.data!.credential.evidence as { kind: string; label: string; detail: string; data: Record<string, unknown> }[];
    const week1 = evidence.find((f) => f.kind === 'ASSIGNMENT')!;
    expect(week1.label).toBe('Week 1 assignment passed');
    expect(week1.data).toMatchObject({ week: 1, minAttendancePercent: null, coachingRequired: null });
    expect(week1.detail).toBe(`“${week1.data.assignmentTitle}” passed`);
    const attendance = evidence.find((f) => f.kind === 'ATTENDANCE')!;
    expect(attendance.label).toBe(`At least ${attendance.data.minAttendancePercent}% of live sessions attended`);
    expect(attendance.data.sessionsAttended).toEqual(expect.any(Number));
    expect(attendance.data.sessionsHeld).toBe((attendance.data.sessionsCounted as number) + (attendance.data.sessionsExcused as number));
    const coaching = evidence.find((f) => f.kind === 'COACHING')!;
    expect(coaching.data).toMatchObject({ coachingRequired: 2, coachingHeld: 2, week: null });
  });
});
