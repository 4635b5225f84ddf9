import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Credentials1764400000000 implements MigrationInterface {
  name = 'Credentials1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // signing keys: the private half only encrypted; retired keys stay published so old credentials verify
    await q.query(`
      CREATE TABLE issuer_key (
        kid text PRIMARY KEY,
        public_jwk jsonb NOT NULL,
        private_key_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX issuer_key_one_active ON issuer_key ((true)) WHERE retired_at IS NULL`);
    await q.query(`CREATE SEQUENCE credential_status_index_seq MINVALUE 0 START 0`);
    await q.query(`
      CREATE TABLE credential (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE RESTRICT,
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE RESTRICT,
        partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE RESTRICT,
        status_index int NOT NULL DEFAULT nextval('credential_status_index_seq') CHECK (status_index >= 0 AND status_index < 131072),
        kid text NOT NULL REFERENCES issuer_key(kid),
        jwt text NOT NULL,
        payload jsonb NOT NULL,
        evidence jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        valid_until timestamptz,
        revoked_at timestamptz,
        revoked_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        revocation_reason text,
        CONSTRAINT credential_one_per_enrolment UNIQUE (enrolment_id),
        CONSTRAINT credential_status_index_unique UNIQUE (status_index),
        CONSTRAINT credential_revocation_complete CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX credential_user_idx ON credential (user_id)`);
    await q.query(`CREATE INDEX credential_cohort_idx ON credential (cohort_id)`);
    // a cohort-wide issuance run, so its progress can be followed
    await q.query(`
      CREATE TABLE issuance_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        requested_by_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        total int NOT NULL CHECK (total >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE issuance_run_item (
        run_id uuid NOT NULL REFERENCES issuance_run(id) ON DELETE CASCADE,
        enrolment_id uuid NOT NULL REFERENCES enrolment(id) ON DELETE CASCADE,
        outcome text CHECK (outcome IS NULL OR outcome IN ('ISSUED', 'ALREADY_HELD', 'NOT_ELIGIBLE', 'FAILED')),
        message text,
        finished_at timestamptz,
        PRIMARY KEY (run_id, enrolment_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['issuance_run_item', 'issuance_run', 'credential', 'issuer_key']) await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(`DROP SEQUENCE IF EXISTS credential_status_index_seq`);
  }
}
