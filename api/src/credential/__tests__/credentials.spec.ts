import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import type { Job } from 'bullmq';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { codeOf, startTestApp, type Json, type TestApp } from '../../test/harness.js';
import { CredentialService } from '../credential.service.js';
import { IssuanceService } from '../issuance.service.js';
import type { IssueCredentialData } from '../jobs/issue-credential.job.js';
import { SQL_QUERIES_HEADER } from '../../common/query-counter.js';

const MY = `{ myCredentials { id name learnerName status verificationUrl jsonUrl jwtUrl pdfUrl linkedInUrl issuedAt validUntil programmeTitle partnerName evidence { kind met } } }`;

/** What the tests read of a credential's JWT payload (a status list's own credential carries encodedList). */
type VcPayload = {
  validFrom: string;
  validUntil: string;
  credentialSubject: { achievement: { name: string }; encodedList: string };
  credentialStatus: { type: string; statusListIndex: string };
};

/** Verification as an employer would do it: the credential and the issuer's keys, checked with jose. */
async function verify(t: TestApp, jwt: string) {
  const jwks = (await t.get('/.well-known/jwks.json')).json() as JSONWebKeySet;
  return jwtVerify(jwt, createLocalJWKSet(jwks), { typ: 'vc+jwt' });
}

describe('the graduate’s credential is verifiable, revocable, and issued exactly once', () => {
  let t: TestApp;
  let graduate: string, partner: string, americas: string, admin: string;
  const countingBefore = process.env.BEACON_COUNT_QUERIES;
  beforeAll(async () => {
    // responses say how many SQL queries they took (x-sql-queries): the cohort's list must not grow with it
    process.env.BEACON_COUNT_QUERIES = '1';
    t = await startTestApp();
    [graduate, partner, americas, admin] = await Promise.all(
      ['graduate', 'partner', 'partner.americas', 'admin'].map((n) => t.login(`${n}@beacon.test`)),
    );
  }, 60_000);
  afterAll(async () => {
    if (countingBefore === undefined) delete process.env.BEACON_COUNT_QUERIES;
    else process.env.BEACON_COUNT_QUERIES = countingBefore;
    await t?.close();
  });

  it('holds an Open Badges 3.0 credential that verifies with a standard library', async () => {
    const r = await t.gql(MY, {}, { token: graduate });
    expect(r.errors).toBeUndefined();
    const [c] = r.data!.myCredentials;
    expect(c).toMatchObject({
      name: 'Certified Outside-In Master',
      learnerName: 'Kwame Mensah',
      status: 'ACTIVE',
      partnerName: 'Outside-In Africa',
      programmeTitle: 'Certified Outside-In Master',
    });
    expect(c.evidence.every((e: Json) => e.met)).toBe(true);
    expect(c.linkedInUrl).toMatch(
      /^https:\/\/www\.linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME&name=Certified\+Outside-In\+Master/,
    );
    const json = await t.get(new URL(c.jsonUrl).pathname);
    expect(json.status).toBe(200);
    expect(json.json().proof[0].cryptosuite).toBe('eddsa-rdfc-2022');
    const jwt = await t.get(new URL(c.jwtUrl).pathname);
    expect(jwt.status).toBe(200);
    const { payload, protectedHeader } = await verify(t, jwt.body);
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect((payload as VcPayload).credentialSubject.achievement.name).toBe('Certified Outside-In Master');
    expect((payload as VcPayload).credentialStatus.type).toBe('BitstringStatusListEntry');
    // 36 months of validity from the programme
    const from = new Date((payload as VcPayload).validFrom),
      until = new Date((payload as VcPayload).validUntil);
    expect(until.getUTCFullYear() - from.getUTCFullYear()).toBe(3);
  });

  it('fails verification when one character of the credential is changed', async () => {
    const [c] = (await t.gql(MY, {}, { token: graduate })).data!.myCredentials;
    const jwt = (await t.get(new URL(c.jwtUrl).pathname)).body;
    const [h, p, s] = jwt.split('.');
    const json = Buffer.from(p, 'base64url').toString('utf8').replace('Kwame Mensah', 'Kwame Mensan');
    const forged = [h, Buffer.from(json).toString('base64url'), s].join('.');
    await expect(verify(t, forged)).rejects.toThrow(/signature verification failed/);
  });

  it('serves the certificate as a PDF', async () => {
    const [c] = (await t.gql(MY, {}, { token: graduate })).data!.myCredentials;
    const pdf = await t.get(new URL(c.pdfUrl).pathname);
    expect(pdf.status).toBe(200);
    expect(pdf.body.slice(0, 5)).toBe('%PDF-');
  });

  it('shows every certified fact publicly, and nothing for an unknown id', async () => {
    const [c] = (await t.gql(MY, {}, { token: graduate })).data!.myCredentials;
    const pub = await t.gql(`query($id: ID!) { credential(id: $id) { learnerName name issuerName partnerName status issuedAt } }`, {
      id: c.id,
    });
    expect(pub.data!.credential).toMatchObject({
      learnerName: 'Kwame Mensah',
      issuerName: 'Outside-In Certification Board',
      status: 'ACTIVE',
    });
    expect(codeOf(await t.gql(`{ credential(id: "00000000-0000-0000-0000-000000000000") { id } }`))).toBe('NOT_FOUND');
    expect((await t.get('/credentials/not-a-uuid.json')).status).toBe(404);
    // the credential routes answer errors in the shape of every HTTP route (common/http-error.filter.ts)
    for (const url of [
      '/credentials/not-a-uuid.json',
      '/credentials/00000000-0000-4000-8000-000000000000.jwt',
      '/credentials/00000000-0000-4000-8000-000000000000.pdf',
    ]) {
      const missing = await t.get(url);
      expect({ url, status: missing.status, body: missing.json() }).toEqual({
        url,
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: expect.any(String) },
      });
    }
  });

  it('issues once however often the job runs, even all at once', async () => {
    const [{ enrolment_id }] = await t.beacon.db.query(`SELECT enrolment_id FROM credential ORDER BY issued_at LIMIT 1 OFFSET 1`);
    await t.beacon.db.query(`DELETE FROM credential WHERE enrolment_id = $1`, [enrolment_id]);
    const service = t.beacon.app.get(CredentialService);
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => service.issue(enrolment_id)));
    expect(outcomes.filter((o) => o.outcome === 'ISSUED')).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.credentialId)).size).toBe(1);
    const [{ n }] = await t.beacon.db.query(`SELECT count(*)::int AS n FROM credential WHERE enrolment_id = $1`, [enrolment_id]);
    expect(n).toBe(1);
    const [{ m }] = await t.beacon.db.query(`SELECT count(*)::int AS m FROM outbox_message WHERE dedupe_key = $1`, [
      `credential-issued/${enrolment_id}`,
    ]);
    expect(m).toBe(1);
  });

  it('draws status list indexes at random: not in issue order, spread over the whole list, never twice', async () => {
    const [{ enrolment_id }] = await t.beacon.db.query(`SELECT enrolment_id FROM credential ORDER BY issued_at LIMIT 1 OFFSET 2`);
    const service = t.beacon.app.get(CredentialService);
    const indexes: number[] = [];
    for (let i = 0; i < 12; i++) {
      await t.beacon.db.query(`DELETE FROM credential WHERE enrolment_id = $1`, [enrolment_id]);
      const { outcome } = await service.issue(enrolment_id);
      expect(outcome).toBe('ISSUED');
      const [{ status_index }] = await t.beacon.db.query(`SELECT status_index FROM credential WHERE enrolment_id = $1`, [enrolment_id]);
      indexes.push(status_index);
    }
    // twelve draws from 131,072 in rising order, or all within 4,096 of each other, would be a one-in-millions chance
    const sorted = [...indexes].sort((a, b) => a - b);
    expect(indexes).not.toEqual(sorted);
    expect(sorted[sorted.length - 1] - sorted[0]).toBeGreaterThan(4096);
    expect(indexes.every((i) => i >= 0 && i < 131072)).toBe(true);
    // the database refuses a second credential on a taken index
    const [{ id, status_index }] = await t.beacon.db.query(`SELECT id, status_index FROM credential WHERE enrolment_id <> $1 LIMIT 1`, [
      enrolment_id,
    ]);
    await expect(
      t.beacon.db.query(`UPDATE credential SET status_index = $2 WHERE enrolment_id = $1`, [enrolment_id, status_index]),
    ).rejects.toThrow(/credential_status_index_unique/);
    expect(id).toBeTruthy();
  });

  it('bulk-issues a cohort twice with exactly one credential per learner, progress visible', async () => {
    // the graduate's cohort, where every learner holds one (the Nairobi cohort has a learner who finished without)
    const [{ cohort_id }] = await t.beacon.db.query(
      `SELECT cr.cohort_id FROM credential cr JOIN "user" u ON u.id = cr.user_id WHERE u.email = 'graduate@beacon.test'`,
    );
    const first = await t.gql(
      `mutation($c: ID!) { issueCohortCredentials(cohortId: $c) { id total } }`,
      { c: cohort_id },
      { token: partner },
    );
    expect(first.data!.issueCohortCredentials.total).toBe(0); // everyone already holds one
    await t.beacon.db.query(`DELETE FROM credential WHERE cohort_id = $1`, [cohort_id]);
    const runs = await Promise.all(
      [1, 2].map(() =>
        t.gql(`mutation($c: ID!) { issueCohortCredentials(cohortId: $c) { id total } }`, { c: cohort_id }, { token: partner }),
      ),
    );
    for (const run of runs) {
      let progress: Json;
      for (let i = 0; i < 100; i++) {
        progress = (
          await t.gql(
            `query($id: ID!) { issuanceRun(id: $id) { total done issued alreadyHeld finished } }`,
            { id: run.data!.issueCohortCredentials.id },
            { token: partner },
          )
        ).data!.issuanceRun;
        if (progress.finished) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(progress.finished).toBe(true);
    }
    const counts: { n: number }[] = await t.beacon.db.query(
      `SELECT count(*)::int AS n FROM credential WHERE cohort_id = $1 GROUP BY enrolment_id`,
      [cohort_id],
    );
    expect(counts.length).toBe(3);
    expect(counts.every((c) => c.n === 1)).toBe(true);
  }, 30_000);

  it('says what is left for a learner still in week 3, and refuses to approve them', async () => {
    const learner = await t.login('learner@beacon.test');
    const [home] = (await t.gql(`{ myEnrolments { id } }`, {}, { token: learner })).data!.myEnrolments;
    const e = await t.gql(
      `query($e: ID!) { eligibility(enrolmentId: $e) { eligible facts { kind label met detail } } }`,
      { e: home.id },
      { token: learner },
    );
    expect(e.data!.eligibility.eligible).toBe(false);
    expect(e.data!.eligibility.facts.filter((f: Json) => f.kind === 'ASSIGNMENT')).toHaveLength(7);
    const approve = await t.gql(`mutation($e: ID!) { approveCredential(enrolmentId: $e) { id } }`, { e: home.id }, { token: partner });
    expect(codeOf(approve)).toBe('BAD_USER_INPUT');
    const other = await t.gql(`query($e: ID!) { eligibility(enrolmentId: $e) { eligible } }`, { e: home.id }, { token: graduate });
    expect(codeOf(other)).toBe('NOT_FOUND');
  });

  it('revokes: another partner cannot, the partner admin can, and the status list says so', async () => {
    const [c] = (await t.gql(MY, {}, { token: graduate })).data!.myCredentials;
    const hostile = await t.gql(
      `mutation($id: ID!) { revokeCredential(id: $id, reason: "x") { status } }`,
      { id: c.id },
      { token: americas },
    );
    expect(codeOf(hostile)).toBe('NOT_FOUND');
    const r = await t.gql(
      `mutation($id: ID!) { revokeCredential(id: $id, reason: "Issued in error") { status revocationReason } }`,
      { id: c.id },
      { token: partner },
    );
    expect(r.data!.revokeCredential).toEqual({ status: 'REVOKED', revocationReason: 'Issued in error' });
    const jwt = (await t.get(new URL(c.jwtUrl).pathname)).body;
    const index = Number(decodeJwt<VcPayload>(jwt).credentialStatus.statusListIndex);
    const list = await t.get('/credentials/status/1');
    const { payload } = await verify(t, list.body);
    const encoded = (payload as VcPayload).credentialSubject.encodedList as string;
    const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bits.length).toBe(16384);
    expect((bits[index >> 3] >> (7 - (index & 7))) & 1).toBe(1);
    const others: { status_index: number }[] = await t.beacon.db.query(`SELECT status_index FROM credential WHERE revoked_at IS NULL`);
    for (const o of others) expect((bits[o.status_index >> 3] >> (7 - (o.status_index & 7))) & 1).toBe(0);
  });

  it('lists every learner of a cohort with their credential’s status and dates, in as many queries as a cohort without any', async () => {
    const [revoked] = (await t.gql(MY, {}, { token: graduate })).data!.myCredentials; // revoked just above
    const [{ cohort_id: completed }] = await t.beacon.db.query(`SELECT cohort_id FROM credential WHERE id = $1`, [revoked.id]);
    const [{ id: running }] = await t.beacon.db.query(`SELECT id FROM cohort WHERE name LIKE 'COIM Johannesburg%'`);
    const LIST = `query($c: ID!) { cohortEligibility(cohortId: $c) { learnerName eligible credentialId credential { id status issuedAt validUntil revokedAt } } }`;
    const list = async (cohortId: string) => {
      await t.gql(LIST, { c: cohortId }, { token: partner }); // the second run of a document is the compiled one
      const r = await t.gql(LIST, { c: cohortId }, { token: partner });
      expect(r.errors).toBeUndefined();
      return { rows: r.data!.cohortEligibility as Json[], queries: Number(r.headers[SQL_QUERIES_HEADER]) };
    };

    const graduates = await list(completed);
    expect(graduates.rows.map((r) => r.learnerName).sort()).toEqual(['Grace Wanjiru', 'Kwame Mensah', 'Yaw Boateng']);
    for (const row of graduates.rows) {
      // the same status and dates as the credential's own page
      const own = (
        await t.gql(`query($id: ID!) { credential(id: $id) { id status issuedAt validUntil revokedAt } }`, { id: row.credentialId })
      ).data!.credential;
      expect(row.credential).toEqual(own);
    }
    expect(graduates.rows.find((r) => r.learnerName === 'Kwame Mensah').credential).toEqual({
      id: revoked.id,
      status: 'REVOKED',
      issuedAt: revoked.issuedAt,
      validUntil: revoked.validUntil,
      revokedAt: expect.stringMatching(/^\d{4}-/),
    });
    expect(
      graduates.rows.filter((r) => r.learnerName !== 'Kwame Mensah').map((r) => [r.credential.status, r.credential.revokedAt]),
    ).toEqual([
      ['ACTIVE', null],
      ['ACTIVE', null],
    ]);

    const learners = await list(running);
    expect(learners.rows.length).toBeGreaterThan(3);
    expect(learners.rows.every((r) => r.credential === null && r.credentialId === null)).toBe(true);
    expect(graduates.queries).toBeGreaterThan(0);
    expect(graduates.queries).toBe(learners.queries);
  });

  it('keeps old credentials verifiable after the issuer key is rotated', async () => {
    const before = (await t.get('/.well-known/jwks.json')).json().keys.length;
    const rotated = await t.gql(`mutation { rotateIssuerKey }`, {}, { token: admin });
    expect(rotated.data!.rotateIssuerKey).toBeTruthy();
    expect((await t.get('/.well-known/jwks.json')).json().keys.length).toBe(before + 1);
    const [{ enrolment_id, jwt: oldJwt }] = await t.beacon.db.query(
      `SELECT enrolment_id, jwt FROM credential WHERE revoked_at IS NULL LIMIT 1`,
    );
    await verify(t, oldJwt);
    await t.beacon.db.query(`DELETE FROM credential WHERE enrolment_id = $1`, [enrolment_id]);
    await t.beacon.app
      .get(IssuanceService)
      .handle({ data: { enrolmentId: enrolment_id }, attemptsMade: 0, opts: { attempts: 1 } } as Job<IssueCredentialData>);
    const [{ jwt, kid }] = await t.beacon.db.query(`SELECT jwt, kid FROM credential WHERE enrolment_id = $1`, [enrolment_id]);
    expect(kid).toBe(rotated.data!.rotateIssuerKey);
    const { protectedHeader } = await verify(t, jwt);
    expect(protectedHeader.kid).toBe(kid);
    const partnerRotate = await t.gql(`mutation { rotateIssuerKey }`, {}, { token: partner });
    expect(codeOf(partnerRotate)).toBe('FORBIDDEN');
  });
});
