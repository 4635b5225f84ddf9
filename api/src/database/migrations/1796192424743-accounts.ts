import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (issue 12) and the sign-in hardening of issue 11:
 * - a user's language and which emails they receive (opted-out categories);
 * - a partner's language, the default for its new people;
 * - sessions remember where and when they were last used (idle timeout, "your sessions");
 *   touching `last_used_at` is not announced on `beacon_viewer` (it does not change who the viewer is);
 * - single-use password reset tokens, stored as their SHA-256;
 * - one counter row per throttled key (an email, an address), updated atomically by one UPSERT;
 * - an invitation says whether it may set the first password of its account (only the one that
 *   brought the account in, and its resends);
 * - an enrolment waiting for its learner to accept shows the name the partner gave, not the account's.
 */
export class Accounts1796192424743 implements MigrationInterface {
  name = 'Accounts1796192424743';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner ADD COLUMN locale text CHECK (locale IN ('en', 'fr', 'es', 'pt', 'ar'))`);
    await q.query(`
      ALTER TABLE "user"
        ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'es', 'pt', 'ar')),
        ADD COLUMN notification_opt_outs text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      ALTER TABLE session
        ADD COLUMN last_used_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN user_agent text CHECK (length(user_agent) <= 512),
        ADD COLUMN ip_address text CHECK (length(ip_address) <= 64)`);
    await q.query(`DROP TRIGGER session_notify_viewer ON session`);
    await q.query(
      `CREATE TRIGGER session_notify_viewer AFTER UPDATE OF id, user_id, token_hash, expires_at OR DELETE ON session FOR EACH ROW EXECUTE FUNCTION beacon_notify_viewer()`,
    );
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);
    await q.query(`
      CREATE TABLE auth_throttle (
        key text PRIMARY KEY,
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        window_start timestamptz NOT NULL DEFAULT now(),
        blocked_until timestamptz,
        admitted boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`DROP TABLE login_attempt`);
    await q.query(`ALTER TABLE invitation ADD COLUMN sets_password boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE invitation i SET sets_password = NOT EXISTS (SELECT 1 FROM "user" u WHERE u.email = i.email AND u.password_hash IS NOT NULL)
       WHERE status = 'PENDING'`);
    await q.query(`ALTER TABLE enrolment ADD COLUMN invited_name text CHECK (length(invited_name) <= 120)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enrolment DROP COLUMN invited_name`);
    await q.query(`ALTER TABLE invitation DROP COLUMN sets_password`);
    await q.query(`
      CREATE TABLE login_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, created_at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, created_at)`);
    await q.query(`DROP TABLE auth_throttle`);
    await q.query(`DROP TABLE password_reset`);
    await q.query(`DROP TRIGGER session_notify_viewer ON session`);
    await q.query(
      `CREATE TRIGGER session_notify_viewer AFTER UPDATE OR DELETE ON session FOR EACH ROW EXECUTE FUNCTION beacon_notify_viewer()`,
    );
    await q.query(`ALTER TABLE session DROP COLUMN last_used_at, DROP COLUMN user_agent, DROP COLUMN ip_address`);
    await q.query(`ALTER TABLE "user" DROP COLUMN locale, DROP COLUMN notification_opt_outs`);
    await q.query(`ALTER TABLE partner DROP COLUMN locale`);
  }
}
