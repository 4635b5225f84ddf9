import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnrolmentEntity } from '../../cohort/entities/enrolment.entity.js';
import { SubmissionFileEntity } from './submission-file.entity.js';

/** One version of a learner's answer to a week's assignment. */
@Entity('submission')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'enrolment_id' }) enrolment?: EnrolmentEntity;
  @Column('int') week: number;
  @Column('int') version: number;
  /** the assignment of the cohort's pinned programme version */
  @Column('text', { name: 'assignment_id' }) assignmentId: string;
  @Column('text', { nullable: true }) body: string | null;
  @Column('text', { nullable: true }) link: string | null;
  @Column('uuid', { name: 'file_id', nullable: true }) fileId: string | null;
  @ManyToOne(() => SubmissionFileEntity) @JoinColumn({ name: 'file_id' }) file?: SubmissionFileEntity | null;
  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' }) submittedAt: Date;
  /** the due point that applies to this learner and week (kept up to date when it changes) */
  @Column('timestamptz', { name: 'due_at' }) dueAt: Date;
  @Column('boolean') late: boolean;
}
