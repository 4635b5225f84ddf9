import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, createPostgresBackend, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { isDeepStrictEqual } from 'node:util';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import { QueueName } from './queue-name.enum.js';
import type { JobDefinition, JobHandler, Millis, RepeatingJobDefinition, WorkerTask } from './job-definition.js';

/** How a worker runs a job it took: by its name, from the handlers of its queue. */
type RoutedHandler = (job: Job) => Promise<unknown>;

/**
 * Owns BullMQ's queues and workers on whichever backend the configuration selects:
 * Redis (ioredis) when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend in
 * the application's own database (schema `bullmq`).
 *
 * Services add jobs here, and declare here (when their module initialises) what runs them:
 * `handle` for a job they add, `repeat` for a job a schedule adds, `atWorkerStart` for a sweep.
 * JobsRunner (jobs.runner.ts) starts all of it in the processes that run jobs.
 */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly log = new Logger('Queue');
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly redisClients: Redis[] = [];
  private readonly handlers = new Map<QueueName, Map<string, RoutedHandler>>();
  private readonly repeating: RepeatingJobDefinition[] = [];
  private readonly tasks: WorkerTask[] = [];
  /** jobs this process's workers finished and failed (worker heartbeat, /metrics) */
  readonly counts = { completed: 0, failed: 0, lastJobAt: null as Date | null };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  get backend(): 'redis' | 'postgres' {
    return this.config.queueBackend;
  }

  private redis(forWorker: boolean): Redis {
    const client = new Redis(this.config.REDIS_URL!, {
      // workers block on Redis and need unlimited retries; producers should fail fast
      maxRetriesPerRequest: forWorker ? null : 2,
      enableOfflineQueue: forWorker,
      lazyConnect: false,
    });
    client.on('error', (e) => this.log.warn(`redis: ${e.message}`));
    this.redisClients.push(client);
    return client;
  }

  private pgConnection() {
    return { connectionString: this.databaseUrl, schema: 'bullmq', migrate: true, max: 5 };
  }

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q =
        this.backend === 'redis'
          ? new Queue(name, { connection: this.redis(false), prefix: this.config.BEACON_QUEUE_PREFIX })
          : (new Queue(
              name,
              { connection: this.pgConnection(), prefix: this.config.BEACON_QUEUE_PREFIX },
              createPostgresBackend,
            ) as unknown as Queue);
      q.on('error', (e: Error) => this.log.warn(`queue ${name}: ${e.message}`));
      this.queues.set(name, q);
    }
    return q;
  }

  async add<T extends object>(def: JobDefinition<T>, data: T): Promise<void> {
    await this.queue(def.queue).add(def.name, data, def.options(data));
  }

  /** Adds many jobs of one definition in one round trip. */
  async addBulk<T extends object>(def: JobDefinition<T>, data: T[]): Promise<void> {
    await this.queue(def.queue).addBulk(data.map((d) => ({ name: def.name, data: d, opts: def.options(d) })));
  }

  /**
   * A delayed job kept in step with the data it stands for: makes the job with the definition's
   * (stable) job id carry exactly `data`. An identical job is left alone (putting twice is a no-op,
   * and a job already due still runs), a different one is replaced; nothing is added for a time
   * already past.
   */
  async putDelayed<T extends object>(def: JobDefinition<T>, data: T, firesAt: Date): Promise<void> {
    const id = def.options(data).jobId;
    if (!id) throw new Error(`${def.name}: a delayed job needs a stable job id`);
    const existing = await this.queue(def.queue).getJob(id);
    if (existing && isDeepStrictEqual(existing.data, data)) return;
    if (existing) await this.removePending(def.queue, id);
    if (firesAt.getTime() > Date.now()) await this.add(def, data);
  }

  /** Removes the job with this id, if there is one and it is not running. */
  async removeDelayed(queue: QueueName, id: string): Promise<void> {
    if (await this.queue(queue).getJob(id)) await this.removePending(queue, id);
  }

  private async removePending(queue: QueueName, id: string): Promise<void> {
    // a running job cannot be removed; its handler re-reads the data and finds it stale
    if ((await this.queue(queue).remove(id)) === 0) this.log.warn(`job ${id} is running and could not be removed`);
  }

  /** Declares what runs a job; the job's data reaches the handler typed by its definition. */
  handle<T>(def: JobDefinition<T>, handler: JobHandler<T>): void {
    this.route(def.queue, def.name, (job) => handler(job.data as T, job as Job<T>));
  }

  /** Declares a repeating job and what runs it; JobsRunner sets its schedule. */
  repeat(def: RepeatingJobDefinition, handler: () => Promise<unknown>): void {
    this.route(def.queue, def.name, () => handler());
    this.repeating.push(def);
  }

  /** Declares work a worker process does at start and, with `every`, now and then (a sweep, a recovery). */
  atWorkerStart(name: string, run: () => Promise<unknown>, opts: { every?: Millis } = {}): void {
    this.tasks.push({ name, run, every: opts.every });
  }

  private route(queue: QueueName, name: string, handler: RoutedHandler): void {
    const handlers = this.handlers.get(queue) ?? new Map<string, RoutedHandler>();
    if (handlers.has(name)) throw new Error(`job ${name} on ${queue} has two handlers`);
    this.handlers.set(queue, handlers.set(name, handler));
  }

  /** What the services declared, for JobsRunner. */
  get declared(): {
    handlers: ReadonlyMap<QueueName, ReadonlyMap<string, RoutedHandler>>;
    repeating: readonly RepeatingJobDefinition[];
    tasks: readonly WorkerTask[];
  } {
    return { handlers: this.handlers, repeating: this.repeating, tasks: this.tasks };
  }

  /** Starts a worker for a queue; each job is routed by name to its handler. */
  process(name: QueueName, handlers: ReadonlyMap<string, RoutedHandler>, concurrency: number): Worker {
    const processor = async (job: Job) => {
      const handler = handlers.get(job.name);
      if (!handler) throw new Error(`no handler for job ${job.name} on ${name}`);
      return handler(job);
    };
    // a worker that dies mid-job holds its lock until it expires; then another worker's stalled check takes the job up
    const recovery = { lockDuration: this.config.BEACON_QUEUE_STALLED_MS, stalledInterval: this.config.BEACON_QUEUE_STALLED_MS };
    const worker =
      this.backend === 'redis'
        ? new Worker(name, processor, { connection: this.redis(true), concurrency, prefix: this.config.BEACON_QUEUE_PREFIX, ...recovery })
        : (new Worker(
            name,
            processor,
            { connection: this.pgConnection(), concurrency, prefix: this.config.BEACON_QUEUE_PREFIX, ...recovery },
            createPostgresBackend,
          ) as unknown as Worker);
    worker.on('completed', () => {
      this.counts.completed++;
      this.counts.lastJobAt = new Date();
    });
    worker.on('failed', (job, err) => {
      this.counts.failed++;
      this.counts.lastJobAt = new Date();
      this.log.warn(`job ${job?.name}#${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
    });
    worker.on('error', (e: Error) => this.log.warn(`worker ${name}: ${e.message}`));
    this.workers.push(worker);
    return worker;
  }

  /** For /health: a cheap round trip to the queue's store. */
  async ping(): Promise<void> {
    const q = this.queue(QueueName.Notifications);
    await Promise.race([
      q.getJobCounts('waiting'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('queue did not answer within 2 s')), 2000)),
    ]);
  }

  /** Jobs per state of every queue, and how long the oldest waiting job has waited (queue lag). */
  async stats(): Promise<Record<string, { waiting: number; active: number; delayed: number; failed: number; lagSeconds: number }>> {
    const now = Date.now();
    const entries = await Promise.all(
      Object.values(QueueName).map(async (name) => {
        const q = this.queue(name);
        const [counts, [oldest]] = await Promise.all([
          q.getJobCounts('waiting', 'active', 'delayed', 'failed'),
          q.getJobs(['wait'], 0, 0, true),
        ]);
        const lagSeconds = oldest ? Math.max(0, (now - oldest.timestamp) / 1000) : 0;
        return [
          name,
          {
            waiting: counts.waiting ?? 0,
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            failed: counts.failed ?? 0,
            lagSeconds,
          },
        ] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    for (const c of this.redisClients) c.disconnect();
  }
}
