import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProgrammeDefinition } from '@beacon/domain';

@Entity('programme')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') title: string;
  /** the definition being edited; learners only ever see published versions */
  @Column('jsonb') draft: ProgrammeDefinition;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
