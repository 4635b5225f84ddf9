import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EligibilityFact } from '@beacon/domain';

@Entity('credential')
export class CredentialEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'cohort_id' }) cohortId: string;
  @Column('uuid', { name: 'partner_id' }) partnerId: string;
  @Column('int', { name: 'status_index' }) statusIndex: number;
  @Column('text') kid: string;
  /** the signed credential: a VC-JWT (EdDSA) whose payload is the OpenBadgeCredential */
  @Column('text') jwt: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('jsonb') evidence: EligibilityFact[];
  @Column('timestamptz', { name: 'issued_at' }) issuedAt: Date;
  @Column('timestamptz', { name: 'valid_until', nullable: true }) validUntil: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('uuid', { name: 'revoked_by_id', nullable: true }) revokedById: string | null;
  @Column('text', { name: 'revocation_reason', nullable: true }) revocationReason: string | null;
}
