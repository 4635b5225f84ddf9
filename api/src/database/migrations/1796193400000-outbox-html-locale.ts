import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each message's language and its HTML alternative (mirrored, `dir="rtl"`, for Arabic readers). */
export class OutboxHtmlLocale1796193400000 implements MigrationInterface {
  name = 'OutboxHtmlLocale1796193400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE outbox_message ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'es', 'pt', 'ar')), ADD COLUMN html text`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message DROP COLUMN html, DROP COLUMN locale`);
  }
}
