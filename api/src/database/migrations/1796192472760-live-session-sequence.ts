import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live sessions carry an iCalendar SEQUENCE, bumped by the database whenever a session's time,
 * length, place or cancellation changes (whoever writes it), so calendar apps take the feed's
 * event as the newer revision (RFC 5545); a new title alone is no new revision.
 */
export class LiveSessionSequence1796192472760 implements MigrationInterface {
  name = 'LiveSessionSequence1796192472760';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE live_session ADD COLUMN sequence int NOT NULL DEFAULT 0 CHECK (sequence >= 0)`);
    await q.query(`
      CREATE FUNCTION live_session_bump_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.starts_at IS DISTINCT FROM OLD.starts_at OR NEW.duration_minutes IS DISTINCT FROM OLD.duration_minutes
           OR NEW.join_url IS DISTINCT FROM OLD.join_url OR NEW.cancelled_at IS DISTINCT FROM OLD.cancelled_at THEN
          NEW.sequence := OLD.sequence + 1;
        ELSE
          NEW.sequence := OLD.sequence;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER live_session_sequence BEFORE UPDATE ON live_session FOR EACH ROW EXECUTE FUNCTION live_session_bump_sequence()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER live_session_sequence ON live_session`);
    await q.query(`DROP FUNCTION live_session_bump_sequence()`);
    await q.query(`ALTER TABLE live_session DROP COLUMN sequence`);
  }
}
