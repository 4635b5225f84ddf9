import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credentials (issue 16): status list indexes are drawn at random by the issuer, no longer taken
 * from a sequence in issue order (the range check and the unique constraint stay); each
 * credential keeps its Data Integrity form (an embedded eddsa-rdfc-2022 proof), signed the first
 * time it is asked for and then served as stored.
 */
export class CredentialDataIntegrity1796192748484 implements MigrationInterface {
  name = 'CredentialDataIntegrity1796192748484';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE credential ALTER COLUMN status_index DROP DEFAULT`);
    await q.query(`DROP SEQUENCE credential_status_index_seq`);
    await q.query(`ALTER TABLE credential ADD COLUMN data_integrity json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE credential DROP COLUMN data_integrity`);
    await q.query(`CREATE SEQUENCE credential_status_index_seq MINVALUE 0 START 0`);
    await q.query(`SELECT setval('credential_status_index_seq', coalesce((SELECT max(status_index) + 1 FROM credential), 0), false)`);
    await q.query(`ALTER TABLE credential ALTER COLUMN status_index SET DEFAULT nextval('credential_status_index_seq')`);
  }
}
