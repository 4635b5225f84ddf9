import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { LOCAL_CONTEXTS } from '../contexts/local-contexts.js';
import { CredentialService } from '../credential.service.js';

/** 1EdTech's Open Badges 3.0 JSON Schema for AchievementCredential (VC 2.0), kept in the repository. */
const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/ob_v3p0_achievementcredential_schema.json', import.meta.url)), 'utf8'),
);
const ajv = new (Ajv2019 as unknown as typeof Ajv2019.default)({ strict: false, allErrors: true });
(addFormats as unknown as typeof addFormats.default)(ajv);
const validateOb3 = ajv.compile(schema);

/**
 * A verifier's document loader, as a wallet or verifier built on @digitalbazaar/vc has one: the
 * standard contexts from memory (never the network), and DIDs resolved by the did:web rule over
 * HTTP — here to the app under test. Everything else is refused.
 */
function verifierLoader(t: TestApp, fetched: string[]): vc.DocumentLoader {
  return async (url: string) => {
    const context = LOCAL_CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (url.startsWith('did:web:')) {
      const [did, fragment] = url.split('#');
      const [, , host, ...path] = did.split(':');
      const httpPath = path.length ? `/${path.map(decodeURIComponent).join('/')}/did.json` : '/.well-known/did.json';
      expect(decodeURIComponent(host)).toBe(new URL(t.beacon.app.get(CredentialService).urls.profile).host);
      fetched.push(httpPath);
      const res = await t.get(httpPath);
      expect(res.status).toBe(200);
      const doc = res.json();
      if (!fragment) return { contextUrl: null, documentUrl: url, document: doc };
      const method = doc.verificationMethod.find((m: { id: string }) => m.id === url);
      if (!method) throw new Error(`no verification method ${url}`);
      return { contextUrl: null, documentUrl: url, document: { '@context': doc['@context'], ...method } };
    }
    throw new Error(`refused to load ${url}`);
  };
}

const inject = async (t: TestApp, url: string, headers: Record<string, string> = {}) => {
  const res = await t.beacon.http!.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });
  return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload };
};

describe('a verifier checks the graduate’s credential in either form, with standard tools and no network', () => {
  let t: TestApp;
  let graduate: string;
  let credential: { id: string; jsonUrl: string; jwtUrl: string; verificationUrl: string; badgeImageUrl: string };

  beforeAll(async () => {
    t = await startTestApp();
    graduate = await t.login('graduate@beacon.test');
    const r = await t.gql(`{ myCredentials { id jsonUrl jwtUrl verificationUrl badgeImageUrl } }`, {}, { token: graduate });
    expect(r.errors).toBeUndefined();
    credential = r.data!.myCredentials[0];
  }, 60_000);
  afterAll(() => t?.close());

  const verify = (t: TestApp, signed: Record<string, unknown>, fetched: string[] = []) =>
    vc.verifyCredential({
      credential: signed,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: verifierLoader(t, fetched),
      checkStatus: async () => ({ verified: true }),
    });

  it('the JSON-LD credential carries an eddsa-rdfc-2022 proof that @digitalbazaar/vc verifies against the did:web document', async () => {
    const res = await t.get(new URL(credential.jsonUrl).pathname);
    expect(res.status).toBe(200);
    const signed = res.json();
    expect(signed['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(signed.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(signed.proof).toEqual([
      expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' }),
    ]);
    expect(signed.issuer.id).toMatch(/^did:web:localhost%3A\d+$/);
    expect(signed.proof[0].verificationMethod.startsWith(`${signed.issuer.id}#`)).toBe(true);

    // the controller document: id is the issuer's id, the key a Multikey with absolute ids under assertionMethod
    const did = (await t.get('/.well-known/did.json')).json();
    expect(did.id).toBe(signed.issuer.id);
    expect(did['@context']).toEqual(['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1']);
    const method = did.verificationMethod.find((m: { id: string }) => m.id === signed.proof[0].verificationMethod);
    expect(method).toMatchObject({ type: 'Multikey', controller: did.id, publicKeyMultibase: expect.stringMatching(/^z6Mk/) });
    expect(did.assertionMethod).toContain(method.id);

    const fetched: string[] = [];
    const result = await verify(t, signed, fetched);
    expect(result.error?.errors?.map((e) => e.message)).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(fetched).toContain('/.well-known/did.json');
    // the same claims as the JWT
    const jwt = (await t.get(new URL(credential.jwtUrl).pathname)).body;
    const { proof, ...claims } = signed;
    const { iss, jti, nbf, ...jwtCredential } = decodeJwt(jwt) as Record<string, unknown>;
    expect(proof).toBeDefined();
    expect(claims).toEqual(jwtCredential);
  });

  it('a credential changed after signing fails: a name, a date, the issuer', async () => {
    const signed = (await t.get(new URL(credential.jsonUrl).pathname)).json();
    const renamed = structuredClone(signed);
    renamed.credentialSubject.identifier[0].identityHash = 'Kwame Mensan';
    const later = structuredClone(signed);
    later.validUntil = '2099-01-01T00:00:00.000Z';
    for (const forged of [renamed, later]) {
      const r = await verify(t, forged);
      expect(r.verified).toBe(false);
      expect(r.error?.errors?.[0]?.message).toMatch(/Invalid signature/);
    }
    const otherIssuer = structuredClone(signed);
    otherIssuer.issuer.id = 'did:web:example.org';
    await expect(verify(t, otherIssuer)).resolves.toMatchObject({ verified: false });
  });

  it('is signed once and then served as stored, also when asked for as JSON-LD on the page address', async () => {
    const path = new URL(credential.jsonUrl).pathname;
    const first = (await t.get(path)).json();
    const again = (await t.get(path.replace(/\.json$/, '.jsonld'))).json();
    expect(again.proof).toEqual(first.proof);
    for (const accept of [
      'application/ld+json',
      'application/vc+ld+json',
      'application/ld+json;profile="https://www.w3.org/ns/credentials/v2", text/html;q=0.5',
    ]) {
      const r = await inject(t, new URL(credential.verificationUrl).pathname, { accept });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/^application\/vc\+ld\+json/);
      expect(JSON.parse(r.body).proof).toEqual(first.proof);
    }
  });

  it('a credential issued before Data Integrity gets its proof on first request, naming the DID as issuer', async () => {
    const [{ id }] = await t.beacon.db.query(`SELECT id FROM credential WHERE id <> $1 LIMIT 1`, [credential.id]);
    await t.beacon.db.query(`UPDATE credential SET data_integrity = NULL WHERE id = $1`, [id]);
    const signed = (await t.get(`/credentials/${id}.json`)).json();
    expect((await verify(t, signed)).verified).toBe(true);
    const [{ stored }] = await t.beacon.db.query(`SELECT data_integrity IS NOT NULL AS stored FROM credential WHERE id = $1`, [id]);
    expect(stored).toBe(true);
  });

  it('the VC-JWT still verifies with jose against the JWKS, with OB 3.0’s registered claims beside the credential', async () => {
    const jwt = await t.get(new URL(credential.jwtUrl).pathname);
    expect(jwt.status).toBe(200);
    const jwks = (await t.get('/.well-known/jwks.json')).json() as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(jwt.body, createLocalJWKSet(jwks), { typ: 'vc+jwt', algorithms: ['EdDSA'] });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    const c = payload as { id: string; issuer: { id: string }; validFrom: string };
    expect(payload.iss).toBe(c.issuer.id);
    expect(payload.jti).toBe(c.id);
    expect(payload.jti).toBe(credential.verificationUrl);
    expect(payload.nbf).toBe(Math.floor(new Date(c.validFrom).getTime() / 1000));
    // no credentialSubject.id, so no sub (VC-JOSE-COSE: sub is the subject's id)
    expect(payload.sub).toBeUndefined();
  });

  it('both forms validate against 1EdTech’s Open Badges 3.0 JSON Schema', async () => {
    const signed = (await t.get(new URL(credential.jsonUrl).pathname)).json();
    const jwtCredential = decodeJwt((await t.get(new URL(credential.jwtUrl).pathname)).body);
    for (const doc of [signed, jwtCredential]) {
      const ok = validateOb3(doc);
      expect(validateOb3.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    // and the schema does catch a broken one
    const broken = structuredClone(signed);
    delete broken.credentialSubject.achievement.criteria;
    expect(validateOb3(broken)).toBe(false);
  });

  it('the achievement has a badge image: a PNG served at its stable address', async () => {
    const signed = (await t.get(new URL(credential.jsonUrl).pathname)).json();
    const image = signed.credentialSubject.achievement.image;
    expect(image).toMatchObject({ type: 'Image', id: credential.badgeImageUrl });
    expect(image.id).toMatch(/\/achievements\/[0-9a-f-]{36}\/badge\.png$/);
    const png = await inject(t, new URL(image.id).pathname);
    expect(png.status).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.raw.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.raw.readUInt32BE(16)).toBe(600); // width, from the IHDR chunk
    expect((await inject(t, '/achievements/00000000-0000-0000-0000-000000000000/badge.png')).status).toBe(404);
  });

  it('the page’s server HTML carries Open Graph and Twitter card tags, escaped; an unknown id answers 404', async () => {
    const page = await inject(t, new URL(credential.verificationUrl).pathname, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(page.body)?.[1];
    expect(meta('og:title')).toBe('Kwame Mensah — Certified Outside-In Master');
    expect(meta('og:image')).toBe(credential.badgeImageUrl);
    expect(meta('og:url')).toBe(credential.verificationUrl);
    expect(meta('twitter:card')).toBe('summary');
    expect(meta('og:description')).toContain('issued by Outside-In Certification Board and delivered by Outside-In Africa');
    expect(meta('beacon:holder')).toBe('Kwame Mensah');

    // a name that is markup stays text
    const [{ id }] = await t.beacon.db.query(`SELECT id FROM credential WHERE id <> $1 LIMIT 1`, [credential.id]);
    await t.beacon.db.query(
      `UPDATE credential SET payload = jsonb_set(payload, '{credentialSubject,identifier,0,identityHash}', to_jsonb($2::text)) WHERE id = $1`,
      [id, 'Ama "<script>alert(1)</script>" & Co'],
    );
    const hostile = await inject(t, `/credentials/${id}`);
    expect(hostile.body).not.toContain('<script>alert(1)</script>');
    expect(hostile.body).toContain('Ama &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; Co');

    const missing = await inject(t, '/credentials/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).not.toContain('og:title');
  });

  it('the local contexts are the published ones the libraries ship', async () => {
    const { contexts: vcContexts } = await import('@digitalbazaar/credentials-context');
    const { contexts: diContexts } = await import('@digitalbazaar/data-integrity-context');
    const multikey = await import('@digitalbazaar/multikey-context');
    const didContext = await import('did-context');
    expect(LOCAL_CONTEXTS.get('https://www.w3.org/ns/credentials/v2')).toEqual(vcContexts.get('https://www.w3.org/ns/credentials/v2'));
    expect(LOCAL_CONTEXTS.get('https://w3id.org/security/data-integrity/v2')).toEqual(
      diContexts.get('https://w3id.org/security/data-integrity/v2'),
    );
    expect(LOCAL_CONTEXTS.get('https://w3id.org/security/multikey/v1')).toEqual(
      multikey.contexts.get('https://w3id.org/security/multikey/v1'),
    );
    expect(LOCAL_CONTEXTS.get('https://www.w3.org/ns/did/v1')).toEqual(didContext.contexts.get('https://www.w3.org/ns/did/v1'));
    expect([...LOCAL_CONTEXTS.keys()].sort()).toEqual(
      [
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://w3id.org/security/data-integrity/v2',
        'https://w3id.org/security/multikey/v1',
        'https://www.w3.org/ns/cid/v1',
        'https://www.w3.org/ns/credentials/v2',
        'https://www.w3.org/ns/did/v1',
      ].sort(),
    );
  });
});
