import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLLUP_INPUTS } from './1796210000000-cohort-rollups.js';

/**
 * The gradebook's whole-cohort counts kept per cohort (cohort_gradebook), so that a page of the
 * gradebook reads its own 50 learners' work and not the whole cohort's (the counts of a
 * 500-learner cohort took most of each request). A row holds while nothing it was computed from
 * changes and until the next due point after computed_at (when "missing" may move with the
 * clock alone): expires_at, null when no due point is ahead.
 *
 * forget_cohort_rollups() (see CohortRollups1796210000000) also drops a cohort's gradebook row,
 * and first takes a shared advisory lock on the cohort for the rest of the writing transaction.
 * A reader stores counts only while it holds that lock exclusively (pg_try_advisory_xact_lock:
 * it never waits): no writer of the cohort is then in flight, and any that starts meanwhile
 * waits and drops the row after the reader commits. Counts computed before a concurrent
 * change cannot be stored after it.
 */
export class GradebookRollup1796220000000 implements MigrationInterface {
  name = 'GradebookRollup1796220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cohort_gradebook (
        cohort_id uuid PRIMARY KEY REFERENCES cohort(id) ON DELETE CASCADE,
        learners int NOT NULL CHECK (learners >= 0),
        awaiting int NOT NULL CHECK (awaiting >= 0),
        drafts int NOT NULL CHECK (drafts >= 0),
        missing int NOT NULL CHECK (missing >= 0),
        late int NOT NULL CHECK (late >= 0),
        passed int NOT NULL CHECK (passed >= 0),
        possible int NOT NULL CHECK (possible >= 0 AND awaiting + drafts + missing + passed <= possible),
        computed_at timestamptz NOT NULL,
        expires_at timestamptz CHECK (expires_at >= computed_at)
      )`);
    await q.query(forgetFunction(true));
    // a learner's attendance marks (the roster page counts them per learner) read from the index alone
    await q.query(`CREATE INDEX attendance_enrolment_marks_idx ON attendance (enrolment_id) INCLUDE (live_session_id, status)`);
    await q.query(`DROP INDEX attendance_enrolment_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS attendance_enrolment_idx ON attendance (enrolment_id)`);
    await q.query(`DROP INDEX IF EXISTS attendance_enrolment_marks_idx`);
    await q.query(forgetFunction(false));
    await q.query(`DROP TABLE IF EXISTS cohort_gradebook`);
  }
}

/** forget_cohort_rollups() with (or, going down, without) the gradebook row and its lock. */
function forgetFunction(gradebook: boolean): string {
  const branches = ROLLUP_INPUTS.map((t) => `WHEN '${t.table}' THEN cid := ${t.cohort};`).join('\n          ');
  return `
      CREATE OR REPLACE FUNCTION forget_cohort_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r record;
        cid uuid;
      BEGIN
        IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
        CASE TG_TABLE_NAME
          ${branches}
        END CASE;
        IF cid IS NOT NULL THEN
          ${gradebook ? `PERFORM pg_advisory_xact_lock_shared(${GRADEBOOK_LOCK_SQL('cid')});` : ''}
          DELETE FROM cohort_risk WHERE cohort_id = cid;
          DELETE FROM cohort_outcome WHERE cohort_id = cid;
          ${gradebook ? 'DELETE FROM cohort_gradebook WHERE cohort_id = cid;' : ''}
        END IF;
        RETURN NULL;
      END $$`;
}

/** The advisory lock key of a cohort's gradebook counts, from an SQL expression giving the cohort's id. */
export const GRADEBOOK_LOCK_SQL = (cohortId: string): string => `hashtextextended('beacon:gradebook:' || ${cohortId}::text, 0)`;
