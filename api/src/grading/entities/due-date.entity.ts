import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A cohort's own due point for a week, replacing the programme's default. */
@Entity('cohort_due_date')
export class CohortDueDateEntity {
  @PrimaryColumn('uuid', { name: 'cohort_id' }) cohortId: string;
  @PrimaryColumn('int') week: number;
  @Column('timestamptz', { name: 'due_at' }) dueAt: Date;
  @Column('uuid', { name: 'set_by_id', nullable: true }) setById: string | null;
  @Column('timestamptz', { name: 'set_at', default: () => 'now()' }) setAt: Date;
}

/** One learner's extension for a week, replacing the cohort's due point for them. */
@Entity('due_extension')
export class DueExtensionEntity {
  @PrimaryColumn('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @PrimaryColumn('int') week: number;
  @Column('timestamptz', { name: 'due_at' }) dueAt: Date;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { name: 'granted_by_id', nullable: true }) grantedById: string | null;
  @Column('timestamptz', { name: 'granted_at', default: () => 'now()' }) grantedAt: Date;
}
