import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { createIntl } from 'react-intl';
import type { CredentialFacts } from './useCredentials';
import { bitAt, verifyCredential, type Verification } from './verifyCredential';

/**
 * The verifier against a real issuer: credentials and status lists signed with Ed25519 by jose,
 * the keys and lists served over HTTP from 127.0.0.1, fetched and checked as a visitor's browser
 * would (real fetch, real jose, real gzip).
 */

const intl = createIntl({ locale: 'en', defaultLocale: 'en', messages: {} });
const formatDay = (iso: string) => iso.slice(0, 10);
const DAY = 86_400_000;

interface Key {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function makeKey(kid: string): Promise<Key> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' } };
}

/** As the API signs: VC-JWT, the credential as payload, iss/jti/nbf beside it, no exp. */
function sign(payload: Record<string, unknown>, key: Key, o: { typ?: string; expiresAt?: number } = {}): Promise<string> {
  const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: o.typ ?? 'vc+jwt', cty: 'vc' });
  if (o.expiresAt !== undefined) jwt.setExpirationTime(o.expiresAt);
  const issuer = payload.issuer as string | { id: string };
  jwt.setIssuer(typeof issuer === 'string' ? issuer : issuer.id);
  if (typeof payload.id === 'string') jwt.setJti(payload.id);
  if (typeof payload.validFrom === 'string') jwt.setNotBefore(Math.floor(Date.parse(payload.validFrom) / 1000));
  return jwt.sign(key.privateKey);
}

/** Bitstring Status List: gzip, base64url, multibase "u"; index 0 is the first byte's left-most bit. */
function encodedList(revoked: number[]): string {
  const bits = Buffer.alloc(16_384);
  for (const i of revoked) bits[i >> 3] |= 0x80 >> (i & 7);
  return 'u' + gzipSync(bits).toString('base64url');
}

const routes = new Map<string, { status: number; type: string; body: string }>();
let server: Server;
let base: string;
let issuerDid: string;
let issuerKey: Key;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes.get(req.url ?? '');
    res.writeHead(route?.status ?? 404, { 'content-type': route?.type ?? 'text/plain' });
    res.end(route?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  issuerDid = `did:web:127.0.0.1%3A${port}`;
  // the verifier resolves the keys' address against the page's
  Object.defineProperty(globalThis, 'location', { value: new URL(`${base}/credentials/page`), configurable: true });
  issuerKey = await makeKey('key-2026-primary');
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Issue {
  /** the credential's entry in the status list */
  statusIndex?: number;
  revoked?: number[];
  validUntil?: string;
  /** signs the credential with this key instead of the issuer's published one */
  signWith?: Key;
  /** the issuer the credential names, instead of the one whose host serves the keys */
  issuerId?: string;
  /** the status list's signing time (its nbf), from now */
  listSignedInMs?: number;
  /** changes the payload after signing, keeping the signature */
  tamper?: (payload: Record<string, unknown>) => void;
  jwksStatus?: number;
  /** the credential's JWT header `typ`, instead of vc+jwt */
  typ?: string;
  /** a JWT `exp` claim (seconds since the epoch), which the API does not set */
  expiresAt?: number;
}

let published = 0;

/** Publishes a credential, the issuer's keys and a status list under a path of their own; the page's facts. */
async function issue(o: Issue = {}): Promise<CredentialFacts> {
  const at = `/t${++published}`;
  const url = (p: string) => `${base}${at}${p}`;
  const issuedAt = new Date(Date.now() - 30 * DAY).toISOString();
  const validUntil = o.validUntil ?? null;
  const facts = {
    id: `cred-${published}`,
    name: 'Certified Customer Success Practitioner',
    learnerName: 'Ama Mensah',
    description: 'Completed the twelve-week programme.',
    criteria: 'Passed every assignment and attended 80 % of live sessions.',
    issuerName: 'Beacon Academy',
    issuedAt,
    validUntil,
    verificationUrl: url('/credentials/1'),
    jwtUrl: url('/credentials/1.jwt'),
    jwksUrl: url('/.well-known/jwks.json'),
  };
  const statusList = url('/credentials/status/1');
  const issuerId = o.issuerId ?? issuerDid;
  const payload: Record<string, unknown> = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: facts.verificationUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: facts.name,
    issuer: { id: issuerId, type: ['Profile'], name: facts.issuerName },
    validFrom: issuedAt,
    ...(validUntil ? { validUntil } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.learnerName }],
      achievement: { description: facts.description, criteria: { narrative: facts.criteria } },
    },
    credentialStatus: {
      id: `${statusList}#${o.statusIndex ?? 3}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(o.statusIndex ?? 3),
      statusListCredential: statusList,
    },
  };
  let jwt = await sign(payload, o.signWith ?? issuerKey, { typ: o.typ, expiresAt: o.expiresAt });
  if (o.tamper) {
    const [header, body, signature] = jwt.split('.');
    const changed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    o.tamper(changed);
    jwt = [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
  }
  const listJwt = await sign(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: statusList,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: issuerDid,
      validFrom: new Date(Date.now() + (o.listSignedInMs ?? 0)).toISOString(),
      credentialSubject: {
        id: `${statusList}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodedList(o.revoked ?? []),
      },
    },
    issuerKey,
  );
  const path = (full: string) => full.slice(base.length);
  routes.set(path(facts.jwtUrl), { status: 200, type: 'application/vc+jwt', body: jwt });
  routes.set(path(facts.jwksUrl), {
    status: o.jwksStatus ?? 200,
    type: 'application/json',
    body: JSON.stringify({ keys: [issuerKey.jwk] }),
  });
  routes.set(path(statusList), { status: 200, type: 'application/vc+jwt', body: listJwt });
  return facts as unknown as CredentialFacts;
}

const check = (v: Verification, id: string) => v.checks.find((c) => c.id === id);

describe('verifying a credential in the visitor’s browser', () => {
  it('verifies a credential signed by the issuer’s published key, matching the page, in date and not revoked', async () => {
    const v = await verifyCredential(await issue(), intl, formatDay);
    expect(v.checks.map((c) => [c.id, c.state])).toEqual([
      ['signature', 'pass'],
      ['issuer', 'pass'],
      ['facts', 'pass'],
      ['validity', 'pass'],
      ['status', 'pass'],
    ]);
    expect(v).toMatchObject({ verified: true, signatureValid: true, revoked: false, expired: false, issuerName: 'Beacon Academy' });
    expect(check(v, 'signature')?.detail).toBe('EdDSA (Ed25519) signature checked against the issuer’s published key “key-2026-p…”.');
    expect(check(v, 'issuer')?.detail).toBe(`Issued by Beacon Academy (${issuerDid}).`);
    expect(check(v, 'status')?.detail).toBe('Not revoked: entry 3 of the issuer’s signed status list is clear.');
    expect(v.summary).toBe('Signature verified · issued by Beacon Academy · not revoked');
  });

  it('fails the signature of a payload changed after signing (another learner’s name)', async () => {
    const view = await issue({
      tamper: (p) => {
        (p.credentialSubject as { identifier: { identityHash: string }[] }).identifier[0].identityHash = 'Someone Else';
      },
    });
    const v = await verifyCredential(view, intl, formatDay);
    expect(v).toMatchObject({ verified: false, signatureValid: false, revoked: null });
    expect(v.checks).toEqual([
      {
        id: 'signature',
        label: 'Signature',
        state: 'fail',
        detail: 'The signature does not match: the credential was changed after the issuer signed it.',
      },
    ]);
    expect(v.summary).toBe('Not verified: The signature does not match: the credential was changed after the issuer signed it.');
  });

  it('fails a token that is not a VC-JWT, or whose JWT expiry has passed, though its signature is good', async () => {
    const jwt = await verifyCredential(await issue({ typ: 'JWT' }), intl, formatDay);
    expect(jwt).toMatchObject({ verified: false, signatureValid: false });
    expect(jwt.checks).toEqual([
      {
        id: 'signature',
        label: 'Signature',
        state: 'fail',
        detail: 'The signed credential is not a VC-JWT as expected (unexpected "typ" JWT header value).',
      },
    ]);
    expect((await verifyCredential(await issue({ typ: 'application/VC+JWT' }), intl, formatDay)).verified).toBe(true);

    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await verifyCredential(await issue({ expiresAt: past }), intl, formatDay);
    expect(expired).toMatchObject({ verified: false, signatureValid: false });
    expect(check(expired, 'signature')).toMatchObject({
      state: 'fail',
      detail: expect.stringContaining('"exp" claim timestamp check failed'),
    });
    // within the minute of leeway for clocks that differ, still good
    expect((await verifyCredential(await issue({ expiresAt: Math.floor(Date.now() / 1000) - 30 }), intl, formatDay)).verified).toBe(true);
  });

  it('fails a credential signed with a key the issuer does not publish', async () => {
    const v = await verifyCredential(await issue({ signWith: await makeKey('someone-elses-key') }), intl, formatDay);
    expect(v).toMatchObject({ verified: false, signatureValid: false });
    expect(v.checks).toEqual([
      { id: 'signature', label: 'Signature', state: 'fail', detail: 'None of the issuer’s published keys made this signature.' },
    ]);
  });

  it('fails the issuer check when the keys are not published by the issuer the credential names', async () => {
    const v = await verifyCredential(await issue({ issuerId: 'did:web:issuer.example' }), intl, formatDay);
    expect(v).toMatchObject({ verified: false, signatureValid: true });
    expect(check(v, 'issuer')).toMatchObject({
      state: 'fail',
      detail: 'The keys are not published by the issuer named in the credential (did:web:issuer.example).',
    });
    // nor is the status list (signed by the host's issuer) the named issuer's
    expect(check(v, 'status')).toMatchObject({ state: 'unknown', detail: 'The status list was issued by someone else.' });
    expect(v.summary).toBe('Signature verified, but not by the issuer it names · revocation status could not be checked');
  });

  it('reports a revoked entry as revoked, reading bits from the left of each byte', async () => {
    const v = await verifyCredential(await issue({ statusIndex: 9, revoked: [0, 9] }), intl, formatDay);
    expect(v).toMatchObject({ verified: false, signatureValid: true, revoked: true });
    expect(check(v, 'status')).toMatchObject({
      state: 'fail',
      detail: 'Revoked: the issuer’s signed status list marks entry 9 as revoked.',
    });
    expect(v.summary).toBe('Signature verified · issued by Beacon Academy · revoked');

    // the neighbours of revoked entries are clear
    for (const statusIndex of [1, 8, 10])
      expect((await verifyCredential(await issue({ statusIndex, revoked: [0, 9] }), intl, formatDay)).revoked).toBe(false);
    expect(bitAt(new Uint8Array([0x80, 0x40]), 0)).toBe(true);
    expect(bitAt(new Uint8Array([0x80, 0x40]), 9)).toBe(true);
    expect(bitAt(new Uint8Array([0x80, 0x40]), 7)).toBe(false);
  });

  it('reports an expired credential as expired, its signature still good', async () => {
    const v = await verifyCredential(await issue({ validUntil: new Date(Date.now() - 2 * DAY).toISOString() }), intl, formatDay);
    const until = formatDay(new Date(Date.now() - 2 * DAY).toISOString());
    expect(v).toMatchObject({ verified: false, signatureValid: true, expired: true, revoked: false });
    expect(check(v, 'validity')).toMatchObject({ state: 'fail', detail: `Expired on ${until}.` });
    expect(v.summary).toBe(`Signature verified · issued by Beacon Academy · not revoked · expired on ${until}`);
  });

  it('accepts a status list signed a few seconds ahead of the visitor’s clock (leeway), not minutes ahead', async () => {
    const ahead = await verifyCredential(await issue({ listSignedInMs: 5_000 }), intl, formatDay);
    expect(ahead).toMatchObject({ verified: true, revoked: false });
    expect(check(ahead, 'status')?.state).toBe('pass');

    const farAhead = await verifyCredential(await issue({ listSignedInMs: 10 * 60_000 }), intl, formatDay);
    expect(farAhead).toMatchObject({ verified: false, signatureValid: true, revoked: null });
    expect(check(farAhead, 'status')?.state).toBe('unknown');
    expect(check(farAhead, 'status')?.detail).toMatch(/^The status list’s signature is not valid\. /);
  });

  it('says which address failed when the issuer’s keys cannot be fetched', async () => {
    const view = await issue({ jwksStatus: 503 });
    const v = await verifyCredential(view, intl, formatDay);
    expect(v.checks).toEqual([
      {
        id: 'signature',
        label: 'Signature',
        state: 'fail',
        detail: `The issuer’s public keys could not be fetched (HTTP 503 from ${view.jwksUrl}).`,
      },
    ]);
  });
});
