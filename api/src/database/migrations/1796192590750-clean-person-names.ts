import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's name goes into email headers and bodies, calendar feeds, CSV exports and PDFs: a
 * CR/LF or another control character in it splits lines where none belong. Whatever writes a
 * name (a resolver, an import, an invitation, SQL by hand), the database stores it with every
 * run of control characters turned into one space and trimmed; a name that is nothing but
 * control characters still fails the `length(trim(name)) > 0` check.
 */
export class CleanPersonNames1796192590750 implements MigrationInterface {
  name = 'CleanPersonNames1796192590750';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION clean_person_name(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT btrim(regexp_replace(name, '[\\x01-\\x1f\\x7f\\u0085\\u2028\\u2029]+', ' ', 'g'))
      $$`);
    await q.query(`
      CREATE FUNCTION clean_name_column() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.name := clean_person_name(NEW.name);
        RETURN NEW;
      END $$`);
    for (const table of ['"user"', 'invitation']) {
      await q.query(
        `CREATE TRIGGER clean_name BEFORE INSERT OR UPDATE OF name ON ${table} FOR EACH ROW EXECUTE FUNCTION clean_name_column()`,
      );
      await q.query(`UPDATE ${table} SET name = clean_person_name(name) WHERE name <> clean_person_name(name)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['"user"', 'invitation']) await q.query(`DROP TRIGGER clean_name ON ${table}`);
    await q.query(`DROP FUNCTION clean_name_column()`);
    await q.query(`DROP FUNCTION clean_person_name(text)`);
  }
}
