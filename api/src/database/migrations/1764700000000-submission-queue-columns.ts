import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the grading queue and the gradebook ask of every submission, kept on the submission by
 * the database (bench/README.md, second round): its cohort, whether it is the latest version of
 * its learner's week, and the state of its review. Finding a coach's latest versions took
 * PostgreSQL 6 ms a request (one index probe per learner, then a sort to keep the newest); with
 * these columns it is one range of one partial index per cohort.
 *
 * Kept true by triggers, whatever writes the rows: a new version takes `latest` from the one
 * before it (one latest per learner and week is a unique index), a review's state is copied on
 * every change, and the cohort is always the enrolment's.
 */
export class SubmissionQueueColumns1764700000000 implements MigrationInterface {
  name = 'SubmissionQueueColumns1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE submission ADD COLUMN cohort_id uuid, ADD COLUMN latest boolean, ADD COLUMN review_state text`);
    await q.query(`UPDATE submission s SET cohort_id = e.cohort_id FROM enrolment e WHERE e.id = s.enrolment_id`);
    await q.query(`
      UPDATE submission s SET latest = (s.version = m.version)
        FROM (SELECT enrolment_id, week, max(version) AS version FROM submission GROUP BY enrolment_id, week) m
       WHERE m.enrolment_id = s.enrolment_id AND m.week = s.week`);
    await q.query(`UPDATE submission s SET review_state = r.state FROM review r WHERE r.submission_id = s.id`);
    await q.query(`
      ALTER TABLE submission
        ALTER COLUMN cohort_id SET NOT NULL,
        ALTER COLUMN latest SET NOT NULL,
        ALTER COLUMN latest SET DEFAULT true,
        ADD CONSTRAINT submission_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohort(id) ON DELETE CASCADE,
        ADD CONSTRAINT submission_review_state_known CHECK (review_state IN ('DRAFT', 'RELEASED'))`);
    await q.query(`CREATE UNIQUE INDEX submission_one_latest ON submission (enrolment_id, week) WHERE latest`);
    await q.query(
      `CREATE INDEX submission_queue_idx ON submission (cohort_id, submitted_at, id) INCLUDE (enrolment_id, week, review_state) WHERE latest`,
    );
    // the few withdrawn learners of a cohort, whose work leaves the queue
    await q.query(`CREATE INDEX enrolment_withdrawn_idx ON enrolment (cohort_id) INCLUDE (id) WHERE status = 'WITHDRAWN'`);

    await q.query(`
      CREATE FUNCTION submission_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT cohort_id INTO NEW.cohort_id FROM enrolment WHERE id = NEW.enrolment_id;
        IF TG_OP = 'INSERT' THEN
          NEW.review_state := NULL;
          NEW.latest := NOT EXISTS (SELECT 1 FROM submission WHERE enrolment_id = NEW.enrolment_id AND week = NEW.week AND version > NEW.version);
          IF NEW.latest THEN
            UPDATE submission SET latest = false WHERE enrolment_id = NEW.enrolment_id AND week = NEW.week AND latest;
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER submission_before_write BEFORE INSERT OR UPDATE OF enrolment_id, cohort_id ON submission FOR EACH ROW EXECUTE FUNCTION submission_before_write()`,
    );
    await q.query(`
      CREATE FUNCTION submission_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- the version before a deleted latest one becomes the latest
        UPDATE submission SET latest = true
         WHERE id = (SELECT id FROM submission WHERE enrolment_id = OLD.enrolment_id AND week = OLD.week ORDER BY version DESC LIMIT 1)
           AND NOT latest;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER submission_after_delete AFTER DELETE ON submission FOR EACH ROW WHEN (OLD.latest) EXECUTE FUNCTION submission_after_delete()`,
    );
    await q.query(`
      CREATE FUNCTION review_state_to_submission() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          UPDATE submission SET review_state = NULL WHERE id = OLD.submission_id;
        ELSE
          UPDATE submission SET review_state = NEW.state WHERE id = NEW.submission_id AND review_state IS DISTINCT FROM NEW.state;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER review_state_to_submission AFTER INSERT OR UPDATE OF state OR DELETE ON review FOR EACH ROW EXECUTE FUNCTION review_state_to_submission()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS review_state_to_submission ON review`);
    await q.query(`DROP TRIGGER IF EXISTS submission_after_delete ON submission`);
    await q.query(`DROP TRIGGER IF EXISTS submission_before_write ON submission`);
    for (const f of ['review_state_to_submission', 'submission_after_delete', 'submission_before_write'])
      await q.query(`DROP FUNCTION IF EXISTS ${f}()`);
    await q.query(`DROP INDEX IF EXISTS enrolment_withdrawn_idx`);
    await q.query(`ALTER TABLE submission DROP COLUMN review_state, DROP COLUMN latest, DROP COLUMN cohort_id`);
  }
}
