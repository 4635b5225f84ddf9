import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE TYPE role AS ENUM ('ADMIN', 'PARTNER_ADMIN', 'COACH', 'LEARNER')`);
    await q.query(`
      CREATE TABLE "user" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        password_hash text,
        time_zone text NOT NULL DEFAULT 'UTC',
        calendar_token text NOT NULL DEFAULT encode(gen_random_bytes(24), 'hex'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_email_unique UNIQUE (email),
        CONSTRAINT user_calendar_token_unique UNIQUE (calendar_token)
      )`);
    await q.query(`
      CREATE TABLE partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        region text NOT NULL,
        countries text[] NOT NULL DEFAULT '{}',
        time_zone text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partner_slug_unique UNIQUE (slug)
      )`);
    await q.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        role role NOT NULL,
        partner_id uuid REFERENCES partner(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_partner_matches_role CHECK ((role = 'ADMIN') = (partner_id IS NULL)),
        CONSTRAINT membership_unique UNIQUE NULLS NOT DISTINCT (user_id, role, partner_id)
      )`);
    await q.query(`CREATE INDEX membership_partner_idx ON membership (partner_id, role)`);
    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_token_unique UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX session_user_idx ON session (user_id)`);
    await q.query(`
      CREATE TABLE login_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, created_at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, created_at)`);
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        role role NOT NULL CHECK (role <> 'ADMIN'),
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        invited_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        token_hash text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitation_token_unique UNIQUE (token_hash),
        CONSTRAINT invitation_accepted_has_time CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL))
      )`);
    // one open invitation per person and role in a partner
    await q.query(`CREATE UNIQUE INDEX invitation_pending_unique ON invitation (partner_id, email, role) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        to_email text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'KEPT', 'FAILED')),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_message_created_idx ON outbox_message (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['outbox_message', 'invitation', 'login_attempt', 'session', 'membership', 'partner', '"user"']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP TYPE IF EXISTS role`);
  }
}
