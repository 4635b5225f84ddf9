import { beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { base64urlDecode, verifyEdDsaJwt } from './jws';

/** The page's own EdDSA check refuses what jose's jwtVerify refuses, with jose's codes (tokens signed by jose). */

const NOW = new Date('2026-06-01T12:00:00Z');
const at = (offsetS: number) => Math.floor(NOW.getTime() / 1000) + offsetS;
const options = { typ: 'vc+jwt', now: NOW, clockTolerance: 60 };
let privateKey: CryptoKey;
let jwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('EdDSA');
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' };
});

function sign(claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}) {
  return new SignJWT({ name: 'Certified', ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'k1', typ: 'vc+jwt', ...header })
    .sign(privateKey);
}

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe('an EdDSA JWT checked with WebCrypto', () => {
  it('returns the payload and header of a token signed by the set’s key', async () => {
    const { payload, protectedHeader } = await verifyEdDsaJwt(await sign({ nbf: at(-10) }), { keys: [jwk] }, options);
    expect(payload.name).toBe('Certified');
    expect(protectedHeader.kid).toBe('k1');
  });

  it('refuses a changed payload, an unknown kid, two candidate keys and a private key in the set', async () => {
    const [h, , s] = (await sign()).split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ name: 'Forged' })).toString('base64url')}.${s}`;
    expect(await code(verifyEdDsaJwt(forged, { keys: [jwk] }, options))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    expect(await code(verifyEdDsaJwt(await sign({}, { kid: 'k2' }), { keys: [jwk] }, options))).toBe('ERR_JWKS_NO_MATCHING_KEY');
    expect(await code(verifyEdDsaJwt(await sign(), { keys: [jwk, { ...jwk }] }, options))).toBe('ERR_JWKS_MULTIPLE_MATCHING_KEYS');
    expect(await code(verifyEdDsaJwt(await sign(), { keys: [{ ...jwk, d: 'x' }] }, options))).toBe('ERR_JWKS_INVALID');
  });

  it('refuses another algorithm, a critical extension and a token that is not three parts', async () => {
    const token = await sign();
    const [, p, s] = token.split('.');
    const header = (h: object) => Buffer.from(JSON.stringify(h)).toString('base64url');
    expect(await code(verifyEdDsaJwt(`${header({ alg: 'HS256', kid: 'k1', typ: 'vc+jwt' })}.${p}.${s}`, { keys: [jwk] }, options))).toBe(
      'ERR_JOSE_ALG_NOT_ALLOWED',
    );
    expect(await code(verifyEdDsaJwt(`${header({ alg: 'none' })}.${p}.`, { keys: [jwk] }, options))).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
    // refused before the signature is looked at
    const crit = header({ alg: 'EdDSA', kid: 'k1', typ: 'vc+jwt', crit: ['urn:x'], 'urn:x': true });
    expect(await code(verifyEdDsaJwt(`${crit}.${p}.${s}`, { keys: [jwk] }, options))).toBe('ERR_JWS_INVALID');
    expect(await code(verifyEdDsaJwt(token.split('.').slice(0, 2).join('.'), { keys: [jwk] }, options))).toBe('ERR_JWS_INVALID');
  });

  it('checks typ (as a media type), nbf and exp with the leeway', async () => {
    await expect(verifyEdDsaJwt(await sign({}, { typ: 'application/VC+JWT' }), { keys: [jwk] }, options)).resolves.toBeDefined();
    expect(await code(verifyEdDsaJwt(await sign({}, { typ: 'JWT' }), { keys: [jwk] }, options))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
    await expect(verifyEdDsaJwt(await sign({ nbf: at(59) }), { keys: [jwk] }, options)).resolves.toBeDefined();
    expect(await code(verifyEdDsaJwt(await sign({ nbf: at(61) }), { keys: [jwk] }, options))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
    await expect(verifyEdDsaJwt(await sign({ exp: at(-59) }), { keys: [jwk] }, options)).resolves.toBeDefined();
    expect(await code(verifyEdDsaJwt(await sign({ exp: at(-60) }), { keys: [jwk] }, options))).toBe('ERR_JWT_EXPIRED');
    expect(await code(verifyEdDsaJwt(await sign({ exp: 'soon' }), { keys: [jwk] }, options))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('decodes base64url without padding and refuses other characters', () => {
    expect([...base64urlDecode(Buffer.from([0xfb, 0xff, 0x01]).toString('base64url'))]).toEqual([0xfb, 0xff, 0x01]);
    expect(() => base64urlDecode('ab+/')).toThrow(TypeError);
  });
});
