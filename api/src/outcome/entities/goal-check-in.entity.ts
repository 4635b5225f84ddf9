import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum GoalCheckInKind {
  MID = 'MID',
  END = 'END',
  FOLLOW_UP = 'FOLLOW_UP',
}

export enum GoalReached {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}

/** A learner's check-in on their goal: mid-programme, at the end, and a follow-up after it; one of each per enrolment. */
@Entity('goal_check_in')
export class GoalCheckInEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @Column({ type: 'enum', enum: GoalCheckInKind, enumName: 'goal_check_in_kind' }) kind: GoalCheckInKind;
  // numeric arrives as a string from node-postgres
  @Column('numeric', { name: 'current_value', nullable: true }) currentValue: string | null;
  @Column({ type: 'enum', enum: GoalReached, enumName: 'goal_reached' }) reached: GoalReached;
  @Column('text', { default: '' }) note: string;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
  @Column('timestamptz', { name: 'coach_confirmed_at', nullable: true }) coachConfirmedAt: Date | null;
  @Column('uuid', { name: 'coach_confirmed_by_id', nullable: true }) coachConfirmedById: string | null;
  @Column('text', { name: 'coach_comment', nullable: true }) coachComment: string | null;
}
