import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BOOKING_OUTCOMES, BOOKING_STATUSES, BookingOutcome, BookingStatus } from '@beacon/domain';

// the statuses are the domain's (packages/domain/src/status.ts)
export { BookingOutcome, BookingStatus };

/**
 * A 1-on-1 coaching session between a coach and an enrolment. The database refuses two
 * confirmed bookings that overlap for one coach or one learner, and bookings beyond the
 * programme's coaching sessions per enrolment.
 */
@Entity('booking')
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @Column('uuid', { name: 'cohort_id' }) cohortId: string;
  /** the enrolment's user, kept here for the learner's no-overlap constraint */
  @Column('uuid', { name: 'learner_id' }) learnerId: string;
  @Column('uuid', { name: 'coach_id' }) coachId: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column({ type: 'enum', enum: BOOKING_STATUSES, enumName: 'booking_status', default: BookingStatus.CONFIRMED }) status: BookingStatus;
  /** the iCalendar SEQUENCE of its invite: raised on every move and on cancellation */
  @Column('int', { default: 0 }) sequence: number;
  /** the coach's cancellation cut-off when booked (or last moved) */
  @Column('int', { name: 'cancellation_cutoff_minutes', default: 0 }) cancellationCutoffMinutes: number;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('uuid', { name: 'cancelled_by_id', nullable: true }) cancelledById: string | null;
  @Column('text', { name: 'cancellation_reason', nullable: true }) cancellationReason: string | null;
  @Column({ type: 'enum', enum: BOOKING_OUTCOMES, enumName: 'booking_outcome', nullable: true }) outcome: BookingOutcome | null;
  @Column('timestamptz', { name: 'outcome_marked_at', nullable: true }) outcomeMarkedAt: Date | null;
  @Column('uuid', { name: 'outcome_marked_by_id', nullable: true }) outcomeMarkedById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
