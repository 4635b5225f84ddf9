import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammesCohorts1764100000000 implements MigrationInterface {
  name = 'ProgrammesCohorts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9-]{1,15}$'),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        draft jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_code_unique UNIQUE (code)
      )`);
    // published versions are immutable; cohorts pin one
    await q.query(`
      CREATE TABLE programme_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
        version int NOT NULL CHECK (version > 0),
        definition jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        CONSTRAINT programme_version_unique UNIQUE (programme_id, version)
      )`);
    await q.query(`CREATE TYPE cohort_status AS ENUM ('DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'ARCHIVED')`);
    await q.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE RESTRICT,
        programme_version_id uuid NOT NULL REFERENCES programme_version(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        start_date date NOT NULL,
        time_zone text NOT NULL,
        capacity int NOT NULL CHECK (capacity > 0 AND capacity <= 5000),
        status cohort_status NOT NULL DEFAULT 'DRAFT',
        community_links jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX cohort_partner_idx ON cohort (partner_id, start_date DESC)`);
    await q.query(`
      CREATE TABLE cohort_coach (
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        PRIMARY KEY (cohort_id, user_id)
      )`);
    await q.query(`CREATE INDEX cohort_coach_user_idx ON cohort_coach (user_id)`);
    await q.query(`CREATE TYPE enrolment_status AS ENUM ('INVITED', 'ACTIVE', 'WITHDRAWN', 'COMPLETED')`);
    await q.query(`
      CREATE TABLE enrolment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        status enrolment_status NOT NULL DEFAULT 'INVITED',
        outcome_goal text CHECK (outcome_goal IS NULL OR length(outcome_goal) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        completed_at timestamptz,
        CONSTRAINT enrolment_unique UNIQUE (cohort_id, user_id),
        CONSTRAINT enrolment_withdrawn_has_time CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX enrolment_user_idx ON enrolment (user_id)`);
    // Capacity holds whatever the concurrency: the cohort row is locked while counting seats.
    await q.query(`
      CREATE FUNCTION enrolment_within_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cap int; taken int;
      BEGIN
        IF NEW.status IN ('INVITED', 'ACTIVE', 'COMPLETED') AND (TG_OP = 'INSERT' OR OLD.status = 'WITHDRAWN') THEN
          SELECT capacity INTO cap FROM cohort WHERE id = NEW.cohort_id FOR UPDATE;
          SELECT count(*) INTO taken FROM enrolment
           WHERE cohort_id = NEW.cohort_id AND status IN ('INVITED', 'ACTIVE', 'COMPLETED') AND id <> NEW.id;
          IF taken >= cap THEN
            RAISE EXCEPTION 'cohort % is full (capacity %)', NEW.cohort_id, cap USING ERRCODE = 'check_violation', CONSTRAINT = 'enrolment_capacity';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER enrolment_capacity BEFORE INSERT OR UPDATE OF status ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_within_capacity()`,
    );
    await q.query(`
      CREATE TABLE live_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        week int NOT NULL CHECK (week > 0),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        starts_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
        host_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        join_url text,
        recording_url text,
        plan_index int,
        cancelled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX live_session_cohort_idx ON live_session (cohort_id, starts_at)`);
    await q.query(`CREATE TYPE attendance_status AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED')`);
    await q.query(`
      CREATE TABLE attendance (
        live_session_id uuid NOT NULL REFERENCES live_session(id) ON DELETE CASCADE,
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        status attendance_status NOT NULL,
        recorded_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (live_session_id, enrolment_id)
      )`);
    await q.query(`CREATE INDEX attendance_enrolment_idx ON attendance (enrolment_id)`);
    await q.query(`
      CREATE TABLE content_progress (
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        content_item_id text NOT NULL,
        completed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, content_item_id)
      )`);
    // a job that writes a message carries a key, so delivering the job twice writes it once
    await q.query(`ALTER TABLE outbox_message ADD COLUMN dedupe_key text`);
    await q.query(`CREATE UNIQUE INDEX outbox_message_dedupe_unique ON outbox_message (dedupe_key) WHERE dedupe_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS outbox_message_dedupe_unique`);
    await q.query(`ALTER TABLE outbox_message DROP COLUMN IF EXISTS dedupe_key`);
    for (const t of [
      'content_progress',
      'attendance',
      'live_session',
      'enrolment',
      'cohort_coach',
      'cohort',
      'programme_version',
      'programme',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS enrolment_within_capacity()`);
    for (const t of ['attendance_status', 'enrolment_status', 'cohort_status']) await q.query(`DROP TYPE IF EXISTS ${t}`);
  }
}
