import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an operator watches: each worker process's heartbeat (written every few seconds by the
 * worker, with its job counts: /health, /metrics and the worker's container health check read it),
 * and each email's delivery attempts, recorded before the message is handed to SMTP (at-least-once).
 */
export class Operations1796193289790 implements MigrationInterface {
  name = 'Operations1796193289790';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE worker_heartbeat (
        worker_id text PRIMARY KEY,
        host text NOT NULL,
        pid int NOT NULL,
        started_at timestamptz NOT NULL,
        beat_at timestamptz NOT NULL,
        jobs_completed bigint NOT NULL DEFAULT 0,
        jobs_failed bigint NOT NULL DEFAULT 0,
        last_job_at timestamptz
      )`);
    await q.query(`CREATE INDEX worker_heartbeat_beat_idx ON worker_heartbeat (beat_at)`);
    await q.query(`ALTER TABLE outbox_message ADD COLUMN attempts int NOT NULL DEFAULT 0, ADD COLUMN last_attempt_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message DROP COLUMN attempts, DROP COLUMN last_attempt_at`);
    await q.query(`DROP TABLE worker_heartbeat`);
  }
}
