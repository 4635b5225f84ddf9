import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CriterionScore, ReviewAuditAction, ReviewState } from '@beacon/domain';

/** One change of a review, as written by the database's `review_audit` trigger. Read-only. */
@Entity('review_audit')
export class ReviewAuditEntity {
  @PrimaryColumn('bigint') id: string;
  @Column('uuid', { name: 'review_id' }) reviewId: string;
  @Column('uuid', { name: 'submission_id' }) submissionId: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text') action: ReviewAuditAction;
  @Column('int', { name: 'review_version' }) reviewVersion: number;
  @Column('text') state: ReviewState;
  @Column('text') verdict: string;
  @Column('int') total: number;
  @Column('jsonb') scores: CriterionScore[];
  @Column('text') feedback: string;
  @Column('timestamptz') at: Date;
}
