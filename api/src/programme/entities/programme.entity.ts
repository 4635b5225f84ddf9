import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProgrammeDefinition } from '@beacon/domain';

@Entity('programme')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') title: string;
  /** the definition being edited; learners only ever see published versions */
  @Column('jsonb') draft: ProgrammeDefinition;
  /** days after a cohort's end within which a credential still counts as on time */
  @Column('int', { name: 'grace_period_days', default: 14 }) gracePeriodDays: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
