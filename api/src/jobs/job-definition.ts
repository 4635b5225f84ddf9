import type { Job, JobsOptions } from 'bullmq';
import type { AppConfig } from '../config/config.js';
import type { QueueName } from './queue-name.enum.js';

/** A number of milliseconds, fixed or read from the configuration. */
export type Millis = number | ((config: AppConfig) => number);

/** A job's identity: its queue, its name and the options it is always added with. */
export interface JobDefinition<T> {
  queue: QueueName;
  name: string;
  options: (data: T) => JobsOptions;
}

/** What runs a job: its data, typed by its definition, and the BullMQ job (attempts, options). */
export type JobHandler<T> = (data: T, job: Job<T>) => Promise<unknown>;

/** When a repeating job runs: every so many milliseconds, or on a cron pattern (in UTC). */
export type JobSchedule = { every: Millis } | { pattern: string };

/**
 * A job added by a schedule (a BullMQ job scheduler) rather than by the application; it carries
 * no data. Every worker sets the same schedule (one scheduler id), which is harmless.
 */
export interface RepeatingJobDefinition {
  queue: QueueName;
  name: string;
  schedulerId: string;
  schedule: JobSchedule;
  /** the options of each job the schedule adds */
  options?: JobsOptions;
  /**
   * How often a worker sets the schedule again, besides at start: Redis without persistence
   * forgets its schedules when it restarts. Unset: at start only.
   */
  reassertEvery?: Millis;
}

/** Work a worker process does at start and, with `every`, now and then (sweeps, recovery). */
export interface WorkerTask {
  name: string;
  run: () => Promise<unknown>;
  every?: Millis;
}

export const millis = (m: Millis, config: AppConfig): number => (typeof m === 'function' ? m(config) : m);
