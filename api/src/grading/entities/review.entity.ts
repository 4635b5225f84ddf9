import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CriterionScore, ReviewState, Verdict } from '@beacon/domain';

/**
 * A coach's review of one submission. Saved as a draft (optimistic locking on `version`), then
 * released to the learner; a released review is final (the database refuses changes) and every
 * change is written to `review_audit` by a trigger.
 */
@Entity('review')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'submission_id' }) submissionId: string;
  @Column('text') state: ReviewState;
  @Column('text') verdict: Verdict;
  @Column('jsonb') scores: CriterionScore[];
  @Column('int') total: number;
  /** the assignment's pass mark when reviewed, so the database can check a PASS */
  @Column('int', { name: 'pass_mark' }) passMark: number;
  @Column('text') feedback: string;
  @Column('int') version: number;
  @Column('uuid', { name: 'created_by_id', nullable: true }) createdById: string | null;
  @Column('uuid', { name: 'updated_by_id', nullable: true }) updatedById: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('timestamptz', { name: 'released_at', nullable: true }) releasedAt: Date | null;
}
