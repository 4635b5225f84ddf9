/*
 * The one JWT check the public credential page makes, a compact JWS signed with EdDSA (Ed25519)
 * by a key of a JSON Web Key Set, done with the browser's WebCrypto. It is jose's `jwtVerify`
 * with a local key set for that one algorithm, step for step and with jose's error codes and
 * messages (verifyCredential words them for the visitor), without the other algorithms, key
 * types and serialisations jose carries: the page is opened by anyone with a link, often on a
 * phone, and this is a sixth of jose's size (issue #17, bench/first-load.mjs).
 */

/** A failed check, its `code` as jose names it (ERR_JWS_INVALID, ERR_JWKS_NO_MATCHING_KEY, …). */
export class JoseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'JoseError';
  }
}

export interface JwtPayload {
  iss?: string;
  jti?: string;
  nbf?: number;
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

export interface JwtHeader {
  alg?: string;
  kid?: string;
  typ?: string;
  [parameter: string]: unknown;
}

type Jwk = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** base64url (no padding needed) to bytes; anything else in the text throws a TypeError. */
export function base64urlDecode(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TypeError('The input to be decoded is not correctly encoded.');
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new TypeError('The input to be decoded is not correctly encoded.');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function decodePart(part: string, what: string): Uint8Array {
  try {
    return base64urlDecode(part);
  } catch {
    throw new JoseError('ERR_JWS_INVALID', `Failed to base64url decode the ${what}`);
  }
}

/** "application/vc+jwt" and "VC+JWT" are the same media type as "vc+jwt" (RFC 7515, 4.1.9). */
const normalizeTyp = (typ: string) => typ.toLowerCase().replace(/^application\//, '');

/** A key jose would pick for EdDSA: an Ed25519 OKP key, for signatures, with this `kid` if the header names one. */
function usable(jwk: Jwk, kid: unknown): boolean {
  const ops = jwk.key_ops;
  return (
    (jwk.ext === undefined || typeof jwk.ext === 'boolean') &&
    (ops === undefined ||
      (Array.isArray(ops) && ops.every((o, i) => typeof o === 'string' && ops.indexOf(o) === i) && ops.includes('verify'))) &&
    jwk.kty === 'OKP' &&
    (kid === undefined || (typeof kid === 'string' && kid === jwk.kid)) &&
    (jwk.alg === undefined || jwk.alg === 'EdDSA') &&
    (jwk.use === undefined || jwk.use === 'sig') &&
    jwk.crv === 'Ed25519'
  );
}

function numericDate(payload: JwtPayload, claim: 'iat' | 'nbf' | 'exp'): number | undefined {
  const value = payload[claim];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new JoseError('ERR_JWT_CLAIM_VALIDATION_FAILED', `"${claim}" claim must be a number`);
  return value;
}

/**
 * Verifies `jwt` (compact, EdDSA only) against the set's keys and checks its header's `typ` and
 * its `nbf`/`exp` at `now`, `clockTolerance` seconds either way; the header and payload when
 * all is well, a JoseError (or WebCrypto's own error for a key it cannot import) when not.
 */
export async function verifyEdDsaJwt<P extends JwtPayload>(
  jwt: string,
  keySet: { keys: unknown[] },
  options: { typ: string; now: Date; clockTolerance: number },
): Promise<{ payload: P; protectedHeader: JwtHeader }> {
  const parts = jwt.split('.');
  if (parts.length !== 3) throw new JoseError('ERR_JWS_INVALID', 'Invalid Compact JWS');
  const [encodedHeader, encodedPayload, encodedSignature] = parts;

  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(base64urlDecode(encodedHeader)));
  } catch {
    throw new JoseError('ERR_JWS_INVALID', 'JWS Protected Header is invalid');
  }
  if (!isObject(header)) throw new JoseError('ERR_JWS_INVALID', 'JWS Protected Header is invalid');
  // no extension is understood here (jose recognises only b64, which a JWT may not turn off)
  if (header.crit !== undefined) throw new JoseError('ERR_JWS_INVALID', 'Extension Header Parameter "crit" is not supported');
  if (typeof header.alg !== 'string' || !header.alg)
    throw new JoseError('ERR_JWS_INVALID', 'JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (header.alg !== 'EdDSA') throw new JoseError('ERR_JOSE_ALG_NOT_ALLOWED', '"alg" (Algorithm) Header Parameter value not allowed');

  const candidates = keySet.keys.filter((k): k is Jwk => isObject(k) && usable(k, header.kid));
  if (candidates.length === 0) throw new JoseError('ERR_JWKS_NO_MATCHING_KEY', 'no applicable key found in the JSON Web Key Set');
  if (candidates.length > 1) throw new JoseError('ERR_JWKS_MULTIPLE_MATCHING_KEYS', 'multiple matching keys found in the JSON Web Key Set');
  const jwk = candidates[0];
  if (jwk.d !== undefined) throw new JoseError('ERR_JWKS_INVALID', 'JSON Web Key Set members must be public keys');

  const signature = decodePart(encodedSignature, 'signature');
  const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x as string }, { name: 'Ed25519' }, false, [
    'verify',
  ]);
  let verified = false;
  try {
    const signed = new TextEncoder().encode(`${encodedHeader}.${encodedPayload}`);
    verified = await crypto.subtle.verify({ name: 'Ed25519' }, key, signature.slice().buffer, signed);
  } catch {
    verified = false;
  }
  if (!verified) throw new JoseError('ERR_JWS_SIGNATURE_VERIFICATION_FAILED', 'signature verification failed');

  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(decodePart(encodedPayload, 'payload')));
  } catch (e) {
    if (e instanceof JoseError) throw e;
    payload = undefined;
  }
  if (!isObject(payload)) throw new JoseError('ERR_JWT_INVALID', 'JWT Claims Set must be a top-level JSON object');

  if (typeof header.typ !== 'string' || normalizeTyp(header.typ) !== normalizeTyp(options.typ))
    throw new JoseError('ERR_JWT_CLAIM_VALIDATION_FAILED', 'unexpected "typ" JWT header value');
  const now = Math.floor(options.now.getTime() / 1000);
  numericDate(payload, 'iat');
  const nbf = numericDate(payload, 'nbf');
  if (nbf !== undefined && nbf > now + options.clockTolerance)
    throw new JoseError('ERR_JWT_CLAIM_VALIDATION_FAILED', '"nbf" claim timestamp check failed');
  const exp = numericDate(payload, 'exp');
  if (exp !== undefined && exp <= now - options.clockTolerance)
    throw new JoseError('ERR_JWT_EXPIRED', '"exp" claim timestamp check failed');
  return { payload: payload as P, protectedHeader: header as JwtHeader };
}
