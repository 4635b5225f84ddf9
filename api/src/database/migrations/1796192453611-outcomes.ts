import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outcomes: a programme's grace period for on-time credentials, the learner's structured goal
 * and its check-ins, coaching booking outcomes (only HELD counts), the risk reasons last seen
 * per enrolment with one alert per learner, reason and day, and the log of "message learners who…".
 */
export class Outcomes1796192453611 implements MigrationInterface {
  name = 'Outcomes1796192453611';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme ADD COLUMN grace_period_days int NOT NULL DEFAULT 14 CHECK (grace_period_days BETWEEN 0 AND 365)`);

    // the goal's statement stays in outcome_goal; the rest makes it measurable
    await q.query(`
      ALTER TABLE enrolment
        ADD COLUMN goal_measure text CHECK (goal_measure IS NULL OR length(goal_measure) BETWEEN 1 AND 200),
        ADD COLUMN goal_baseline numeric CHECK (goal_baseline IS NULL OR abs(goal_baseline) < 1e12),
        ADD COLUMN goal_target numeric CHECK (goal_target IS NULL OR abs(goal_target) < 1e12),
        ADD COLUMN goal_by_date date`);

    await q.query(`CREATE TYPE goal_check_in_kind AS ENUM ('MID', 'END', 'FOLLOW_UP')`);
    await q.query(`CREATE TYPE goal_reached AS ENUM ('YES', 'PARTLY', 'NO')`);
    await q.query(`
      CREATE TABLE goal_check_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        kind goal_check_in_kind NOT NULL,
        current_value numeric CHECK (current_value IS NULL OR abs(current_value) < 1e12),
        reached goal_reached NOT NULL,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        coach_confirmed_at timestamptz,
        coach_confirmed_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        coach_comment text CHECK (coach_comment IS NULL OR length(coach_comment) <= 2000),
        CONSTRAINT goal_check_in_one_per_kind UNIQUE (enrolment_id, kind)
      )`);

    await q.query(`CREATE TYPE booking_outcome AS ENUM ('HELD', 'LEARNER_NO_SHOW', 'COACH_NO_SHOW')`);
    await q.query(`
      ALTER TABLE booking
        ADD COLUMN outcome booking_outcome,
        ADD COLUMN outcome_marked_at timestamptz,
        ADD COLUMN outcome_marked_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        ADD CONSTRAINT booking_outcome_confirmed CHECK (outcome IS NULL OR status = 'CONFIRMED'),
        ADD CONSTRAINT booking_outcome_after_start CHECK (outcome_marked_at IS NULL OR outcome_marked_at >= starts_at)`);
    await q.query(`CREATE INDEX booking_held_idx ON booking (enrolment_id) WHERE outcome = 'HELD'`);
    // before outcomes were recorded every past confirmed booking counted as held: they keep counting
    await q.query(`UPDATE booking SET outcome = 'HELD', outcome_marked_at = ends_at WHERE status = 'CONFIRMED' AND ends_at <= now()`);

    const reasons = `('OVERDUE_ASSIGNMENT', 'REVISION_PENDING', 'FAILED_WEEK', 'ATTENDANCE_TREND', 'NO_COACHING_BOOKED', 'INACTIVE', 'CREDENTIAL_UNREACHABLE')`;
    // the reasons each enrolment was at risk for when last evaluated: "newly" at risk is a reason not here
    await q.query(`
      CREATE TABLE enrolment_risk (
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ${reasons}),
        since timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, reason)
      )`);
    // one alert per learner, reason and day, whatever the retries
    await q.query(`
      CREATE TABLE at_risk_alert (
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ${reasons}),
        alert_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, reason, alert_date)
      )`);
    // one weekly digest per partner admin and week
    await q.query(`
      CREATE TABLE outcome_digest (
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        week_start date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, user_id, week_start)
      )`);
    await q.query(`
      CREATE TABLE learner_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        sender_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        subject text NOT NULL CHECK (length(trim(subject)) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 10000),
        enrolment_ids uuid[] NOT NULL CHECK (cardinality(enrolment_ids) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX learner_message_cohort_idx ON learner_message (cohort_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['learner_message', 'outcome_digest', 'at_risk_alert', 'enrolment_risk', 'goal_check_in'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(`DROP INDEX IF EXISTS booking_held_idx`);
    await q.query(
      `ALTER TABLE booking DROP CONSTRAINT IF EXISTS booking_outcome_after_start, DROP CONSTRAINT IF EXISTS booking_outcome_confirmed, DROP COLUMN IF EXISTS outcome_marked_by_id, DROP COLUMN IF EXISTS outcome_marked_at, DROP COLUMN IF EXISTS outcome`,
    );
    await q.query(
      `ALTER TABLE enrolment DROP COLUMN IF EXISTS goal_by_date, DROP COLUMN IF EXISTS goal_target, DROP COLUMN IF EXISTS goal_baseline, DROP COLUMN IF EXISTS goal_measure`,
    );
    await q.query(`ALTER TABLE programme DROP COLUMN IF EXISTS grace_period_days`);
    for (const t of ['booking_outcome', 'goal_reached', 'goal_check_in_kind']) await q.query(`DROP TYPE IF EXISTS ${t}`);
  }
}
