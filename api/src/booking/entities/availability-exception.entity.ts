import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AvailabilityExceptionKind {
  DAY_OFF = 'DAY_OFF',
  EXTRA_HOURS = 'EXTRA_HOURS',
}

/** A day off or extra hours on one date in the coach's zone. */
@Entity('coach_availability_exception')
export class AvailabilityExceptionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'coach_id' }) coachId: string;
  /** YYYY-MM-DD in the coach's zone */
  @Column('date') date: string;
  @Column('text') kind: AvailabilityExceptionKind;
  /** null for a day off */
  @Column('time', { nullable: true }) starts: string | null;
  @Column('time', { nullable: true }) ends: string | null;
}
