import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

@Entity('issuer_key')
export class IssuerKeyEntity {
  @PrimaryColumn('text') kid: string;
  @Column('jsonb', { name: 'public_jwk' }) publicJwk: JWK;
  /** AES-256-GCM under a key derived from BEACON_CREDENTIAL_SECRET */
  @Column('text', { name: 'private_key_encrypted' }) privateKeyEncrypted: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt: Date | null;
}
