import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { countQuery } from './query-counter.js';

/**
 * A hot query sent as a named prepared statement on TypeORM's own pool: for the queries whose
 * planning costs PostgreSQL more than running them (the learner home: 2.1 ms of planning for
 * 0.7 ms of execution, measured on the benchmark's data). Each pooled connection prepares the
 * statement once, then only binds and executes it. Rows come back as from `DataSource.query`.
 * Declare one per query at module level, with a name unique in the process.
 */
export class PreparedQuery<T> {
  private static readonly names = new Set<string>();

  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    if (PreparedQuery.names.has(name)) throw new Error(`two prepared queries are named ${name}`);
    PreparedQuery.names.add(name);
  }

  async run(db: DataSource, values: unknown[]): Promise<T[]> {
    // TypeORM's private pool of its PostgreSQL driver: __tests__/prepared-query.spec.ts fails if it moves
    const pool = (db.driver as unknown as { master?: pg.Pool }).master;
    // a DataSource without a plain pool (none here today): an ordinary query
    if (!pool) return db.query(this.text, values);
    countQuery();
    const result = await pool.query<T & pg.QueryResultRow>({ name: this.name, text: this.text, values });
    return result.rows;
  }
}
