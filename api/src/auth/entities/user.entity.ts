import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipEntity } from '../../partner/entities/membership.entity.js';

@Entity('user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** stored lower-case; unique */
  @Column('text') email: string;
  @Column('text') name: string;
  @Column('text', { name: 'password_hash', nullable: true }) passwordHash: string | null;
  @Column('text', { name: 'time_zone', default: 'UTC' }) timeZone: string;
  /** BCP 47 base language (one of LOCALES) */
  @Column('text', { default: 'en' }) locale: string;
  /** the notification categories the user turned off (see notification-settings.ts) */
  @Column('text', { name: 'notification_opt_outs', array: true, default: () => "'{}'" }) notificationOptOuts: string[];
  /** secret token of the user's iCalendar feed; revocable by replacing it */
  @Column('text', { name: 'calendar_token' }) calendarToken: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @OneToMany('MembershipEntity', (m: MembershipEntity) => m.user) memberships?: MembershipEntity[];
}
