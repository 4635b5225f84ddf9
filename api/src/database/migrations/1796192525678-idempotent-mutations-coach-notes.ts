import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A double click or a retried request must not create two records: a submission or a booking may
 * carry the client's mutation id, unique per enrolment, so the same request twice yields the same
 * row (the services look it up under the enrolment's lock; the index is the last word).
 *
 * And a coach's private notes on a coaching booking: one note per booking, read and written by
 * that booking's coach only (never part of the booking the learner sees, hence its own table).
 */
export class IdempotentMutationsCoachNotes1796192525678 implements MigrationInterface {
  name = 'IdempotentMutationsCoachNotes1796192525678';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE submission ADD COLUMN client_mutation_id uuid`);
    await q.query(
      `CREATE UNIQUE INDEX submission_client_mutation_unique ON submission (enrolment_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE booking ADD COLUMN client_mutation_id uuid`);
    await q.query(
      `CREATE UNIQUE INDEX booking_client_mutation_unique ON booking (enrolment_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE booking_coach_note (
        booking_id uuid PRIMARY KEY REFERENCES booking(id) ON DELETE CASCADE,
        coach_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (char_length(body) <= 10000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE booking_coach_note`);
    await q.query(`DROP INDEX booking_client_mutation_unique`);
    await q.query(`ALTER TABLE booking DROP COLUMN client_mutation_id`);
    await q.query(`DROP INDEX submission_client_mutation_unique`);
    await q.query(`ALTER TABLE submission DROP COLUMN client_mutation_id`);
  }
}
