import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../jobs/queue.service.js';
import { QueueName } from '../jobs/queue-name.enum.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { DeliverNotificationJob } from './jobs/deliver-notification.job.js';

/** An iCalendar invite carried by an email: REQUEST for a new or changed event, CANCEL for a cancelled one. */
export interface IcsAttachment {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  content: string;
}

export interface Email {
  kind: string;
  to: string;
  subject: string;
  body: string;
  ics?: IcsAttachment;
}

@Injectable()
export class NotificationService implements OnApplicationBootstrap {
  private readonly log = new Logger('Notifications');
  private transport: Transporter | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes the message inside the caller's transaction; call `dispatch` after commit. */
  async write(tx: EntityManager, email: Email): Promise<string> {
    const row = await tx.getRepository(OutboxMessageEntity).save(
      tx.getRepository(OutboxMessageEntity).create({
        kind: email.kind,
        toEmail: email.to,
        subject: email.subject,
        body: email.body,
        ics: email.ics?.content ?? null,
        icsMethod: email.ics?.method ?? null,
      }),
    );
    return row.id;
  }

  /**
   * For jobs: writes each message at most once per dedupe key (a job delivered twice writes
   * nothing the second time) and returns the ids of the messages written now.
   */
  async writeOnce(tx: EntityManager, emails: (Email & { dedupeKey: string })[]): Promise<string[]> {
    if (emails.length === 0) return [];
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO outbox_message (kind, to_email, subject, body, dedupe_key, ics, ics_method)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        emails.map((e) => e.kind),
        emails.map((e) => e.to),
        emails.map((e) => e.subject),
        emails.map((e) => e.body),
        emails.map((e) => e.dedupeKey),
        emails.map((e) => e.ics?.content ?? null),
        emails.map((e) => e.ics?.method ?? null),
      ],
    );
    return rows.map((r) => r.id);
  }

  async dispatch(messageIds: string[]): Promise<void> {
    for (const messageId of messageIds) {
      // if this fails the message stays QUEUED and the worker's start-up sweep picks it up
      await this.queues.add(DeliverNotificationJob, { messageId }).catch((e: Error) => this.log.warn(`could not queue ${messageId}: ${e.message}`));
    }
  }

  /** The job's handler: idempotent, a message already delivered is left alone. */
  async deliver(messageId: string): Promise<'SENT' | 'KEPT' | 'SKIPPED'> {
    const repo = this.db.getRepository(OutboxMessageEntity);
    const msg = await repo.findOne({ where: { id: messageId } });
    if (!msg || msg.status !== 'QUEUED') return 'SKIPPED';
    if (!this.config.SMTP_URL) {
      await repo.update({ id: msg.id, status: 'QUEUED' }, { status: 'KEPT', deliveredAt: new Date() });
      return 'KEPT';
    }
    this.transport ??= nodemailer.createTransport(this.config.SMTP_URL);
    try {
      await this.transport.sendMail({
        from: 'Beacon <no-reply@beacon.local>',
        to: msg.toEmail,
        subject: msg.subject,
        text: msg.body,
        // a text/calendar alternative that mail clients show as an invite with accept/decline
        ...(msg.ics ? { icalEvent: { method: msg.icsMethod ?? 'REQUEST', filename: 'invite.ics', content: msg.ics } } : {}),
      });
    } catch (e) {
      await repo.update({ id: msg.id }, { lastError: (e as Error).message });
      throw e;
    }
    await repo.update({ id: msg.id, status: 'QUEUED' }, { status: 'SENT', deliveredAt: new Date() });
    return 'SENT';
  }

  onApplicationBootstrap(): void {
    if (this.config.BEACON_ROLE === 'api') return;
    this.queues.process(QueueName.Notifications, {
      [DeliverNotificationJob.name]: (job) => this.deliver(job.data.messageId),
    });
    void this.sweep();
  }

  /** Re-queues messages whose job was never added (e.g. the queue was down at the time). */
  private async sweep(): Promise<void> {
    try {
      const stuck = await this.db.getRepository(OutboxMessageEntity).find({ where: { status: 'QUEUED' }, select: { id: true }, take: 1000 });
      await this.dispatch(stuck.map((m) => m.id));
    } catch (e) {
      this.log.warn(`outbox sweep failed: ${(e as Error).message}`);
    }
  }

  async list(first: number, offset: number, filter: { recipient?: string; kind?: string } = {}): Promise<OutboxMessageEntity[]> {
    const qb = this.db.getRepository(OutboxMessageEntity).createQueryBuilder('m');
    const recipient = filter.recipient?.trim();
    if (recipient) qb.andWhere(`m.toEmail ILIKE :like ESCAPE '\\'`, { like: `%${recipient.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    return qb.orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').take(first).skip(offset).getMany();
  }

  async kinds(): Promise<string[]> {
    const rows: { kind: string }[] = await this.db.query(`SELECT DISTINCT kind FROM outbox_message ORDER BY kind`);
    return rows.map((r) => r.kind);
  }
}
