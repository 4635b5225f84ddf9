import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One range of a coach's weekly hours, wall-clock in the coach's zone. */
@Entity('coach_weekly_hours')
export class CoachWeeklyHoursEntity {
  @PrimaryColumn('uuid', { name: 'coach_id' }) coachId: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday */
  @PrimaryColumn('int') weekday: number;
  /** HH:MM:SS as PostgreSQL returns a time */
  @PrimaryColumn('time') starts: string;
  /** may be 24:00:00, the following midnight */
  @Column('time') ends: string;
}
