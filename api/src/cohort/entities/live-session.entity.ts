import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('live_session')
export class LiveSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cohort_id' }) cohortId: string;
  @Column('int') week: number;
  @Column('text') title: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('int', { name: 'duration_minutes' }) durationMinutes: number;
  @Column('uuid', { name: 'host_id', nullable: true }) hostId: string | null;
  @Column('text', { name: 'join_url', nullable: true }) joinUrl: string | null;
  @Column('text', { name: 'recording_url', nullable: true }) recordingUrl: string | null;
  /** which line of the programme's session plan it came from; null when added by hand */
  @Column('int', { name: 'plan_index', nullable: true }) planIndex: number | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
