import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ProgrammeDefinition } from '@beacon/domain';
import { ProgrammeEntity } from './programme.entity.js';

/** An immutable published definition; a cohort pins the version it was created from. */
@Entity('programme_version')
export class ProgrammeVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'programme_id' }) programmeId: string;
  @ManyToOne(() => ProgrammeEntity) @JoinColumn({ name: 'programme_id' }) programme?: ProgrammeEntity;
  @Column('int') version: number;
  @Column('jsonb') definition: ProgrammeDefinition;
  @Column('timestamptz', { name: 'published_at', default: () => 'now()' }) publishedAt: Date;
  @Column('uuid', { name: 'published_by_id', nullable: true }) publishedById: string | null;
}
