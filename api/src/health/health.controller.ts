import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { QueueService } from '../jobs/queue.service.js';
import { liveWorkers } from './heartbeat.js';
import { MetricsService } from './metrics.service.js';

type Status = 'ok' | 'down';

@Controller()
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * 200 when the API, its database and its queue all answer; 503 naming what is down otherwise
   * (what a load balancer needs). Also, for an operator: the workers whose heartbeat is fresh and
   * each queue's jobs and lag (how long its oldest waiting job has waited) — informative only, a
   * missing worker does not take the API out of rotation.
   */
  @Get('health')
  async health(@Res() reply: FastifyReply): Promise<void> {
    const [database, queue] = await Promise.all([check(() => this.db.query('SELECT 1')), check(() => this.queues.ping())]);
    const ok = database === 'ok' && queue === 'ok';
    const [workers, queues] = await Promise.all([
      database === 'ok' ? bounded(liveWorkers(this.db)).catch(() => null) : null,
      queue === 'ok' ? bounded(this.queues.stats()).catch(() => null) : null,
    ]);
    await reply.status(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      api: 'ok',
      database,
      queue,
      queueBackend: this.queues.backend,
      workers: workers && {
        alive: workers.length,
        lastBeatSecondsAgo: workers.length ? Math.min(...workers.map((w) => w.seconds_since_beat)) : null,
      },
      queues,
    });
  }

  /** Prometheus metrics of this API instance and, read from the database and the queue, of every worker (README "Monitoring"). */
  @Get('metrics')
  async prometheus(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('content-type', this.metrics.contentType).send(await this.metrics.render());
  }
}

function bounded<T>(p: Promise<T>, ms = 2500): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

async function check(fn: () => Promise<unknown>): Promise<Status> {
  try {
    await bounded(fn());
    return 'ok';
  } catch {
    return 'down';
  }
}
