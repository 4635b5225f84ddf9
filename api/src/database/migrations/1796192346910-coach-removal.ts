import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A coach's cohort assignments come with their COACH role in the cohort's partner: when that
 * role goes (removeMember, SQL by hand, a changed partner), the partner's cohort assignments of
 * that person go in the same transaction, so no query reading `cohort_coach` (calendar feed,
 * grading queue, cohort lists, access checks) keeps a removed coach. Assignments left over from
 * before this rule are removed once here.
 */
export class CoachRemoval1796192346910 implements MigrationInterface {
  name = 'CoachRemoval1796192346910';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION membership_coach_gone() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.role = 'COACH' AND (TG_OP = 'DELETE' OR NEW.role <> 'COACH' OR NEW.partner_id IS DISTINCT FROM OLD.partner_id OR NEW.user_id <> OLD.user_id) THEN
          DELETE FROM cohort_coach cc USING cohort c
           WHERE cc.cohort_id = c.id AND c.partner_id = OLD.partner_id AND cc.user_id = OLD.user_id
             AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = OLD.user_id AND m.role = 'COACH' AND m.partner_id = OLD.partner_id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER membership_coach_gone AFTER DELETE OR UPDATE ON membership FOR EACH ROW EXECUTE FUNCTION membership_coach_gone()`,
    );
    await q.query(`
      DELETE FROM cohort_coach cc USING cohort c
       WHERE cc.cohort_id = c.id
         AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = cc.user_id AND m.role = 'COACH' AND m.partner_id = c.partner_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER membership_coach_gone ON membership`);
    await q.query(`DROP FUNCTION membership_coach_gone()`);
  }
}
