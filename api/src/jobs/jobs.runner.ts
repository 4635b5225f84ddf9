import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { RepeatOptions } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { WorkerHeartbeatService } from '../health/heartbeat.js';
import { millis, type RepeatingJobDefinition, type WorkerTask } from './job-definition.js';
import { QUEUE_CONCURRENCY } from './queue-name.enum.js';
import { QueueService } from './queue.service.js';

/**
 * Runs the jobs the services declared (QueueService.handle, repeat, atWorkerStart) in the
 * processes that run jobs: BEACON_ROLE worker and all; the api role only adds jobs. One worker
 * per queue, because a worker takes every job of its queue: it routes each by name to its
 * handler. Then the schedules of the repeating jobs, the worker heartbeat and the start-up sweeps.
 */
@Injectable()
export class JobsRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Jobs');
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly queues: QueueService,
    private readonly heartbeat: WorkerHeartbeatService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.BEACON_ROLE === 'api') return;
    const { handlers, repeating, tasks } = this.queues.declared;
    await this.heartbeat.start();
    for (const [queue, byName] of handlers) this.queues.process(queue, byName, QUEUE_CONCURRENCY[queue]);
    for (const def of repeating) {
      await this.schedule(def);
      if (def.reassertEvery !== undefined) this.every(millis(def.reassertEvery, this.config), () => this.schedule(def));
    }
    for (const task of tasks) {
      void this.run(task);
      if (task.every !== undefined) this.every(millis(task.every, this.config), () => this.run(task));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await this.heartbeat.stop();
  }

  /** Sets a repeating job's schedule; a failure is tried again at the next reassertion. */
  private async schedule(def: RepeatingJobDefinition): Promise<void> {
    const repeat: RepeatOptions =
      'pattern' in def.schedule ? { pattern: def.schedule.pattern, tz: 'UTC' } : { every: millis(def.schedule.every, this.config) };
    try {
      await this.queues
        .queue(def.queue)
        .upsertJobScheduler(def.schedulerId, repeat, { name: def.name, data: {}, ...(def.options ? { opts: def.options } : {}) });
    } catch (e) {
      this.log.warn(`could not schedule ${def.name} (will try again): ${(e as Error).message}`);
    }
  }

  private async run(task: WorkerTask): Promise<void> {
    try {
      await task.run();
    } catch (e) {
      this.log.warn(`${task.name} failed: ${(e as Error).message}`);
    }
  }

  private every(ms: number, fn: () => Promise<void>): void {
    const timer = setInterval(() => void fn(), ms);
    timer.unref();
    this.timers.push(timer);
  }
}
