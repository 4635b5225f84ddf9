import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows change what the risk rules or the outcome measures see, and how each row finds its cohort. */
export const ROLLUP_INPUTS: { table: string; cohort: string }[] = [
  { table: 'cohort', cohort: 'r.id' },
  { table: 'enrolment', cohort: 'r.cohort_id' },
  { table: 'live_session', cohort: 'r.cohort_id' },
  { table: 'cohort_due_date', cohort: 'r.cohort_id' },
  { table: 'booking', cohort: 'r.cohort_id' },
  { table: 'attendance', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  { table: 'submission', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  { table: 'due_extension', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  { table: 'content_progress', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  { table: 'credential', cohort: 'r.cohort_id' },
  { table: 'goal_check_in', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  {
    table: 'review',
    cohort: '(SELECT e.cohort_id FROM submission s JOIN enrolment e ON e.id = s.enrolment_id WHERE s.id = r.submission_id)',
  },
];

/**
 * Maintained roll-ups for the outcome dashboards, which would otherwise read every enrolment,
 * attendance mark and credential of every cohort on each request (the network view: thousands
 * of learners, hundreds of thousands of marks, most of a second):
 * - cohort_outcome: each cohort's measures that do not move with the clock (counts, on-time
 *   credentials, days to each credential); whether a cohort has ended is decided at read time.
 * - cohort_risk: each running cohort's at-risk learners (reasons and path) and their count,
 *   trusted for five minutes at most, since risk also moves with the clock alone (a due date
 *   passing).
 * A trigger drops a cohort's rows whenever a row it was computed from changes (enrolments,
 * attendance, submissions, reviews, bookings, due dates, content progress, credentials, goal
 * check-ins, the cohort itself; a programme's grace period for all its cohorts); the next read
 * recomputes the missing rows and stores them.
 */
export class CohortRollups1796210000000 implements MigrationInterface {
  name = 'CohortRollups1796210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cohort_risk (
        cohort_id uuid PRIMARY KEY REFERENCES cohort(id) ON DELETE CASCADE,
        assessed int NOT NULL CONSTRAINT cohort_risk_assessed CHECK (assessed >= 0),
        at_risk int NOT NULL CONSTRAINT cohort_risk_at_risk CHECK (at_risk >= 0 AND at_risk <= assessed),
        -- the at-risk learners' assessments (reasons and path), as the at-risk list shows them
        learners jsonb NOT NULL CONSTRAINT cohort_risk_learners CHECK (jsonb_typeof(learners) = 'array' AND jsonb_array_length(learners) = at_risk),
        computed_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE cohort_outcome (
        cohort_id uuid PRIMARY KEY REFERENCES cohort(id) ON DELETE CASCADE,
        enrolled int NOT NULL CHECK (enrolled >= 0),
        active int NOT NULL CHECK (active >= 0 AND active <= enrolled),
        withdrawn int NOT NULL CHECK (withdrawn >= 0 AND withdrawn <= enrolled),
        certified int NOT NULL CHECK (certified >= 0 AND certified <= enrolled),
        certified_base int NOT NULL CHECK (certified_base >= 0 AND certified_base <= enrolled),
        on_time int NOT NULL CHECK (on_time >= 0 AND on_time <= certified),
        days float8[] NOT NULL CHECK (cardinality(days) = certified),
        goal_reached int NOT NULL CHECK (goal_reached >= 0 AND goal_reached <= goal_checked),
        goal_checked int NOT NULL CHECK (goal_checked >= 0),
        present int NOT NULL CHECK (present >= 0 AND present <= recorded),
        recorded int NOT NULL CHECK (recorded >= 0),
        computed_at timestamptz NOT NULL
      )`);
    const branches = ROLLUP_INPUTS.map((t) => `WHEN '${t.table}' THEN cid := ${t.cohort};`).join('\n          ');
    await q.query(`
      CREATE FUNCTION forget_cohort_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r record;
        cid uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
        CASE TG_TABLE_NAME
          ${branches}
        END CASE;
        IF cid IS NOT NULL THEN
          DELETE FROM cohort_risk WHERE cohort_id = cid;
          DELETE FROM cohort_outcome WHERE cohort_id = cid;
        END IF;
        RETURN NULL;
      END $$`);
    for (const { table } of ROLLUP_INPUTS) {
      await q.query(
        `CREATE TRIGGER ${table}_forgets_cohort_rollups AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION forget_cohort_rollups()`,
      );
    }
    // the grace period decides which credentials were on time, in every cohort of the programme
    await q.query(`
      CREATE FUNCTION forget_programme_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM cohort_outcome o USING cohort c, programme_version v
         WHERE o.cohort_id = c.id AND v.id = c.programme_version_id AND v.programme_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER programme_forgets_cohort_outcomes AFTER UPDATE OF grace_period_days ON programme FOR EACH ROW EXECUTE FUNCTION forget_programme_outcomes()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of ROLLUP_INPUTS) await q.query(`DROP TRIGGER IF EXISTS ${table}_forgets_cohort_rollups ON "${table}"`);
    await q.query(`DROP TRIGGER IF EXISTS programme_forgets_cohort_outcomes ON programme`);
    await q.query(`DROP FUNCTION IF EXISTS forget_programme_outcomes()`);
    await q.query(`DROP FUNCTION IF EXISTS forget_cohort_rollups()`);
    await q.query(`DROP TABLE IF EXISTS cohort_outcome`);
    await q.query(`DROP TABLE IF EXISTS cohort_risk`);
  }
}
