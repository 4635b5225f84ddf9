import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/harness.js';
import { PreparedQuery } from '../prepared-query.js';

/*
 * PreparedQuery reaches into TypeORM's private `driver.master` (the pg Pool of its PostgreSQL
 * driver) and quietly falls back to an ordinary query without it. A TypeORM that renames or
 * reshapes it would keep every answer right and only lose the prepared statements: this suite is
 * what notices.
 */
describe('a prepared query on TypeORM’s own pool', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  const query = new PreparedQuery<{ n: number; word: string }>('prepared_query_spec', `SELECT $1::int + 1 AS n, $2::text AS word`);

  beforeAll(async () => {
    database = await createTestDatabase();
    // one connection, so that the statements it prepared can be read back on it
    db = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } }).initialize();
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('finds the pool where it looks for it', () => {
    const pool = (db.driver as unknown as { master?: { query?: unknown; connect?: unknown } }).master;
    expect(typeof pool?.query).toBe('function');
    expect(typeof pool?.connect).toBe('function');
  });

  it('answers as DataSource.query does, from a statement prepared once on the connection', async () => {
    expect(await query.run(db, [41, 'beacon'])).toEqual([{ n: 42, word: 'beacon' }]);
    expect(await query.run(db, [1, 'again'])).toEqual(await db.query(`SELECT $1::int + 1 AS n, $2::text AS word`, [1, 'again']));
    const prepared: { name: string; statement: string }[] = await db.query(`SELECT name, statement FROM pg_prepared_statements`);
    expect(prepared).toEqual([{ name: 'prepared_query_spec', statement: query.text }]);
  });
});
