import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { COHORT_STATUSES, CohortStatus } from '@beacon/domain';
import { ProgrammeVersionEntity } from '../../programme/entities/programme-version.entity.js';

// the statuses are the domain's (packages/domain/src/status.ts)
export { CohortStatus };

export interface CommunityLink {
  label: string;
  url: string;
}

@Entity('cohort')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'partner_id' }) partnerId: string;
  @Column('uuid', { name: 'programme_version_id' }) programmeVersionId: string;
  @ManyToOne(() => ProgrammeVersionEntity) @JoinColumn({ name: 'programme_version_id' }) programmeVersion?: ProgrammeVersionEntity;
  @Column('text') name: string;
  /** YYYY-MM-DD in the cohort's zone */
  @Column('date', { name: 'start_date' }) startDate: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('int') capacity: number;
  @Column({ type: 'enum', enum: COHORT_STATUSES, enumName: 'cohort_status', default: CohortStatus.DRAFT }) status: CohortStatus;
  @Column('jsonb', { name: 'community_links', default: () => "'[]'" }) communityLinks: CommunityLink[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
