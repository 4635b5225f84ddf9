import type { JWTPayload } from 'jose';
import type { CredentialFacts } from './useCredentials';

/**
 * Verification as an employer's own software would do it, in the visitor's browser: nothing
 * here trusts the page's GraphQL answer. The VC-JWT, the issuer's public keys and the revocation
 * status list are fetched from their public addresses, the signatures are checked with jose
 * (WebCrypto, Ed25519), and the credential's bit is read from the decompressed status list. The
 * JSON-LD form is looked at separately (dataIntegrityProof), to say which Data Integrity proof it
 * carries (checking that proof needs RDF canonicalisation, which Data Integrity verifiers do; this
 * page does not load it).
 */

export type CheckId = 'signature' | 'issuer' | 'facts' | 'validity' | 'status';
export type CheckState = 'pass' | 'fail' | 'unknown';

export interface Check {
  id: CheckId;
  label: string;
  state: CheckState;
  detail: string;
}

/** The embedded proof of the credential's JSON-LD form, as found (not checked here). */
export interface DataIntegrityProofInfo {
  cryptosuite: string;
  verificationMethod: string;
  created: string | null;
  /** the proof's key belongs to the issuer named in the credential */
  byIssuer: boolean;
}

export interface Verification {
  /** the signature is good and made by one of the issuer's published keys */
  signatureValid: boolean;
  issuerName: string | null;
  /** null when the status list could not be read */
  revoked: boolean | null;
  expired: boolean;
  /** every check passed: signed, by the issuer, matching this page, in date, not revoked */
  verified: boolean;
  summary: string;
  checks: Check[];
  checkedAt: Date;
}

interface CredentialStatusEntry {
  type?: string | string[];
  statusPurpose?: string;
  statusListIndex?: string | number;
  statusListCredential?: string;
}

interface BadgePayload extends JWTPayload {
  id?: string;
  name?: string;
  validFrom?: string;
  validUntil?: string;
  issuer?: string | { id?: string; name?: string };
  credentialSubject?: {
    identifier?: { identityType?: string; identityHash?: string }[];
    achievement?: { description?: string; criteria?: { narrative?: string }; humanCode?: string };
  };
  credentialStatus?: CredentialStatusEntry | CredentialStatusEntry[];
}

interface StatusListPayload extends JWTPayload {
  id?: string;
  type?: string[];
  issuer?: string | { id?: string };
  credentialSubject?: { statusPurpose?: string; encodedList?: string };
}

const FETCH_TIMEOUT_MS = 15_000;

/** A step that could not be completed, with the sentence the visitor reads. */
class VerificationFailure extends Error {}

async function fetchText(url: string, what: string, options: RequestInit = {}): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { ...options, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch {
    throw new VerificationFailure(`${what} could not be fetched from ${url}.`);
  }
  if (!res.ok) throw new VerificationFailure(`${what} could not be fetched (HTTP ${res.status} from ${url}).`);
  return res.text();
}

async function fetchJson<T>(url: string, what: string): Promise<T> {
  const text = await fetchText(url, what);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new VerificationFailure(`${what} at ${url} is not JSON.`);
  }
}

/**
 * The web host an issuer id stands for: an http(s) URL's host, or a did:web DID's (whose
 * percent-encoded port, as in did:web:localhost%3A3000, is decoded).
 */
export function issuerHost(id: string | null): string | null {
  if (!id) return null;
  if (id.startsWith('did:web:')) return decodeURIComponent(id.slice('did:web:'.length).split(':')[0]);
  try {
    const url = new URL(id);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : null;
  } catch {
    return null;
  }
}

interface DataIntegrityDocument {
  issuer?: string | { id?: string };
  proof?: { type?: string; cryptosuite?: string; verificationMethod?: string; created?: string } | { type?: string; cryptosuite?: string; verificationMethod?: string; created?: string }[];
}

/** The Data Integrity proof the JSON-LD form carries, if any (null when none, or it could not be fetched). */
export async function dataIntegrityProof(url: string): Promise<DataIntegrityProofInfo | null> {
  try {
    const doc = await fetchJson<DataIntegrityDocument>(url, 'The JSON-LD credential');
    const proof = ([] as NonNullable<DataIntegrityDocument['proof']>[]).concat(doc.proof ?? []).flat().find((p) => p.type === 'DataIntegrityProof');
    if (!proof?.cryptosuite || !proof.verificationMethod) return null;
    const issuerId = issuerOf(doc).id;
    return { cryptosuite: proof.cryptosuite, verificationMethod: proof.verificationMethod, created: proof.created ?? null, byIssuer: !!issuerId && proof.verificationMethod.startsWith(`${issuerId}#`) };
  } catch {
    return null;
  }
}

function issuerOf(payload: { issuer?: string | { id?: string; name?: string } }): { id: string | null; name: string | null } {
  const i = payload.issuer;
  if (typeof i === 'string') return { id: i, name: null };
  return { id: i?.id ?? null, name: i?.name ?? null };
}

function sameMoment(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return new Date(a).getTime() === new Date(b).getTime();
}

/** Why jose refused a token, in words a visitor understands. */
function signatureProblem(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'The signature does not match: the credential was changed after the issuer signed it.';
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'None of the issuer’s published keys made this signature.';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `The signed credential is not a VC-JWT as expected (${(e as Error).message}).`;
    case 'ERR_JOSE_NOT_SUPPORTED':
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'The credential is signed with an algorithm other than EdDSA (Ed25519).';
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return 'The signed credential is malformed.';
    default:
      return e instanceof Error && e.message ? `The signature could not be checked: ${e.message}` : 'The signature could not be checked.';
  }
}

/** The status list's bits: multibase base64url ("u…") of a gzip stream, inflated by the browser. */
async function statusBits(encodedList: string): Promise<Uint8Array> {
  if (!encodedList.startsWith('u')) throw new VerificationFailure('The status list is not encoded as the Bitstring Status List specification requires.');
  const { base64url } = await import('jose');
  const compressed = base64url.decode(encodedList.slice(1));
  const stream = new Blob([compressed.slice().buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new VerificationFailure('The status list could not be decompressed.');
  }
}

/** Bit i of the list; index 0 is the left-most bit of the first byte. */
export function bitAt(bits: Uint8Array, index: number): boolean {
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/**
 * Clocks differ: a status list signed a moment ago carries `nbf` = the server's now, which the
 * visitor's clock may not have reached (JWT practice: a small leeway on nbf/exp).
 */
const CLOCK_SKEW_S = 60;

export async function verifyCredential(view: CredentialFacts, formatDay: (iso: string) => string, now = new Date()): Promise<Verification> {
  const checks: Check[] = [];
  const result = (partial: Partial<Verification>): Verification => {
    const v: Verification = { signatureValid: false, issuerName: null, revoked: null, expired: false, verified: false, summary: '', checks, checkedAt: now, ...partial };
    return v;
  };
  const failedSignature = (detail: string) => {
    checks.push({ id: 'signature', label: 'Signature', state: 'fail', detail });
    return result({ summary: `Not verified: ${detail}` });
  };

  if (!globalThis.crypto?.subtle) {
    return failedSignature('This browser cannot check signatures over an insecure connection; open the page over https.');
  }

  // 1. the signed credential and the issuer's keys, from their public addresses
  let jwt: string;
  let keys: { keys?: unknown[] };
  try {
    jwt = (await fetchText(view.jwtUrl, 'The signed credential')).trim();
    if (jwt.split('.').length !== 3) throw new VerificationFailure('The signed credential is not a VC-JWT.');
    keys = await fetchJson<{ keys?: unknown[] }>(view.jwksUrl, 'The issuer’s public keys');
    if (!Array.isArray(keys.keys)) throw new VerificationFailure(`The issuer’s public keys at ${view.jwksUrl} are not a JSON Web Key Set.`);
  } catch (e) {
    return failedSignature(e instanceof VerificationFailure ? e.message : 'The signed credential could not be fetched.');
  }

  // 2. the signature (EdDSA over Ed25519) against the published keys
  const { createLocalJWKSet, jwtVerify } = await import('jose');
  const keySet = createLocalJWKSet(keys as Parameters<typeof createLocalJWKSet>[0]);
  let payload: BadgePayload;
  let kid: string | undefined;
  try {
    const verified = await jwtVerify<BadgePayload>(jwt, keySet, { typ: 'vc+jwt', algorithms: ['EdDSA'], currentDate: now, clockTolerance: CLOCK_SKEW_S });
    payload = verified.payload;
    kid = verified.protectedHeader.kid;
  } catch (e) {
    return failedSignature(signatureProblem(e));
  }
  checks.push({ id: 'signature', label: 'Signature', state: 'pass', detail: `EdDSA (Ed25519) signature checked against the issuer’s published key${kid ? ` “${kid.slice(0, 10)}…”` : ''}.` });

  // 3. who signed it: the issuer named in the credential, whose keys these are
  const issuer = issuerOf(payload);
  const issuerName = issuer.name ?? view.issuerName;
  const keysAtIssuer = !!issuer.id && new URL(view.jwksUrl, location.href).host === issuerHost(issuer.id);
  checks.push({
    id: 'issuer',
    label: 'Issuer',
    state: keysAtIssuer ? 'pass' : 'fail',
    detail: keysAtIssuer ? `Issued by ${issuerName} (${issuer.id}).` : `The keys are not published by the issuer named in the credential (${issuer.id ?? 'none'}).`,
  });

  // 4. what this page shows is what was signed
  const learner = payload.credentialSubject?.identifier?.find((i) => i.identityType === 'name')?.identityHash;
  const achievement = payload.credentialSubject?.achievement;
  const differences = [
    payload.id !== view.verificationUrl && 'address',
    payload.name !== view.name && 'credential name',
    learner !== view.learnerName && 'learner',
    issuer.name !== view.issuerName && 'issuer',
    achievement?.description !== view.description && 'description',
    achievement?.criteria?.narrative !== view.criteria && 'criteria',
    !sameMoment(payload.validFrom, view.issuedAt) && 'issue date',
    !sameMoment(payload.validUntil, view.validUntil) && 'expiry date',
  ].filter((d): d is string => !!d);
  checks.push({
    id: 'facts',
    label: 'Facts on this page',
    state: differences.length ? 'fail' : 'pass',
    detail: differences.length ? `This page differs from the signed credential in: ${differences.join(', ')}.` : 'Learner, credential, issuer and dates match the signed credential.',
  });

  // 5. in date
  const from = payload.validFrom ? new Date(payload.validFrom) : null;
  const until = payload.validUntil ? new Date(payload.validUntil) : null;
  const expired = !!until && until.getTime() < now.getTime();
  const early = !!from && from.getTime() > now.getTime();
  checks.push({
    id: 'validity',
    label: 'Validity',
    state: expired || early ? 'fail' : 'pass',
    detail: expired
      ? `Expired on ${formatDay(until!.toISOString())}.`
      : early
        ? `Not valid before ${formatDay(from!.toISOString())}.`
        : `Valid${from ? ` from ${formatDay(from.toISOString())}` : ''}${until ? ` until ${formatDay(until.toISOString())}` : ', with no end date'}.`,
  });

  // 6. not revoked: the credential's bit in the issuer's signed status list
  let revoked: boolean | null = null;
  try {
    const entries = payload.credentialStatus ? ([] as CredentialStatusEntry[]).concat(payload.credentialStatus) : [];
    const entry = entries.find((s) => s.statusPurpose === 'revocation' && [s.type].flat().includes('BitstringStatusListEntry'));
    if (!entry?.statusListCredential || entry.statusListIndex == null) throw new VerificationFailure('The credential names no revocation status list.');
    const index = Number(entry.statusListIndex);
    // always revalidated: a revocation must show at once, not after the list's cache lifetime
    const listJwt = (await fetchText(entry.statusListCredential, 'The revocation status list', { cache: 'no-cache' })).trim();
    let list: StatusListPayload;
    try {
      list = (await jwtVerify<StatusListPayload>(listJwt, keySet, { typ: 'vc+jwt', algorithms: ['EdDSA'], currentDate: new Date(), clockTolerance: CLOCK_SKEW_S })).payload;
    } catch (e) {
      throw new VerificationFailure(`The status list’s signature is not valid. ${signatureProblem(e)}`);
    }
    if (list.id !== entry.statusListCredential || !list.type?.includes('BitstringStatusListCredential') || list.credentialSubject?.statusPurpose !== 'revocation') {
      throw new VerificationFailure('The status list is not the revocation list the credential names.');
    }
    // the same issuer (its DID, or on credentials from before it had one, its profile URL on the same host)
    const listIssuer = issuerOf(list).id;
    if (listIssuer !== issuer.id && issuerHost(listIssuer) !== issuerHost(issuer.id)) throw new VerificationFailure('The status list was issued by someone else.');
    const bits = await statusBits(list.credentialSubject.encodedList ?? '');
    if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new VerificationFailure(`Entry ${entry.statusListIndex} is outside the status list.`);
    revoked = bitAt(bits, index);
    checks.push({
      id: 'status',
      label: 'Revocation',
      state: revoked ? 'fail' : 'pass',
      detail: revoked ? `Revoked: the issuer’s signed status list marks entry ${index} as revoked.` : `Not revoked: entry ${index} of the issuer’s signed status list is clear.`,
    });
  } catch (e) {
    checks.push({ id: 'status', label: 'Revocation', state: 'unknown', detail: e instanceof VerificationFailure ? e.message : 'The revocation status could not be checked.' });
  }

  const allPassed = checks.every((c) => c.state === 'pass');
  const head = keysAtIssuer ? `Signature verified · issued by ${issuerName}` : 'Signature verified, but not by the issuer it names';
  const tail = revoked === null ? 'revocation status could not be checked' : revoked ? 'revoked' : 'not revoked';
  return result({
    signatureValid: true,
    issuerName,
    revoked,
    expired,
    verified: allPassed,
    summary: [head, tail, expired && `expired on ${formatDay(until!.toISOString())}`, differences.length > 0 && 'this page differs from it'].filter(Boolean).join(' · '),
  });
}
