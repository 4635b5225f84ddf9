import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../jobs/queue.service.js';
import { QueueName } from '../jobs/queue-name.enum.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { DeliverNotificationJob } from './jobs/deliver-notification.job.js';
import { settingOfKind } from './notification-settings.js';

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

  /**
   * Writes the message inside the caller's transaction; call `dispatch` after commit. A message
   * of a kind its recipient turned off is not written (null).
   */
  async write(tx: EntityManager, email: Email): Promise<string | null> {
    if ((await this.optedOut(tx, [email])).has(0)) return null;
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
  async writeOnce(tx: EntityManager, all: (Email & { dedupeKey: string })[]): Promise<string[]> {
    const off = await this.optedOut(tx, all);
    const emails = all.filter((_, i) => !off.has(i));
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

  /** The positions of the emails whose recipient turned their kind off (notification settings). */
  private async optedOut(tx: EntityManager, emails: Pick<Email, 'kind' | 'to'>[]): Promise<Set<number>> {
    const asked = emails.map((e, i) => ({ i, to: e.to.toLowerCase(), setting: settingOfKind(e.kind) })).filter((e) => e.setting);
    if (asked.length === 0) return new Set();
    const rows: { email: string; opt_outs: string[] }[] = await tx.query(
      `SELECT email, notification_opt_outs AS opt_outs FROM "user" WHERE email = ANY($1) AND cardinality(notification_opt_outs) > 0`,
      [[...new Set(asked.map((e) => e.to))]],
    );
    const byEmail = new Map(rows.map((r) => [r.email, new Set(r.opt_outs)]));
    return new Set(asked.filter((e) => byEmail.get(e.to)?.has(e.setting!)).map((e) => e.i));
  }

  async dispatch(ids: (string | null)[]): Promise<void> {
    const messageIds = ids.filter((id): id is string => id !== null);
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

  async list(first: number, offset: number): Promise<OutboxMessageEntity[]> {
    return this.db.getRepository(OutboxMessageEntity).find({ order: { createdAt: 'DESC' }, take: first, skip: offset });
  }
}
