import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../jobs/queue.service.js';
import { OutboxMessageEntity, OutboxStatus } from './entities/outbox-message.entity.js';
import { DeliverNotificationJob } from './jobs/deliver-notification.job.js';
import { settingOfKind } from './notification-settings.js';
import { OUTBOX_SWEEP_BATCH, OutboxSweepJob } from './jobs/outbox-sweep.job.js';
import type { Locale } from '../i18n/i18n.js';
import { emailHtml } from '../i18n/email-html.util.js';

/** An iCalendar invite carried by an email: REQUEST for a new or changed event, CANCEL for a cancelled one. */
export interface IcsAttachment {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  content: string;
}

export interface Email {
  kind: string;
  to: string;
  /** the recipient's language (their account's; for an invitation to someone without one, the partner's), which subject and body are in */
  locale: Locale;
  subject: string;
  body: string;
  ics?: IcsAttachment;
}

@Injectable()
export class NotificationService implements OnModuleInit {
  private readonly log = new Logger('Notifications');
  private transport: Transporter | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queues.handle(DeliverNotificationJob, ({ messageId }) => this.deliver(messageId));
    // every BEACON_OUTBOX_SWEEP_MS as a repeating job, and at start (a crash may have left messages behind)
    this.queues.repeat(OutboxSweepJob, () => this.sweep());
    this.queues.atWorkerStart('outbox sweep', () => this.sweep());
  }

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
        locale: email.locale,
        html: emailHtml(email.subject, email.body, email.locale),
        ics: email.ics?.content ?? null,
        icsMethod: email.ics?.method ?? null,
      }),
    );
    return row.id;
  }

  /**
   * For jobs that email whoever is due (expiry reminders, goal follow-ups): takes the due rows a
   * batch at a time; `claim` records the batch in the job's own table, whose key lets a second
   * run, a retry or a duplicate delivery claim nothing, and returns the rows it won; their emails
   * (`email`: null for a recipient who turned them off, claimed all the same) are written in the
   * same transaction, then dispatched. Ends at a batch shorter than `batch`.
   */
  async claimAndEmail<R>(job: {
    batch: number;
    due: (limit: number) => Promise<R[]>;
    claim: (tx: EntityManager, rows: R[]) => Promise<R[]>;
    email: (row: R) => (Email & { dedupeKey: string }) | null;
  }): Promise<{ claimed: number; emails: number }> {
    let claimed = 0;
    let emails = 0;
    for (;;) {
      const rows = await job.due(job.batch);
      if (rows.length === 0) break;
      const ids = await this.db.transaction(async (tx) => {
        const won = await job.claim(tx, rows);
        claimed += won.length;
        return this.writeOnce(
          tx,
          won.map(job.email).filter((e) => e !== null),
        );
      });
      emails += ids.length;
      await this.dispatch(ids);
      if (rows.length < job.batch) break;
    }
    return { claimed, emails };
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
      `INSERT INTO outbox_message (kind, to_email, subject, body, dedupe_key, ics, ics_method, locale, html)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
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
        emails.map((e) => e.locale),
        emails.map((e) => emailHtml(e.subject, e.body, e.locale)),
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

  /** Queues the delivery of messages written (and committed) before; a message this misses stays QUEUED for the periodic sweep. Opted-out messages (null) are skipped. */
  async dispatch(ids: (string | null)[]): Promise<void> {
    const messageIds = ids.filter((id): id is string => id !== null);
    for (let i = 0; i < messageIds.length; i += OUTBOX_SWEEP_BATCH) {
      const batch = messageIds.slice(i, i + OUTBOX_SWEEP_BATCH);
      await this.queueDeliveries(batch).catch((e: Error) =>
        this.log.warn(`could not queue ${batch.length} message(s), the outbox sweep will: ${e.message}`),
      );
    }
  }

  private async queueDeliveries(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.queues.addBulk(
      DeliverNotificationJob,
      messageIds.map((messageId) => ({ messageId })),
    );
  }

  /** The job's handler: idempotent, a message already delivered is left alone. */
  async deliver(messageId: string): Promise<'SENT' | 'KEPT' | 'SKIPPED'> {
    const repo = this.db.getRepository(OutboxMessageEntity);
    const msg = await repo.findOne({ where: { id: messageId } });
    if (!msg || msg.status !== OutboxStatus.QUEUED) return 'SKIPPED';
    if (!this.config.SMTP_URL) {
      await repo.update({ id: msg.id, status: OutboxStatus.QUEUED }, { status: OutboxStatus.KEPT, deliveredAt: new Date() });
      return OutboxStatus.KEPT;
    }
    this.transport ??= nodemailer.createTransport(this.config.SMTP_URL);
    // At-least-once: the attempt is recorded before the message goes to SMTP. A worker that dies
    // after SMTP took the message but before SENT is written leaves it QUEUED with the attempt on
    // record, and it is sent again (a duplicate is possible; a lost message is not).
    await this.db.query(`UPDATE outbox_message SET attempts = attempts + 1, last_attempt_at = now() WHERE id = $1`, [msg.id]);
    try {
      await this.transport.sendMail({
        from: 'Beacon <no-reply@beacon.local>',
        to: msg.toEmail,
        subject: msg.subject,
        text: msg.body,
        ...(msg.html ? { html: msg.html } : {}),
        // a text/calendar alternative that mail clients show as an invite with accept/decline
        ...(msg.ics ? { icalEvent: { method: msg.icsMethod ?? 'REQUEST', filename: 'invite.ics', content: msg.ics } } : {}),
      });
    } catch (e) {
      await repo.update({ id: msg.id }, { lastError: (e as Error).message });
      throw e;
    }
    await repo.update({ id: msg.id, status: OutboxStatus.QUEUED }, { status: OutboxStatus.SENT, deliveredAt: new Date() });
    return OutboxStatus.SENT;
  }

  /**
   * Queues the delivery of every QUEUED message, oldest first, in batches (keyset over the
   * partial index outbox_message_queued_idx), until none is left; returns how many it queued.
   * Idempotent (see OutboxSweepJob); a failure leaves the rest for the next run.
   */
  async sweep(): Promise<number> {
    // the cursor's time as text: a Date would drop the microseconds, and a transaction writes many messages with one created_at
    let after: { created_at: string; id: string } | null = null;
    let queued = 0;
    for (;;) {
      const rows: { created_at: string; id: string }[] = await this.db.query(
        `SELECT id, created_at::text AS created_at FROM outbox_message
          WHERE status = 'QUEUED' AND ($1::timestamptz IS NULL OR (created_at, id) > ($1::timestamptz, $2::uuid))
          ORDER BY created_at, id LIMIT $3`,
        [after?.created_at ?? null, after?.id ?? null, OUTBOX_SWEEP_BATCH],
      );
      await this.queueDeliveries(rows.map((r) => r.id));
      queued += rows.length;
      if (rows.length < OUTBOX_SWEEP_BATCH) return queued;
      after = rows[rows.length - 1];
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
