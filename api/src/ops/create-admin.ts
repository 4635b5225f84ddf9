import nodemailer from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config.js';

export interface ResetLinks {
  createLink(tx: EntityManager, userId: string): Promise<{ link: string; expiresAt: Date }>;
}

export interface CreatedAdmin {
  userId: string;
  /** false when the account existed already (it is made an admin if it was not) */
  created: boolean;
  link: string;
  expiresAt: Date;
  /** whether the link went out by email (SMTP_URL configured) */
  emailed: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The first admin of an installation (or one more): the account with that email, created when
 * missing, holding the ADMIN role, and a one-time password-reset link to choose its password.
 * Idempotent: run again, it creates nothing twice and hands out a fresh link (the earlier one stops working).
 */
export async function createAdmin(
  db: DataSource,
  config: AppConfig,
  links: ResetLinks,
  input: { email: string; name: string },
): Promise<CreatedAdmin> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  if (!EMAIL.test(email)) throw new Error(`--email: "${input.email}" is not an email address`);
  if (!name || name.length > 120) throw new Error('--name: give the admin’s name (at most 120 characters)');

  const result = await db.transaction(async (tx) => {
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO "user" (email, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id`,
      [email, name],
    );
    const userId: string = inserted[0]?.id ?? (await tx.query(`SELECT id FROM "user" WHERE email = $1`, [email]))[0].id;
    await tx.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, 'ADMIN', NULL) ON CONFLICT DO NOTHING`, [userId]);
    const { link, expiresAt } = await links.createLink(tx, userId);
    return { userId, created: inserted.length > 0, link, expiresAt };
  });

  let emailed = false;
  if (config.SMTP_URL) {
    const subject = 'Your Beacon administrator account';
    const body = [
      `Hello ${name},`,
      '',
      `You are an administrator of Beacon at ${config.publicUrl}. Choose your password here (the link works once, until ${result.expiresAt.toISOString()}):`,
      '',
      result.link,
    ].join('\n');
    // the attempt is recorded first (at-least-once, as every email: README "Email")
    const [{ id }] = await db.query(
      `INSERT INTO outbox_message (kind, to_email, subject, body, status) VALUES ('admin-created', $1, $2, $3, 'KEPT') RETURNING id`,
      [email, subject, body],
    );
    const transport = nodemailer.createTransport(config.SMTP_URL);
    try {
      await transport.sendMail({ from: 'Beacon <no-reply@beacon.local>', to: email, subject, text: body });
      await db.query(`UPDATE outbox_message SET status = 'SENT', delivered_at = now() WHERE id = $1`, [id]);
      emailed = true;
    } catch (e) {
      await db.query(`UPDATE outbox_message SET last_error = $2 WHERE id = $1`, [id, (e as Error).message]);
    } finally {
      transport.close();
    }
  }
  return { ...result, emailed };
}
