import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The periodic outbox sweep reads the QUEUED messages oldest first, in batches: one range of this partial index. */
export class OutboxQueuedIndex1796192735120 implements MigrationInterface {
  name = 'OutboxQueuedIndex1796192735120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_message_queued_idx ON outbox_message (created_at, id) WHERE status = 'QUEUED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_message_queued_idx`);
  }
}
