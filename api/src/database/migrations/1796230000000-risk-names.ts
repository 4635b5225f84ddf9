import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The at-risk roll-up (cohort_risk, see CohortRollups1796210000000) keeps each at-risk learner's
 * name and email as the at-risk lists show them. A person changing their name or email on their
 * account page now drops the rows of every cohort they are enrolled in, so the next read shows the
 * new name instead of the old one for up to five minutes.
 */
export class RiskNames1796230000000 implements MigrationInterface {
  name = 'RiskNames1796230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION forget_person_risk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM cohort_risk r USING enrolment e WHERE e.user_id = NEW.id AND r.cohort_id = e.cohort_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER user_forgets_cohort_risk AFTER UPDATE OF name, email ON "user"
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email)
        EXECUTE FUNCTION forget_person_risk()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS user_forgets_cohort_risk ON "user"`);
    await q.query(`DROP FUNCTION IF EXISTS forget_person_risk()`);
  }
}
