import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/role.js';
import { UserEntity } from '../../auth/entities/user.entity.js';
import { PartnerEntity } from './partner.entity.js';

/** A role a user holds; ADMIN has no partner, every other role exactly one (a CHECK in the database). */
@Entity('membership')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @ManyToOne(() => UserEntity, (u) => u.memberships, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Column({ type: 'enum', enum: Role, enumName: 'role' }) role: Role;
  @Column('uuid', { name: 'partner_id', nullable: true }) partnerId: string | null;
  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'partner_id' }) partner?: PartnerEntity | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
