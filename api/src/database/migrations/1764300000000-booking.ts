import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Booking1764300000000 implements MigrationInterface {
  name = 'Booking1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // gist indexes over uuid equality, for the exclusion constraints below
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE coach_availability (
        coach_id uuid PRIMARY KEY REFERENCES "user"(id) ON DELETE CASCADE,
        time_zone text NOT NULL,
        slot_minutes int NOT NULL CHECK (slot_minutes BETWEEN 10 AND 240),
        buffer_before_minutes int NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 120),
        buffer_after_minutes int NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 120),
        min_notice_minutes int NOT NULL CHECK (min_notice_minutes BETWEEN 0 AND 43200),
        horizon_days int NOT NULL CHECK (horizon_days BETWEEN 1 AND 365),
        cancellation_cutoff_minutes int NOT NULL CHECK (cancellation_cutoff_minutes BETWEEN 0 AND 20160),
        meeting_url text CHECK (meeting_url IS NULL OR meeting_url ~ '^https?://'),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // wall-clock hours in the coach's zone; PostgreSQL's time allows 24:00 for "until midnight"
    await q.query(`
      CREATE TABLE coach_weekly_hours (
        coach_id uuid NOT NULL REFERENCES coach_availability(coach_id) ON DELETE CASCADE,
        weekday int NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        starts time NOT NULL,
        ends time NOT NULL,
        PRIMARY KEY (coach_id, weekday, starts),
        CONSTRAINT coach_weekly_hours_order CHECK (ends > starts)
      )`);
    await q.query(`
      CREATE TABLE coach_availability_exception (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        coach_id uuid NOT NULL REFERENCES coach_availability(coach_id) ON DELETE CASCADE,
        date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DAY_OFF', 'EXTRA_HOURS')),
        starts time,
        ends time,
        CONSTRAINT coach_availability_exception_hours CHECK ((kind = 'DAY_OFF') = (starts IS NULL AND ends IS NULL)),
        CONSTRAINT coach_availability_exception_order CHECK (ends > starts),
        CONSTRAINT coach_availability_exception_unique UNIQUE NULLS NOT DISTINCT (coach_id, date, kind, starts)
      )`);
    await q.query(`CREATE TYPE booking_status AS ENUM ('CONFIRMED', 'CANCELLED')`);
    // Never double-booked, whatever the concurrency: no two confirmed bookings overlap for one
    // coach or for one learner (across all their enrolments).
    await q.query(`
      CREATE TABLE booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL,
        learner_id uuid NOT NULL,
        coach_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status booking_status NOT NULL DEFAULT 'CONFIRMED',
        sequence int NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        -- the coach's cut-off when it was booked: a later change of the rule does not trap it
        cancellation_cutoff_minutes int NOT NULL DEFAULT 0 CHECK (cancellation_cutoff_minutes >= 0),
        cancelled_at timestamptz,
        cancelled_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        cancellation_reason text CHECK (cancellation_reason IS NULL OR length(cancellation_reason) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booking_learner_enrolled FOREIGN KEY (cohort_id, learner_id) REFERENCES enrolment(cohort_id, user_id) ON DELETE CASCADE,
        CONSTRAINT booking_order CHECK (ends_at > starts_at),
        CONSTRAINT booking_not_self CHECK (coach_id <> learner_id),
        CONSTRAINT booking_cancelled_has_time CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        CONSTRAINT booking_coach_no_overlap EXCLUDE USING gist (coach_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'CONFIRMED'),
        CONSTRAINT booking_learner_no_overlap EXCLUDE USING gist (learner_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'CONFIRMED')
      )`);
    await q.query(`CREATE INDEX booking_enrolment_idx ON booking (enrolment_id)`);
    await q.query(`CREATE INDEX booking_cohort_idx ON booking (cohort_id, starts_at)`);
    // The entitlement (the programme's coachingSessions per enrolment) holds whatever the
    // concurrency: the enrolment row is locked while the confirmed bookings are counted.
    await q.query(`
      CREATE FUNCTION booking_within_entitlement() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE allowed int; taken int;
      BEGIN
        IF NEW.status = 'CONFIRMED' AND (TG_OP = 'INSERT' OR OLD.status <> 'CONFIRMED') THEN
          PERFORM 1 FROM enrolment WHERE id = NEW.enrolment_id FOR UPDATE;
          SELECT coalesce((pv.definition->>'coachingSessions')::int, 0) INTO allowed
            FROM cohort c JOIN programme_version pv ON pv.id = c.programme_version_id WHERE c.id = NEW.cohort_id;
          SELECT count(*) INTO taken FROM booking WHERE enrolment_id = NEW.enrolment_id AND status = 'CONFIRMED' AND id <> NEW.id;
          IF taken >= allowed THEN
            RAISE EXCEPTION 'enrolment % has used its % coaching sessions', NEW.enrolment_id, allowed USING ERRCODE = 'check_violation', CONSTRAINT = 'booking_entitlement';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER booking_entitlement BEFORE INSERT OR UPDATE OF status ON booking FOR EACH ROW EXECUTE FUNCTION booking_within_entitlement()`,
    );

    // an outgoing email may carry an iCalendar invite (sent as nodemailer's icalEvent)
    await q.query(`ALTER TABLE outbox_message ADD COLUMN ics text, ADD COLUMN ics_method text`);
    await q.query(`
      ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_ics_method
        CHECK ((ics IS NULL) = (ics_method IS NULL) AND (ics_method IS NULL OR ics_method IN ('REQUEST', 'CANCEL', 'PUBLISH')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message DROP CONSTRAINT IF EXISTS outbox_message_ics_method`);
    await q.query(`ALTER TABLE outbox_message DROP COLUMN IF EXISTS ics_method, DROP COLUMN IF EXISTS ics`);
    await q.query(`DROP TABLE IF EXISTS booking`);
    await q.query(`DROP FUNCTION IF EXISTS booking_within_entitlement()`);
    await q.query(`DROP TYPE IF EXISTS booking_status`);
    for (const t of ['coach_availability_exception', 'coach_weekly_hours', 'coach_availability'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    // btree_gist stays: other schemas may use it, and it holds no data
  }
}
