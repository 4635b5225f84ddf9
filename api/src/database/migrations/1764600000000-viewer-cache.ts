import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API keeps resolved sessions in memory (auth/session-cache.ts). Whatever changes who a
 * session's user is — the session ended or shortened, a role granted or taken away, the user
 * renamed or deleted — announces the user on the `beacon_viewer` channel, from the database
 * itself, so every API process drops its copy however the change was made (a mutation in another
 * process, a job, a cascade, SQL by hand).
 */
export class ViewerCache1764600000000 implements MigrationInterface {
  name = 'ViewerCache1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION beacon_notify_viewer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- each branch names only its own table's columns (plpgsql resolves a record's fields when it runs a statement)
        IF TG_TABLE_NAME = 'user' THEN
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('beacon_viewer', OLD.id::text); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('beacon_viewer', NEW.id::text); END IF;
        ELSE
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('beacon_viewer', OLD.user_id::text); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('beacon_viewer', NEW.user_id::text); END IF;
        END IF;
        RETURN NULL;
      END $$`);
    // a new session needs no announcement: nobody can have cached it yet
    await q.query(
      `CREATE TRIGGER session_notify_viewer AFTER UPDATE OR DELETE ON session FOR EACH ROW EXECUTE FUNCTION beacon_notify_viewer()`,
    );
    await q.query(
      `CREATE TRIGGER membership_notify_viewer AFTER INSERT OR UPDATE OR DELETE ON membership FOR EACH ROW EXECUTE FUNCTION beacon_notify_viewer()`,
    );
    await q.query(
      `CREATE TRIGGER user_notify_viewer AFTER UPDATE OF id, email OR DELETE ON "user" FOR EACH ROW EXECUTE FUNCTION beacon_notify_viewer()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS user_notify_viewer ON "user"`);
    await q.query(`DROP TRIGGER IF EXISTS membership_notify_viewer ON membership`);
    await q.query(`DROP TRIGGER IF EXISTS session_notify_viewer ON session`);
    await q.query(`DROP FUNCTION IF EXISTS beacon_notify_viewer()`);
  }
}
