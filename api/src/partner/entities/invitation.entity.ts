import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/role.js';
import { InvitationStatus } from '@beacon/domain';
import { PartnerEntity } from './partner.entity.js';

// the statuses are the domain's (packages/domain/src/status.ts)
export { InvitationStatus };

/** An invitation to take a role in a partner; the link's token is stored only as its SHA-256. */
@Entity('invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('text') name: string;
  @Column({ type: 'enum', enum: Role, enumName: 'role' }) role: Role;
  @Column('uuid', { name: 'partner_id' }) partnerId: string;
  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'partner_id' }) partner?: PartnerEntity;
  @Column('uuid', { name: 'invited_by_id', nullable: true }) invitedById: string | null;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('text', { default: InvitationStatus.PENDING }) status: InvitationStatus;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  /** whether accepting may set the account's first password: only for the invitation that brought the account in (and its resends) */
  @Column('boolean', { name: 'sets_password', default: false }) setsPassword: boolean;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
