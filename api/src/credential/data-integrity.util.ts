import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { decodeJwt, type JWK } from 'jose';
import { DID_V1_URL, LOCAL_CONTEXTS, MULTIKEY_V1_URL } from './contexts/local-contexts.js';

export type DocumentLoader = vc.DocumentLoader;

/**
 * The issuer's `did:web` DID for Beacon's public address: `https://beacon.example.org` is
 * `did:web:beacon.example.org`, resolved at `/.well-known/did.json`; a port is percent-encoded
 * (`did:web:localhost%3A3000`) and a path becomes colon-separated segments resolved at
 * `<path>/did.json` (the did:web method's rules).
 */
export function issuerDid(base: string): string {
  const url = new URL(base);
  const segments = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...segments].join(':');
}

/** A key as the controller document lists it: a Multikey under the DID, its fragment the key's JWK thumbprint. */
export interface ControllerKey {
  kid: string;
  publicJwk: JWK;
}

export interface ControllerDocument {
  '@context': string[];
  id: string;
  verificationMethod: { id: string; type: 'Multikey'; controller: string; publicKeyMultibase: string }[];
  assertionMethod: string[];
}

export const verificationMethodId = (did: string, kid: string) => `${did}#${kid}`;

/**
 * The DID document of the issuer: every key Beacon ever signed with (retired ones too, so older
 * proofs keep verifying), each a Multikey with absolute ids, listed under `assertionMethod`.
 */
export async function controllerDocument(did: string, keys: ControllerKey[]): Promise<ControllerDocument> {
  const methods = await Promise.all(
    keys.map(async (k) => ({
      id: verificationMethodId(did, k.kid),
      type: 'Multikey' as const,
      controller: did,
      publicKeyMultibase: (await Ed25519Multikey.fromJwk({ jwk: k.publicJwk })).publicKeyMultibase,
    })),
  );
  return {
    '@context': [DID_V1_URL, MULTIKEY_V1_URL],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

/**
 * A JSON-LD document loader that answers only from memory: the standard contexts kept in the
 * repository and the issuer's own controller document (and its keys). Anything else is refused,
 * so neither signing nor verifying ever reaches the network.
 */
export function localDocumentLoader(controller?: ControllerDocument): DocumentLoader {
  return async (url: string) => {
    const context = LOCAL_CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (controller) {
      if (url === controller.id) return { contextUrl: null, documentUrl: url, document: controller };
      const method = controller.verificationMethod.find((m) => m.id === url);
      if (method) return { contextUrl: null, documentUrl: url, document: { '@context': controller['@context'], ...method } };
    }
    throw new Error(`Document not available offline: ${url}`);
  };
}

/**
 * Secures a credential with an embedded `eddsa-rdfc-2022` Data Integrity proof made by the
 * issuer's key. The proof is written as a one-item array: the same for Data Integrity (a proof
 * set), and what 1EdTech's Open Badges 3.0 JSON Schema requires of `proof`.
 */
export async function signDataIntegrity(
  credential: Record<string, unknown>,
  key: { privateJwk: JWK; kid: string },
  controller: ControllerDocument,
): Promise<Record<string, unknown>> {
  const keyPair = await Ed25519Multikey.fromJwk({
    jwk: key.privateJwk,
    secretKey: true,
    id: verificationMethodId(controller.id, key.kid),
    controller: controller.id,
  });
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
  const signed = await vc.issue({ credential: structuredClone(credential), suite, documentLoader: localDocumentLoader(controller) });
  return { ...signed, proof: ([] as unknown[]).concat(signed.proof) };
}

/** Verifies a Data Integrity credential offline (signature and proof purpose; not its status). */
export async function verifyDataIntegrity(
  credential: Record<string, unknown>,
  controller: ControllerDocument,
): Promise<{ verified: boolean; errors: string[] }> {
  const r = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: localDocumentLoader(controller),
    checkStatus: async () => ({ verified: true }),
  });
  return { verified: r.verified, errors: (r.error?.errors ?? []).map((e) => e.message) };
}

/** The JWT's registered claims, which belong to the JOSE securing and not to the credential. */
const JWT_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

/**
 * The credential a VC-JWT secures: its payload without the registered claims. A credential issued
 * when the issuer's id was its profile URL gets the did:web issuer that controls the signing key.
 */
export function credentialOfJwt(jwt: string, issuer: string): Record<string, unknown> {
  const payload = decodeJwt(jwt) as Record<string, unknown>;
  const credential = Object.fromEntries(Object.entries(payload).filter(([k]) => !JWT_CLAIMS.includes(k)));
  const named = credential.issuer as { id?: string } | string;
  const formerId = typeof named === 'string' ? named : named?.id;
  if (formerId !== issuer) {
    credential.issuer = typeof named === 'string' ? issuer : { ...named, id: issuer };
    const achievement = (credential.credentialSubject as { achievement?: { creator?: { id?: string } } } | undefined)?.achievement;
    if (achievement?.creator && achievement.creator.id === formerId) achievement.creator = { ...achievement.creator, id: issuer };
  }
  return credential;
}
