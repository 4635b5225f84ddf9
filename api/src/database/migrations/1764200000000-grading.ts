import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Grading1764200000000 implements MigrationInterface {
  name = 'Grading1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // an uploaded file, owned by its uploader until a submission refers to it
    await q.query(`
      CREATE TABLE submission_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        storage_key text NOT NULL,
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        content_type text NOT NULL CHECK (content_type IN (
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.presentationml.presentation',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'image/png', 'image/jpeg', 'text/plain', 'text/markdown', 'application/zip')),
        size_bytes int NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT submission_file_storage_key_unique UNIQUE (storage_key)
      )`);
    await q.query(`CREATE INDEX submission_file_owner_idx ON submission_file (owner_id, created_at DESC)`);

    // one row per version: a resubmission adds version n+1, earlier versions stay as they were
    await q.query(`
      CREATE TABLE submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        week int NOT NULL CHECK (week BETWEEN 1 AND 52),
        version int NOT NULL CHECK (version > 0),
        assignment_id text NOT NULL,
        body text CHECK (body IS NULL OR length(body) BETWEEN 1 AND 50000),
        link text CHECK (link IS NULL OR (link ~ '^https?://' AND length(link) <= 2000)),
        file_id uuid REFERENCES submission_file(id) ON DELETE RESTRICT,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz NOT NULL,
        late boolean NOT NULL,
        CONSTRAINT submission_version_unique UNIQUE (enrolment_id, week, version),
        CONSTRAINT submission_has_answer CHECK (body IS NOT NULL OR link IS NOT NULL OR file_id IS NOT NULL),
        CONSTRAINT submission_late_matches_due CHECK (late = (submitted_at > due_at))
      )`);
    await q.query(`CREATE INDEX submission_submitted_idx ON submission (submitted_at)`);
    await q.query(`CREATE INDEX submission_file_idx ON submission (file_id) WHERE file_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'RELEASED')),
        verdict text NOT NULL CHECK (verdict IN ('PASS', 'REVISE', 'FAIL')),
        scores jsonb NOT NULL CHECK (jsonb_typeof(scores) = 'array'),
        total int NOT NULL CHECK (total >= 0),
        pass_mark int NOT NULL CHECK (pass_mark >= 0),
        feedback text NOT NULL DEFAULT '' CHECK (length(feedback) <= 20000),
        version int NOT NULL DEFAULT 1 CHECK (version > 0),
        created_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        updated_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz,
        CONSTRAINT review_submission_unique UNIQUE (submission_id),
        CONSTRAINT review_released_has_time CHECK ((state = 'RELEASED') = (released_at IS NOT NULL)),
        CONSTRAINT review_pass_reaches_pass_mark CHECK (verdict <> 'PASS' OR total >= pass_mark)
      )`);
    await q.query(`CREATE INDEX review_released_idx ON review (released_at) WHERE state = 'RELEASED'`);

    // who changed which review and when: written by the database in the same transaction as
    // the change, so no code path can change a review without leaving a trace
    await q.query(`
      CREATE TABLE review_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        review_id uuid NOT NULL REFERENCES review(id) ON DELETE CASCADE,
        submission_id uuid NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        action text NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'RELEASED')),
        review_version int NOT NULL,
        state text NOT NULL,
        verdict text NOT NULL,
        total int NOT NULL,
        scores jsonb NOT NULL,
        feedback text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_audit_submission_idx ON review_audit (submission_id, id)`);
    await q.query(`
      CREATE FUNCTION review_released_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review % is released and can no longer change', OLD.id USING ERRCODE = 'check_violation', CONSTRAINT = 'review_released_is_final';
      END $$`);
    await q.query(
      `CREATE TRIGGER review_released_is_final BEFORE UPDATE ON review FOR EACH ROW WHEN (OLD.state = 'RELEASED') EXECUTE FUNCTION review_released_is_final()`,
    );
    await q.query(`
      CREATE FUNCTION review_write_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO review_audit (review_id, submission_id, actor_id, action, review_version, state, verdict, total, scores, feedback, at)
        VALUES (NEW.id, NEW.submission_id, NEW.updated_by_id,
                CASE WHEN NEW.state = 'RELEASED' THEN 'RELEASED' WHEN TG_OP = 'INSERT' THEN 'CREATED' ELSE 'UPDATED' END,
                NEW.version, NEW.state, NEW.verdict, NEW.total, NEW.scores, NEW.feedback, NEW.updated_at);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER review_audit AFTER INSERT OR UPDATE ON review FOR EACH ROW EXECUTE FUNCTION review_write_audit()`);

    // due points: a cohort's own for a week, and one learner's extension
    await q.query(`
      CREATE TABLE cohort_due_date (
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        week int NOT NULL CHECK (week BETWEEN 1 AND 52),
        due_at timestamptz NOT NULL,
        set_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cohort_id, week)
      )`);
    await q.query(`
      CREATE TABLE due_extension (
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        week int NOT NULL CHECK (week BETWEEN 1 AND 52),
        due_at timestamptz NOT NULL,
        reason text CHECK (reason IS NULL OR length(reason) <= 500),
        granted_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, week)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['due_extension', 'cohort_due_date', 'review_audit', 'review', 'submission', 'submission_file'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    for (const f of ['review_write_audit', 'review_released_is_final']) await q.query(`DROP FUNCTION IF EXISTS ${f}()`);
  }
}
