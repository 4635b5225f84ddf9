import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A coach's booking settings; their weekly hours and exceptions hang off it. */
@Entity('coach_availability')
export class CoachAvailabilityEntity {
  @PrimaryColumn('uuid', { name: 'coach_id' }) coachId: string;
  /** the IANA zone in which the coach's hours and exception dates are read */
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('int', { name: 'slot_minutes' }) slotMinutes: number;
  @Column('int', { name: 'buffer_before_minutes', default: 0 }) bufferBeforeMinutes: number;
  @Column('int', { name: 'buffer_after_minutes', default: 0 }) bufferAfterMinutes: number;
  @Column('int', { name: 'min_notice_minutes' }) minNoticeMinutes: number;
  @Column('int', { name: 'horizon_days' }) horizonDays: number;
  /** learners may cancel or move a booking until this long before it starts */
  @Column('int', { name: 'cancellation_cutoff_minutes' }) cancellationCutoffMinutes: number;
  /** where sessions take place (the coach's video room), shown in emails and invites */
  @Column('text', { name: 'meeting_url', nullable: true }) meetingUrl: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
