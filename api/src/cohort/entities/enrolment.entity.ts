import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../auth/entities/user.entity.js';
import { ENROLMENT_STATUSES, EnrolmentStatus } from '@beacon/domain';
import { CohortEntity } from './cohort.entity.js';

// the statuses are the domain's (packages/domain/src/status.ts)
export { EnrolmentStatus };

@Entity('enrolment')
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cohort_id' }) cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cohort_id' }) cohort?: CohortEntity;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Column({ type: 'enum', enum: ENROLMENT_STATUSES, enumName: 'enrolment_status', default: EnrolmentStatus.INVITED })
  status: EnrolmentStatus;
  /** the goal's statement; measure, baseline, target and date make it measurable */
  @Column('text', { name: 'outcome_goal', nullable: true }) outcomeGoal: string | null;
  /** the name the partner gave when enrolling someone who has not accepted yet (the account's own name stays private until then) */
  @Column('text', { name: 'invited_name', nullable: true }) invitedName: string | null;
  @Column('text', { name: 'goal_measure', nullable: true }) goalMeasure: string | null;
  // numeric arrives as a string from node-postgres
  @Column('numeric', { name: 'goal_baseline', nullable: true }) goalBaseline: string | null;
  @Column('numeric', { name: 'goal_target', nullable: true }) goalTarget: string | null;
  @Column('date', { name: 'goal_by_date', nullable: true }) goalByDate: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt: Date | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
}
