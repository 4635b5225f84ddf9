import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 90-day goal follow-up: one row per enrolment, ever (the primary key), written in the
 * same transaction as its email, so a retried or twice-delivered job emails nobody twice. The
 * row holds the hash of the link's token: it lets its holder read the goal and record the
 * FOLLOW_UP check-in of that enrolment, nothing else, until it expires.
 */
export class GoalFollowUp1796193500000 implements MigrationInterface {
  name = 'GoalFollowUp1796193500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE goal_follow_up (
        enrolment_id uuid PRIMARY KEY REFERENCES enrolment(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT goal_follow_up_token_unique UNIQUE CHECK (length(token_hash) = 64),
        due_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        -- false when the learner had turned these emails off: no email, and none later either
        emailed boolean NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT goal_follow_up_expires_after_sending CHECK (expires_at > sent_at)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS goal_follow_up`);
  }
}
