import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows change what the risk rules see, and how each row finds its cohort. */
const RISK_INPUTS: { table: string; cohort: string }[] = [
  { table: 'cohort', cohort: 'r.id' },
  { table: 'enrolment', cohort: 'r.cohort_id' },
  { table: 'live_session', cohort: 'r.cohort_id' },
  { table: 'cohort_due_date', cohort: 'r.cohort_id' },
  { table: 'booking', cohort: 'r.cohort_id' },
  { table: 'attendance', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  { table: 'submission', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  { table: 'due_extension', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  { table: 'content_progress', cohort: '(SELECT e.cohort_id FROM enrolment e WHERE e.id = r.enrolment_id)' },
  {
    table: 'review',
    cohort: '(SELECT e.cohort_id FROM submission s JOIN enrolment e ON e.id = s.enrolment_id WHERE s.id = r.submission_id)',
  },
];

/**
 * A maintained roll-up of each running cohort's at-risk count, for the outcome dashboards: the
 * network view would otherwise assess every active learner of every running cohort on each
 * request (thousands of learners, over a second). A snapshot is dropped by a trigger whenever
 * a row the risk rules look at changes (attendance, submissions, reviews, bookings, due dates,
 * content progress, the enrolment or cohort itself), and is trusted for five minutes at most,
 * since risk also changes with the clock alone (a due date passing). The next read recomputes
 * the cohorts whose snapshot is missing or old.
 */
export class CohortRiskRollup1796210000000 implements MigrationInterface {
  name = 'CohortRiskRollup1796210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cohort_risk (
        cohort_id uuid PRIMARY KEY REFERENCES cohort(id) ON DELETE CASCADE,
        assessed int NOT NULL CONSTRAINT cohort_risk_assessed CHECK (assessed >= 0),
        at_risk int NOT NULL CONSTRAINT cohort_risk_at_risk CHECK (at_risk >= 0 AND at_risk <= assessed),
        computed_at timestamptz NOT NULL
      )`);
    const branches = RISK_INPUTS.map((t) => `WHEN '${t.table}' THEN cid := ${t.cohort};`).join('\n          ');
    await q.query(`
      CREATE FUNCTION forget_cohort_risk() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r record;
        cid uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
        CASE TG_TABLE_NAME
          ${branches}
        END CASE;
        IF cid IS NOT NULL THEN DELETE FROM cohort_risk WHERE cohort_id = cid; END IF;
        RETURN NULL;
      END $$`);
    for (const { table } of RISK_INPUTS) {
      await q.query(`CREATE TRIGGER ${table}_forgets_cohort_risk AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION forget_cohort_risk()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of RISK_INPUTS) await q.query(`DROP TRIGGER IF EXISTS ${table}_forgets_cohort_risk ON "${table}"`);
    await q.query(`DROP FUNCTION IF EXISTS forget_cohort_risk()`);
    await q.query(`DROP TABLE IF EXISTS cohort_risk`);
  }
}
