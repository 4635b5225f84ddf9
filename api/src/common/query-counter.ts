import { AsyncLocalStorage } from 'node:async_hooks';
import { AdvancedConsoleLogger, type QueryRunner } from 'typeorm';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * SQL queries per HTTP request, for benchmarks and N+1 hunting: with BEACON_COUNT_QUERIES=1 every
 * response carries `x-sql-queries`, the number of statements its request sent through TypeORM.
 * Off (the default) nothing here is installed: no hooks, no AsyncLocalStorage, TypeORM's own logger.
 */
export const SQL_QUERIES_HEADER = 'x-sql-queries';

export function queryCountingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BEACON_COUNT_QUERIES === '1';
}

interface Counter {
  queries: number;
}

// created on first use, so a process that never counts never enables async context tracking
let storage: AsyncLocalStorage<Counter> | undefined;
const counters = new WeakMap<FastifyRequest, Counter>();

/** Counts one statement for the request whose async context sends it (for statements sent around TypeORM). */
export function countQuery(): void {
  const counter = storage?.getStore();
  if (counter) counter.queries++;
}

/** TypeORM's default logger, plus a tally for the request whose async context runs the query. */
export class QueryCountingLogger extends AdvancedConsoleLogger {
  constructor() {
    super(undefined);
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    countQuery();
    super.logQuery(query, parameters, queryRunner);
  }
}

/**
 * Gives each request its own counter for the rest of its handling and reports it in a header.
 * The context starts in preHandler, after the body is read: body parsing runs in the socket's
 * async context, which would lose a context started earlier.
 */
export function countQueriesPerRequest(fastify: FastifyInstance): void {
  const als = (storage ??= new AsyncLocalStorage<Counter>());
  fastify.addHook('preHandler', (request, _reply, done) => {
    const counter = { queries: 0 };
    counters.set(request, counter);
    als.run(counter, done);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const counter = counters.get(request);
    if (counter) void reply.header(SQL_QUERIES_HEADER, String(counter.queries));
    done(null, payload);
  });
}
