import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found missing by the benchmark (bench/): the grading queue and the gradebook take the
 * latest version per learner and week. With only the unique (enrolment_id, week, version) index
 * PostgreSQL read every submission (a sequential scan of the whole table) to find a cohort's;
 * this one lets it read just theirs, newest version first, from the index alone.
 */
export class Performance1764500000000 implements MigrationInterface {
  name = 'Performance1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX submission_latest_idx ON submission (enrolment_id, week, version DESC) INCLUDE (id, submitted_at, late)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS submission_latest_idx`);
  }
}
