import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OutboxStatus } from '@beacon/domain';

// the statuses are the domain's (packages/domain/src/status.ts)
export { OutboxStatus };

/**
 * Every outgoing message is written here first (in the same transaction as the change
 * that causes it), then delivered by a job: sent by SMTP when configured, otherwise kept
 * here for an admin to read. Nothing is lost either way.
 */
@Entity('outbox_message')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: string;
  @Column('text', { name: 'to_email' }) toEmail: string;
  @Column('text') subject: string;
  @Column('text') body: string;
  /** the recipient's language, which the subject and body are written in */
  @Column('text', { default: 'en' }) locale: string;
  /** the HTML alternative of the body (with `dir="rtl"` for Arabic); null for messages written before it existed */
  @Column('text', { nullable: true }) html: string | null;
  @Column('text', { default: OutboxStatus.QUEUED }) status: OutboxStatus;
  /** set by jobs that write messages, so a job delivered twice writes its message once */
  @Column('text', { name: 'dedupe_key', nullable: true }) dedupeKey: string | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  /** an iCalendar invite sent with the message (e.g. a coaching booking), and its iTIP method */
  @Column('text', { nullable: true }) ics: string | null;
  @Column('text', { name: 'ics_method', nullable: true }) icsMethod: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  /** SMTP deliveries begun: recorded before each attempt (at-least-once; more than one with SENT means it may have gone twice) */
  @Column('int', { default: 0 }) attempts: number;
  @Column('timestamptz', { name: 'last_attempt_at', nullable: true }) lastAttemptAt: Date | null;
}
