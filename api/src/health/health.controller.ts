import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { QueueService } from '../jobs/queue.service.js';

type Status = 'ok' | 'down';

@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
  ) {}

  /** 200 when the API, its database and its queue all answer; 503 naming what is down otherwise. */
  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const [database, queue] = await Promise.all([
      check(() => this.db.query('SELECT 1')),
      check(() => this.queues.ping()),
    ]);
    const ok = database === 'ok' && queue === 'ok';
    await reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', api: 'ok', database, queue, queueBackend: this.queues.backend });
  }
}

async function check(fn: () => Promise<unknown>): Promise<Status> {
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2500))]);
    return 'ok';
  } catch {
    return 'down';
  }
}
