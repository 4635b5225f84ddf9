import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { QueueService } from '../jobs/queue.service.js';
import { liveWorkers } from './heartbeat.js';

/** At most this many GraphQL operation names become label values; the rest count as "other" (clients choose the names). */
const MAX_OPERATIONS = 300;
const OPERATION = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]{0,63})/m;

/**
 * Prometheus metrics (`GET /metrics`): request latency by GraphQL operation and by route, the
 * database pool, the queues (jobs per state, lag) and the workers (heartbeats, jobs done and
 * failed, summed from their heartbeat rows, so scraping any API instance shows every worker),
 * plus Node's process metrics. One registry per application (tests run several in one process).
 */
@Injectable()
export class MetricsService implements OnModuleInit {
  private readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly graphql = new Histogram({
    name: 'beacon_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name, with whether the answer carried errors',
    labelNames: ['operation', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly http = new Histogram({
    name: 'beacon_http_request_duration_seconds',
    help: 'HTTP requests other than GraphQL, by route and status class',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly db: DataSource,
    private readonly queues: QueueService,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'beacon_' });
    const pool = () => (this.db.driver as unknown as { master?: pg.Pool }).master;
    new Gauge({
      name: 'beacon_db_pool_connections',
      help: "This API instance's database connections: total open, idle, and requests waiting for one",
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'total' }, p.totalCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
    new Gauge({
      name: 'beacon_db_pool_max',
      help: 'The most connections the pool opens',
      registers: [this.registry],
      collect() {
        this.set(pool()?.options.max ?? 10);
      },
    });
    const queueJobs = new Gauge({
      name: 'beacon_queue_jobs',
      help: 'Jobs per queue and state (failed: kept after their last attempt)',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
    });
    const queueLag = new Gauge({
      name: 'beacon_queue_lag_seconds',
      help: 'How long the oldest waiting job of each queue has waited',
      labelNames: ['queue'],
      registers: [this.registry],
    });
    const workersAlive = new Gauge({
      name: 'beacon_workers_alive',
      help: 'Worker processes whose heartbeat is under a minute old',
      registers: [this.registry],
    });
    const workerJobs = new Counter({
      name: 'beacon_worker_jobs_total',
      help: 'Jobs finished by each live worker process since it started, by outcome',
      labelNames: ['worker', 'outcome'],
      registers: [this.registry],
    });
    // filled from the queue and the heartbeats just before each scrape
    this.collectors.push(async () => {
      const stats = await this.queues.stats();
      queueJobs.reset();
      for (const [queue, s] of Object.entries(stats)) {
        for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) queueJobs.set({ queue, state }, s[state]);
        queueLag.set({ queue }, s.lagSeconds);
      }
    });
    this.collectors.push(async () => {
      const workers = await liveWorkers(this.db);
      workersAlive.set(workers.length);
      workerJobs.reset();
      for (const w of workers) {
        workerJobs.inc({ worker: w.worker_id, outcome: 'completed' }, Number(w.jobs_completed));
        workerJobs.inc({ worker: w.worker_id, outcome: 'failed' }, Number(w.jobs_failed));
      }
    });
  }

  private readonly collectors: (() => Promise<void>)[] = [];

  get contentType(): string {
    return this.registry.contentType;
  }

  async render(): Promise<string> {
    await Promise.allSettled(this.collectors.map((c) => c()));
    return this.registry.metrics();
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
      const seconds = reply.elapsedTime / 1000;
      const route = req.routeOptions?.url ?? 'unmatched';
      if (route === '/graphql') {
        this.graphql.observe({ operation: this.operationOf(req), status: reply.statusCode < 400 ? 'ok' : 'error' }, seconds);
      } else if (route !== '/metrics') {
        this.http.observe({ method: req.method, route, status: `${Math.floor(reply.statusCode / 100)}xx` }, seconds);
      }
    });
  }

  private operationOf(req: FastifyRequest): string {
    const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
    let name = typeof body?.operationName === 'string' ? body.operationName : undefined;
    if (!name && typeof body?.query === 'string') name = OPERATION.exec(body.query)?.[1];
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'anonymous';
    if (!this.operations.has(name)) {
      if (this.operations.size >= MAX_OPERATIONS) return 'other';
      this.operations.add(name);
    }
    return name;
  }
}
