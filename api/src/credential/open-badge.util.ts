import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, type CryptoKey } from 'jose';
import type { CredentialDefinition, EligibilityFact } from '@beacon/domain';
import { issuerDid } from './data-integrity.util.js';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface BadgeFacts {
  credentialId: string;
  issuedAt: Date;
  validUntil: Date | null;
  statusIndex: number;
  learner: { name: string; email: string };
  programme: { id: string; code: string; title: string; version: number };
  credential: CredentialDefinition;
  partner: { name: string };
  cohort: { name: string };
  evidence: EligibilityFact[];
}

/** Where Beacon publishes what verifiers need; all under the public base URL. */
export function issuerUrls(base: string) {
  return {
    /** the issuer's id in credentials: did:web on Beacon's own host, resolved at didDocument */
    issuer: issuerDid(base),
    didDocument: `${base}/.well-known/did.json`,
    /** the issuer's Open Badges profile (a readable page of who the issuer is) */
    profile: `${base}/issuer`,
    jwks: `${base}/.well-known/jwks.json`,
    statusList: `${base}/credentials/status/1`,
    credential: (id: string) => `${base}/credentials/${id}`,
    achievement: (programmeId: string) => `${base}/achievements/${programmeId}`,
    /** the programme's badge, a PNG generated from its code and title */
    badge: (programmeId: string) => `${base}/achievements/${programmeId}/badge.png`,
  };
}

/** An Open Badges 3.0 OpenBadgeCredential (a W3C VC 2.0) for a learner who met the criteria. */
export function openBadgeCredential(base: string, issuerName: string, f: BadgeFacts): Record<string, unknown> {
  const urls = issuerUrls(base);
  const salt = randomBytes(8).toString('hex');
  const emailHash = createHash('sha256')
    .update(f.learner.email.toLowerCase() + salt)
    .digest('hex');
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: urls.credential(f.credentialId),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: f.credential.name,
    issuer: { id: urls.issuer, type: ['Profile'], name: issuerName, url: base },
    validFrom: f.issuedAt.toISOString(),
    ...(f.validUntil ? { validUntil: f.validUntil.toISOString() } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: f.learner.name },
        { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: `sha256$${emailHash}`, salt },
      ],
      achievement: {
        id: urls.achievement(f.programme.id),
        type: ['Achievement'],
        achievementType: 'Certification',
        name: f.credential.name,
        description: f.credential.description,
        criteria: { narrative: f.credential.criteria },
        humanCode: f.programme.code,
        image: { id: urls.badge(f.programme.id), type: 'Image', caption: `${f.credential.name} badge` },
        creator: { id: urls.issuer, type: ['Profile'], name: issuerName },
      },
    },
    evidence: [
      {
        type: ['Evidence'],
        name: `${f.programme.title} — ${f.cohort.name}`,
        description: `Delivered by ${f.partner.name}; programme version ${f.programme.version}.`,
        narrative: f.evidence.map((e) => `${e.met ? '✓' : '✗'} ${e.label}: ${e.detail}`).join('\n'),
      },
    ],
    credentialStatus: {
      id: `${urls.statusList}#${f.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(f.statusIndex),
      statusListCredential: urls.statusList,
    },
  };
}

/**
 * Secures a credential as a VC-JWT (VC-JOSE-COSE): the payload is the credential itself, signed
 * EdDSA. Beside it, the registered claims Open Badges 3.0's JWT profile asks for wherever they
 * agree with VC-JOSE-COSE: `iss` (the issuer's id), `jti` (the credential's id), `nbf` (validFrom).
 * `sub` would have to be `credentialSubject.id`, which these credentials do not have (the learner
 * is named by identifiers), so it is left out; `exp` too, so that an expired credential still
 * reads as signed and verifiers report it as expired.
 */
export function signCredential(payload: Record<string, unknown>, kid: string, key: CryptoKey): Promise<string> {
  const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'vc+jwt', cty: 'vc' });
  const issuer = payload.issuer as string | { id?: string } | undefined;
  const issuerId = typeof issuer === 'string' ? issuer : issuer?.id;
  if (issuerId) jwt.setIssuer(issuerId);
  if (typeof payload.id === 'string') jwt.setJti(payload.id);
  if (typeof payload.validFrom === 'string') jwt.setNotBefore(Math.floor(new Date(payload.validFrom).getTime() / 1000));
  return jwt.sign(key);
}

/** LinkedIn's "add to profile" link for a certification. */
export function linkedInAddUrl(f: {
  name: string;
  issuerName: string;
  issuedAt: Date;
  validUntil: Date | null;
  url: string;
  id: string;
}): string {
  const p = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: f.name,
    organizationName: f.issuerName,
    issueYear: String(f.issuedAt.getUTCFullYear()),
    issueMonth: String(f.issuedAt.getUTCMonth() + 1),
    certUrl: f.url,
    certId: f.id,
  });
  if (f.validUntil) {
    p.set('expirationYear', String(f.validUntil.getUTCFullYear()));
    p.set('expirationMonth', String(f.validUntil.getUTCMonth() + 1));
  }
  return `https://www.linkedin.com/profile/add?${p.toString()}`;
}
