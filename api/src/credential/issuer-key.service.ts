import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { IssuerKeyEntity } from './entities/issuer-key.entity.js';
import { controllerDocument, issuerDid, type ControllerDocument } from './data-integrity.util.js';

const CONTROLLER_DOCUMENT_TTL_MS = 5_000;

/**
 * The issuer's Ed25519 signing keys. Private keys are stored only encrypted (AES-256-GCM with
 * a key derived from BEACON_CREDENTIAL_SECRET); rotating retires the active key but keeps
 * publishing it, so credentials signed with it still verify.
 */
@Injectable()
export class IssuerKeyService {
  private readonly encryptionKey: Buffer;
  private cache: { kid: string; key: CryptoKey; privateJwk: JWK } | null = null;
  private controllerCache: { at: number; doc: Promise<ControllerDocument> } | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.encryptionKey = scryptSync(config.credentialSecret, 'beacon-issuer-key', 32);
  }

  /** The issuer's DID (did:web on the public address): the `issuer.id` of every credential. */
  get did(): string {
    return issuerDid(this.config.publicUrl);
  }

  /** The active signing key, created on first use. */
  async active(): Promise<{ kid: string; key: CryptoKey; privateJwk: JWK }> {
    if (this.cache) return this.cache;
    let row = await this.db.getRepository(IssuerKeyEntity).findOne({ where: { retiredAt: IsNull() } });
    if (!row) row = await this.create();
    const jwk = JSON.parse(this.decrypt(row.privateKeyEncrypted)) as JWK;
    this.cache = { kid: row.kid, key: (await importJWK(jwk, 'EdDSA')) as CryptoKey, privateJwk: jwk };
    return this.cache;
  }

  /**
   * The issuer's DID document: every key ever used, as Multikeys listed under assertionMethod
   * (Data Integrity proofs name one as their verification method). Remembered for a few seconds
   * (another process may rotate the key) and forgotten at once by a rotation here.
   */
  controllerDocument(): Promise<ControllerDocument> {
    if (this.controllerCache && Date.now() - this.controllerCache.at < CONTROLLER_DOCUMENT_TTL_MS) return this.controllerCache.doc;
    const doc = (async () => {
      await this.active();
      const rows = await this.db.getRepository(IssuerKeyEntity).find({ order: { createdAt: 'ASC' } });
      return controllerDocument(
        this.did,
        rows.map((r) => ({ kid: r.kid, publicJwk: r.publicJwk })),
      );
    })();
    this.controllerCache = { at: Date.now(), doc };
    doc.catch(() => (this.controllerCache = null));
    return doc;
  }

  /** Every key ever used, as a JWKS: verifiers need retired keys for older credentials. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const all = () => this.db.getRepository(IssuerKeyEntity).find({ order: { createdAt: 'ASC' } });
    let rows = await all();
    if (rows.length === 0) {
      await this.active();
      rows = await all();
    }
    return { keys: rows.map((r) => ({ ...r.publicJwk, kid: r.kid, alg: 'EdDSA', use: 'sig' })) };
  }

  /** The keys with what each has signed, for the admins' keys screen. */
  async list(): Promise<{ kid: string; active: boolean; createdAt: Date; retiredAt: Date | null; credentialCount: number }[]> {
    const rows: { kid: string; created_at: Date; retired_at: Date | null; n: number }[] = await this.db.query(
      `SELECT k.kid, k.created_at, k.retired_at, (SELECT count(*)::int FROM credential c WHERE c.kid = k.kid) AS n
         FROM issuer_key k ORDER BY k.retired_at DESC NULLS FIRST, k.created_at DESC`,
    );
    return rows.map((r) => ({
      kid: r.kid,
      active: r.retired_at === null,
      createdAt: r.created_at,
      retiredAt: r.retired_at,
      credentialCount: r.n,
    }));
  }

  async rotate(): Promise<string> {
    const kid = await this.db.transaction(async (tx) => {
      await tx.query(`LOCK TABLE issuer_key IN EXCLUSIVE MODE`);
      await tx.getRepository(IssuerKeyEntity).update({ retiredAt: IsNull() }, { retiredAt: new Date() });
      return (await this.create(tx.getRepository(IssuerKeyEntity))).kid;
    });
    this.cache = null;
    this.controllerCache = null;
    return kid;
  }

  private async create(repo = this.db.getRepository(IssuerKeyEntity)): Promise<IssuerKeyEntity> {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const privateJwk = await exportJWK(privateKey);
    // two processes starting together may both try; the partial unique index keeps one active key
    await repo
      .createQueryBuilder()
      .insert()
      .values({ kid, publicJwk, privateKeyEncrypted: this.encrypt(JSON.stringify(privateJwk)) })
      .orIgnore()
      .execute();
    return (await repo.findOne({ where: { retiredAt: IsNull() } }))!;
  }

  private encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
  }

  private decrypt(sealed: string): string {
    const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('Cannot decrypt the issuer signing key: BEACON_CREDENTIAL_SECRET differs from the one it was stored with');
    }
  }
}
