import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ATTENDANCE_STATUSES, AttendanceStatus } from '@beacon/domain';

// the statuses are the domain's (packages/domain/src/status.ts)
export { AttendanceStatus };

@Entity('attendance')
export class AttendanceEntity {
  @PrimaryColumn('uuid', { name: 'live_session_id' }) liveSessionId: string;
  @PrimaryColumn('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_status' }) status: AttendanceStatus;
  @Column('uuid', { name: 'recorded_by_id', nullable: true }) recordedById: string | null;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
}
