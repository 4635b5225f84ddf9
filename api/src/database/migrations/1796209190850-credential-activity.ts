import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What partners learn of their credentials' use, without anything about who used them: a daily
 * counter per credential and kind (page views, verifications of the signed credential, "Add to
 * LinkedIn" clicks), incremented by one UPSERT, no visitor's address or user agent anywhere.
 *
 * And the expiry reminders: one row per credential and threshold (60, 14 days), ever, written
 * in the same transaction as the email, so a retried or twice-delivered job emails nobody twice.
 */
export class CredentialActivity1796209190850 implements MigrationInterface {
  name = 'CredentialActivity1796209190850';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE credential_activity (
        credential_id uuid NOT NULL REFERENCES credential(id) ON DELETE CASCADE,
        day date NOT NULL,
        kind text NOT NULL CONSTRAINT credential_activity_kind CHECK (kind IN ('VIEW', 'VERIFICATION', 'LINKEDIN')),
        count int NOT NULL CONSTRAINT credential_activity_count_positive CHECK (count > 0),
        PRIMARY KEY (credential_id, day, kind)
      )`);
    await q.query(`
      CREATE TABLE credential_expiry_reminder (
        credential_id uuid NOT NULL REFERENCES credential(id) ON DELETE CASCADE,
        days_before int NOT NULL CONSTRAINT credential_expiry_reminder_threshold CHECK (days_before IN (60, 14)),
        sent_at timestamptz NOT NULL DEFAULT now(),
        -- false when the holder had turned these emails off: no email, and none later either
        emailed boolean NOT NULL,
        PRIMARY KEY (credential_id, days_before)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS credential_expiry_reminder`);
    await q.query(`DROP TABLE IF EXISTS credential_activity`);
  }
}
