import type { JWTHeaderParameters, JWTPayload } from 'jose';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { formatList } from '../../../lib/time';
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

type Values = Record<string, string | number>;

// typed as plain descriptors: they are formatted with values
const m: Record<string, MessageDescriptor> = defineMessages({
  fetchFailed: {
    id: 'credential.verify.fetchFailed',
    defaultMessage:
      '{what, select, signedCredential {The signed credential could not be fetched from {url}.} issuerKeys {The issuer’s public keys could not be fetched from {url}.} statusList {The revocation status list could not be fetched from {url}.} other {The JSON-LD credential could not be fetched from {url}.}}',
  },
  fetchStatus: {
    id: 'credential.verify.fetchStatus',
    defaultMessage:
      '{what, select, signedCredential {The signed credential could not be fetched (HTTP {status} from {url}).} issuerKeys {The issuer’s public keys could not be fetched (HTTP {status} from {url}).} statusList {The revocation status list could not be fetched (HTTP {status} from {url}).} other {The JSON-LD credential could not be fetched (HTTP {status} from {url}).}}',
  },
  notJson: {
    id: 'credential.verify.notJson',
    defaultMessage:
      '{what, select, signedCredential {The signed credential at {url} is not JSON.} issuerKeys {The issuer’s public keys at {url} is not JSON.} statusList {The revocation status list at {url} is not JSON.} other {The JSON-LD credential at {url} is not JSON.}}',
  },
  signatureMismatch: {
    id: 'credential.verify.signatureMismatch',
    defaultMessage: 'The signature does not match: the credential was changed after the issuer signed it.',
  },
  noMatchingKey: { id: 'credential.verify.noMatchingKey', defaultMessage: 'None of the issuer’s published keys made this signature.' },
  claimsInvalid: { id: 'credential.verify.claimsInvalid', defaultMessage: 'The signed credential is not a VC-JWT as expected ({reason}).' },
  wrongAlgorithm: {
    id: 'credential.verify.wrongAlgorithm',
    defaultMessage: 'The credential is signed with an algorithm other than EdDSA (Ed25519).',
  },
  malformed: { id: 'credential.verify.malformed', defaultMessage: 'The signed credential is malformed.' },
  signatureUncheckedReason: {
    id: 'credential.verify.signatureUncheckedReason',
    defaultMessage: 'The signature could not be checked: {reason}',
  },
  signatureUnchecked: { id: 'credential.verify.signatureUnchecked', defaultMessage: 'The signature could not be checked.' },
  listEncoding: {
    id: 'credential.verify.listEncoding',
    defaultMessage: 'The status list is not encoded as the Bitstring Status List specification requires.',
  },
  listDecompress: { id: 'credential.verify.listDecompress', defaultMessage: 'The status list could not be decompressed.' },
  labelSignature: { id: 'credential.verify.labelSignature', defaultMessage: 'Signature' },
  labelIssuer: { id: 'credential.verify.labelIssuer', defaultMessage: 'Issuer' },
  labelFacts: { id: 'credential.verify.labelFacts', defaultMessage: 'Facts on this page' },
  labelValidity: { id: 'credential.verify.labelValidity', defaultMessage: 'Validity' },
  labelRevocation: { id: 'credential.verify.labelRevocation', defaultMessage: 'Revocation' },
  notVerified: { id: 'credential.verify.notVerified', defaultMessage: 'Not verified: {detail}' },
  insecure: {
    id: 'credential.verify.insecure',
    defaultMessage: 'This browser cannot check signatures over an insecure connection; open the page over https.',
  },
  notVcJwt: { id: 'credential.verify.notVcJwt', defaultMessage: 'The signed credential is not a VC-JWT.' },
  notJwks: { id: 'credential.verify.notJwks', defaultMessage: 'The issuer’s public keys at {url} are not a JSON Web Key Set.' },
  credentialUnfetched: { id: 'credential.verify.credentialUnfetched', defaultMessage: 'The signed credential could not be fetched.' },
  signatureChecked: {
    id: 'credential.verify.signatureChecked',
    defaultMessage: 'EdDSA (Ed25519) signature checked against the issuer’s published key.',
  },
  signatureCheckedKid: {
    id: 'credential.verify.signatureCheckedKid',
    defaultMessage: 'EdDSA (Ed25519) signature checked against the issuer’s published key “{kid}…”.',
  },
  issuedBy: { id: 'credential.verify.issuedBy', defaultMessage: 'Issued by {name} ({id}).' },
  keysElsewhere: {
    id: 'credential.verify.keysElsewhere',
    defaultMessage: 'The keys are not published by the issuer named in the credential ({id}).',
  },
  keysElsewhereNone: {
    id: 'credential.verify.keysElsewhereNone',
    defaultMessage: 'The keys are not published by the issuer named in the credential (none).',
  },
  differs: { id: 'credential.verify.differs', defaultMessage: 'This page differs from the signed credential in: {differences}.' },
  factsMatch: { id: 'credential.verify.factsMatch', defaultMessage: 'Learner, credential, issuer and dates match the signed credential.' },
  diffAddress: { id: 'credential.verify.diffAddress', defaultMessage: 'address' },
  diffName: { id: 'credential.verify.diffName', defaultMessage: 'credential name' },
  diffLearner: { id: 'credential.verify.diffLearner', defaultMessage: 'learner' },
  diffIssuer: { id: 'credential.verify.diffIssuer', defaultMessage: 'issuer' },
  diffDescription: { id: 'credential.verify.diffDescription', defaultMessage: 'description' },
  diffCriteria: { id: 'credential.verify.diffCriteria', defaultMessage: 'criteria' },
  diffIssueDate: { id: 'credential.verify.diffIssueDate', defaultMessage: 'issue date' },
  diffExpiryDate: { id: 'credential.verify.diffExpiryDate', defaultMessage: 'expiry date' },
  expiredOn: { id: 'credential.verify.expiredOn', defaultMessage: 'Expired on {date}.' },
  notValidBefore: { id: 'credential.verify.notValidBefore', defaultMessage: 'Not valid before {date}.' },
  validFromUntil: { id: 'credential.verify.validFromUntil', defaultMessage: 'Valid from {from} until {until}.' },
  validFrom: { id: 'credential.verify.validFrom', defaultMessage: 'Valid from {from}, with no end date.' },
  validUntil: { id: 'credential.verify.validUntil', defaultMessage: 'Valid until {until}.' },
  validNoDates: { id: 'credential.verify.validNoDates', defaultMessage: 'Valid, with no end date.' },
  noStatusList: { id: 'credential.verify.noStatusList', defaultMessage: 'The credential names no revocation status list.' },
  listSignature: { id: 'credential.verify.listSignature', defaultMessage: 'The status list’s signature is not valid. {problem}' },
  notRevocationList: {
    id: 'credential.verify.notRevocationList',
    defaultMessage: 'The status list is not the revocation list the credential names.',
  },
  listOtherIssuer: { id: 'credential.verify.listOtherIssuer', defaultMessage: 'The status list was issued by someone else.' },
  entryOutside: { id: 'credential.verify.entryOutside', defaultMessage: 'Entry {index} is outside the status list.' },
  revokedEntry: {
    id: 'credential.verify.revokedEntry',
    defaultMessage: 'Revoked: the issuer’s signed status list marks entry {index} as revoked.',
  },
  clearEntry: {
    id: 'credential.verify.clearEntry',
    defaultMessage: 'Not revoked: entry {index} of the issuer’s signed status list is clear.',
  },
  statusUnchecked: { id: 'credential.verify.statusUnchecked', defaultMessage: 'The revocation status could not be checked.' },
  summaryByIssuer: { id: 'credential.verify.summaryByIssuer', defaultMessage: 'Signature verified · issued by {name}' },
  summaryNotByIssuer: { id: 'credential.verify.summaryNotByIssuer', defaultMessage: 'Signature verified, but not by the issuer it names' },
  summaryStatusUnknown: { id: 'credential.verify.summaryStatusUnknown', defaultMessage: 'revocation status could not be checked' },
  summaryRevoked: { id: 'credential.verify.summaryRevoked', defaultMessage: 'revoked' },
  summaryNotRevoked: { id: 'credential.verify.summaryNotRevoked', defaultMessage: 'not revoked' },
  summaryExpired: { id: 'credential.verify.summaryExpired', defaultMessage: 'expired on {date}' },
  summaryDiffers: { id: 'credential.verify.summaryDiffers', defaultMessage: 'this page differs from it' },
});

/** Between the parts of the one-line summary ("Signature verified · … · not revoked"). */
const SUMMARY_SEPARATOR = ' · ';

/** What a fetch was for, so its failure can be told in a whole sentence. */
type Fetched = 'signedCredential' | 'issuerKeys' | 'statusList' | 'jsonLd';

/** A step that could not be completed, with the sentence the visitor reads (formatted in their language). */
class VerificationFailure extends Error {
  constructor(
    readonly descriptor: MessageDescriptor,
    readonly values: Values = {},
  ) {
    super(String(descriptor.defaultMessage));
  }
  text(intl: IntlShape): string {
    return intl.formatMessage(this.descriptor, this.values);
  }
}

async function fetchText(url: string, what: Fetched, options: RequestInit = {}): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { ...options, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch {
    throw new VerificationFailure(m.fetchFailed, { what, url });
  }
  if (!res.ok) throw new VerificationFailure(m.fetchStatus, { what, url, status: String(res.status) });
  return res.text();
}

async function fetchJson<T>(url: string, what: Fetched): Promise<T> {
  const text = await fetchText(url, what);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new VerificationFailure(m.notJson, { what, url });
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
  proof?:
    | { type?: string; cryptosuite?: string; verificationMethod?: string; created?: string }
    | { type?: string; cryptosuite?: string; verificationMethod?: string; created?: string }[];
}

/** The Data Integrity proof the JSON-LD form carries, if any (null when none, or it could not be fetched). */
export async function dataIntegrityProof(url: string): Promise<DataIntegrityProofInfo | null> {
  try {
    const doc = await fetchJson<DataIntegrityDocument>(url, 'jsonLd');
    const proof = ([] as NonNullable<DataIntegrityDocument['proof']>[])
      .concat(doc.proof ?? [])
      .flat()
      .find((p) => p.type === 'DataIntegrityProof');
    if (!proof?.cryptosuite || !proof.verificationMethod) return null;
    const issuerId = issuerOf(doc).id;
    return {
      cryptosuite: proof.cryptosuite,
      verificationMethod: proof.verificationMethod,
      created: proof.created ?? null,
      byIssuer: !!issuerId && proof.verificationMethod.startsWith(`${issuerId}#`),
    };
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

/** Why jose refused a token, in words a visitor understands (jose's own detail stays as jose wrote it). */
function signatureProblem(intl: IntlShape, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return intl.formatMessage(m.signatureMismatch);
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return intl.formatMessage(m.noMatchingKey);
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return intl.formatMessage(m.claimsInvalid, { reason: (e as Error).message });
    case 'ERR_JOSE_NOT_SUPPORTED':
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return intl.formatMessage(m.wrongAlgorithm);
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return intl.formatMessage(m.malformed);
    default:
      return e instanceof Error && e.message
        ? intl.formatMessage(m.signatureUncheckedReason, { reason: e.message })
        : intl.formatMessage(m.signatureUnchecked);
  }
}

/**
 * A VC-JWT's signature checked by jose (`compactVerify`: the compact JWS, EdDSA only, against the
 * issuer's key set), then its claims as jose's `jwtVerify` checks them with `typ: 'vc+jwt'`,
 * `currentDate` and `clockTolerance` (RFC 7519: `nbf`, `exp`), failing with jose's own errors and
 * messages. `jwtVerify` itself would bring jose's whole claims validator (~1.2 kB gzip) to a page
 * anyone opens from a link, often on a phone (issue #17, bench/first-load.mjs).
 */
async function verifyVcJwt<P extends JWTPayload>(
  jose: Pick<typeof import('jose'), 'compactVerify' | 'errors'>,
  jwt: string,
  keySet: ReturnType<typeof import('jose').createLocalJWKSet>,
  now: Date,
): Promise<{ payload: P; protectedHeader: JWTHeaderParameters }> {
  const { payload: bytes, protectedHeader } = await jose.compactVerify(jwt, keySet, { algorithms: ['EdDSA'] });
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    payload = null;
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw new jose.errors.JWTInvalid('JWT Claims Set must be a top-level JSON object');
  const claims = payload as P;
  const mediaType = (typ: string) => typ.toLowerCase().replace(/^application\//, '');
  if (typeof protectedHeader.typ !== 'string' || mediaType(protectedHeader.typ) !== 'vc+jwt')
    throw new jose.errors.JWTClaimValidationFailed('unexpected "typ" JWT header value', claims, 'typ', 'check_failed');
  const at = Math.floor(now.getTime() / 1000);
  for (const claim of ['iat', 'nbf', 'exp'] as const)
    if (claims[claim] !== undefined && (typeof claims[claim] !== 'number' || !Number.isFinite(claims[claim])))
      throw new jose.errors.JWTClaimValidationFailed(`"${claim}" claim must be a number`, claims, claim, 'invalid');
  if (claims.nbf !== undefined && claims.nbf > at + CLOCK_SKEW_S)
    throw new jose.errors.JWTClaimValidationFailed('"nbf" claim timestamp check failed', claims, 'nbf', 'check_failed');
  if (claims.exp !== undefined && claims.exp <= at - CLOCK_SKEW_S)
    throw new jose.errors.JWTExpired('"exp" claim timestamp check failed', claims, 'exp', 'check_failed');
  return { payload: claims, protectedHeader };
}

/** The status list's bits: multibase base64url ("u…") of a gzip stream, inflated by the browser. */
async function statusBits(encodedList: string): Promise<Uint8Array> {
  if (!encodedList.startsWith('u')) throw new VerificationFailure(m.listEncoding);
  const { base64url } = await import('jose');
  const compressed = base64url.decode(encodedList.slice(1));
  const stream = new Blob([compressed.slice().buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new VerificationFailure(m.listDecompress);
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

/**
 * Checks the credential; every sentence of the result is in `intl`'s language, its dates written
 * by `formatDay`.
 */
export async function verifyCredential(
  view: CredentialFacts,
  intl: IntlShape,
  formatDay: (iso: string) => string,
  now = new Date(),
): Promise<Verification> {
  const t = (descriptor: MessageDescriptor, values?: Values) => intl.formatMessage(descriptor, values);
  const failureText = (e: unknown, fallback: MessageDescriptor) => (e instanceof VerificationFailure ? e.text(intl) : t(fallback));
  const checks: Check[] = [];
  const result = (partial: Partial<Verification>): Verification => {
    const v: Verification = {
      signatureValid: false,
      issuerName: null,
      revoked: null,
      expired: false,
      verified: false,
      summary: '',
      checks,
      checkedAt: now,
      ...partial,
    };
    return v;
  };
  const failedSignature = (detail: string) => {
    checks.push({ id: 'signature', label: t(m.labelSignature), state: 'fail', detail });
    return result({ summary: t(m.notVerified, { detail }) });
  };

  if (!globalThis.crypto?.subtle) {
    return failedSignature(t(m.insecure));
  }

  // 1. the signed credential and the issuer's keys, from their public addresses
  let jwt: string;
  let keys: { keys?: unknown[] };
  try {
    jwt = (await fetchText(view.jwtUrl, 'signedCredential')).trim();
    if (jwt.split('.').length !== 3) throw new VerificationFailure(m.notVcJwt);
    keys = await fetchJson<{ keys?: unknown[] }>(view.jwksUrl, 'issuerKeys');
    if (!Array.isArray(keys.keys)) throw new VerificationFailure(m.notJwks, { url: view.jwksUrl });
  } catch (e) {
    return failedSignature(failureText(e, m.credentialUnfetched));
  }

  // 2. the signature (EdDSA over Ed25519) against the published keys
  // destructured here, so that the build takes only these of jose
  const { createLocalJWKSet, compactVerify, errors } = await import('jose');
  const jose = { compactVerify, errors };
  const keySet = createLocalJWKSet(keys as Parameters<typeof createLocalJWKSet>[0]);
  let payload: BadgePayload;
  let kid: string | undefined;
  try {
    const verified = await verifyVcJwt<BadgePayload>(jose, jwt, keySet, now);
    payload = verified.payload;
    kid = verified.protectedHeader.kid;
  } catch (e) {
    return failedSignature(signatureProblem(intl, e));
  }
  checks.push({
    id: 'signature',
    label: t(m.labelSignature),
    state: 'pass',
    detail: kid ? t(m.signatureCheckedKid, { kid: kid.slice(0, 10) }) : t(m.signatureChecked),
  });

  // 3. who signed it: the issuer named in the credential, whose keys these are
  const issuer = issuerOf(payload);
  const issuerName = issuer.name ?? view.issuerName;
  const keysAtIssuer = !!issuer.id && new URL(view.jwksUrl, location.href).host === issuerHost(issuer.id);
  checks.push({
    id: 'issuer',
    label: t(m.labelIssuer),
    state: keysAtIssuer ? 'pass' : 'fail',
    detail: keysAtIssuer
      ? t(m.issuedBy, { name: issuerName ?? '', id: issuer.id ?? '' })
      : issuer.id
        ? t(m.keysElsewhere, { id: issuer.id })
        : t(m.keysElsewhereNone),
  });

  // 4. what this page shows is what was signed
  const learner = payload.credentialSubject?.identifier?.find((i) => i.identityType === 'name')?.identityHash;
  const achievement = payload.credentialSubject?.achievement;
  const differences = [
    payload.id !== view.verificationUrl && m.diffAddress,
    payload.name !== view.name && m.diffName,
    learner !== view.learnerName && m.diffLearner,
    issuer.name !== view.issuerName && m.diffIssuer,
    achievement?.description !== view.description && m.diffDescription,
    achievement?.criteria?.narrative !== view.criteria && m.diffCriteria,
    !sameMoment(payload.validFrom, view.issuedAt) && m.diffIssueDate,
    !sameMoment(payload.validUntil, view.validUntil) && m.diffExpiryDate,
  ]
    .filter((d): d is MessageDescriptor => !!d)
    .map((d) => t(d));
  checks.push({
    id: 'facts',
    label: t(m.labelFacts),
    state: differences.length ? 'fail' : 'pass',
    // a plain list ("address, learner"): `unit` lists have no "and"
    detail: differences.length ? t(m.differs, { differences: formatList(differences, 'unit') }) : t(m.factsMatch),
  });

  // 5. in date
  const from = payload.validFrom ? new Date(payload.validFrom) : null;
  const until = payload.validUntil ? new Date(payload.validUntil) : null;
  const expired = !!until && until.getTime() < now.getTime();
  const early = !!from && from.getTime() > now.getTime();
  checks.push({
    id: 'validity',
    label: t(m.labelValidity),
    state: expired || early ? 'fail' : 'pass',
    detail: expired
      ? t(m.expiredOn, { date: formatDay(until!.toISOString()) })
      : early
        ? t(m.notValidBefore, { date: formatDay(from!.toISOString()) })
        : from && until
          ? t(m.validFromUntil, { from: formatDay(from.toISOString()), until: formatDay(until.toISOString()) })
          : from
            ? t(m.validFrom, { from: formatDay(from.toISOString()) })
            : until
              ? t(m.validUntil, { until: formatDay(until.toISOString()) })
              : t(m.validNoDates),
  });

  // 6. not revoked: the credential's bit in the issuer's signed status list
  let revoked: boolean | null = null;
  try {
    const entries = payload.credentialStatus ? ([] as CredentialStatusEntry[]).concat(payload.credentialStatus) : [];
    const entry = entries.find((s) => s.statusPurpose === 'revocation' && [s.type].flat().includes('BitstringStatusListEntry'));
    if (!entry?.statusListCredential || entry.statusListIndex == null) throw new VerificationFailure(m.noStatusList);
    const index = Number(entry.statusListIndex);
    // always revalidated: a revocation must show at once, not after the list's cache lifetime
    const listJwt = (await fetchText(entry.statusListCredential, 'statusList', { cache: 'no-cache' })).trim();
    let list: StatusListPayload;
    try {
      list = (await verifyVcJwt<StatusListPayload>(jose, listJwt, keySet, new Date())).payload;
    } catch (e) {
      throw new VerificationFailure(m.listSignature, { problem: signatureProblem(intl, e) });
    }
    if (
      list.id !== entry.statusListCredential ||
      !list.type?.includes('BitstringStatusListCredential') ||
      list.credentialSubject?.statusPurpose !== 'revocation'
    ) {
      throw new VerificationFailure(m.notRevocationList);
    }
    // the same issuer (its DID, or on credentials from before it had one, its profile URL on the same host)
    const listIssuer = issuerOf(list).id;
    if (listIssuer !== issuer.id && issuerHost(listIssuer) !== issuerHost(issuer.id)) throw new VerificationFailure(m.listOtherIssuer);
    const bits = await statusBits(list.credentialSubject.encodedList ?? '');
    if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8)
      throw new VerificationFailure(m.entryOutside, { index: String(entry.statusListIndex) });
    revoked = bitAt(bits, index);
    checks.push({
      id: 'status',
      label: t(m.labelRevocation),
      state: revoked ? 'fail' : 'pass',
      // the entry is an index, not a quantity: written as it is
      detail: revoked ? t(m.revokedEntry, { index: String(index) }) : t(m.clearEntry, { index: String(index) }),
    });
  } catch (e) {
    checks.push({ id: 'status', label: t(m.labelRevocation), state: 'unknown', detail: failureText(e, m.statusUnchecked) });
  }

  const allPassed = checks.every((c) => c.state === 'pass');
  const head = keysAtIssuer ? t(m.summaryByIssuer, { name: issuerName ?? '' }) : t(m.summaryNotByIssuer);
  const tail = revoked === null ? t(m.summaryStatusUnknown) : revoked ? t(m.summaryRevoked) : t(m.summaryNotRevoked);
  return result({
    signatureValid: true,
    issuerName,
    revoked,
    expired,
    verified: allPassed,
    summary: [
      head,
      tail,
      expired && t(m.summaryExpired, { date: formatDay(until!.toISOString()) }),
      differences.length > 0 && t(m.summaryDiffers),
    ]
      .filter(Boolean)
      .join(SUMMARY_SEPARATOR),
  });
}
