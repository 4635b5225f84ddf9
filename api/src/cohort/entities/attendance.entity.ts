import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

@Entity('attendance')
export class AttendanceEntity {
  @PrimaryColumn('uuid', { name: 'live_session_id' }) liveSessionId: string;
  @PrimaryColumn('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @Column({ type: 'enum', enum: AttendanceStatus, enumName: 'attendance_status' }) status: AttendanceStatus;
  @Column('uuid', { name: 'recorded_by_id', nullable: true }) recordedById: string | null;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
}
