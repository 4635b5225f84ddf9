import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { embeddedUrl } from '../embedded/embedded-postgres.js';
import { QueueService } from '../jobs/queue.service.js';

/** How often a worker process writes its heartbeat, and how old one may be for the worker to count as alive. */
export const HEARTBEAT_MS = 5_000;
export const HEARTBEAT_STALE_SECONDS = 60;

/**
 * Every process that runs job workers (roles worker and all: JobsRunner starts and stops this) writes a row every few seconds: its
 * host and pid, and how many jobs it finished and failed. /health and /metrics read these rows
 * (so any API instance shows every worker), and `beacon health --worker` checks its host's.
 * A clean stop removes the row; a killed process's row goes stale.
 */
@Injectable()
export class WorkerHeartbeatService {
  private readonly log = new Logger('Heartbeat');
  private readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private timer?: NodeJS.Timeout;
  private started = false;

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
  ) {}

  async start(): Promise<void> {
    await this.db.query(`INSERT INTO worker_heartbeat (worker_id, host, pid, started_at, beat_at) VALUES ($1, $2, $3, now(), now())`, [
      this.workerId,
      hostname(),
      process.pid,
    ]);
    this.started = true;
    // rows of processes gone for a day are of no use to anyone
    await this.db.query(`DELETE FROM worker_heartbeat WHERE beat_at < now() - interval '1 day'`);
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  async beat(): Promise<void> {
    const s = this.queues.counts;
    await this.db
      .query(`UPDATE worker_heartbeat SET beat_at = now(), jobs_completed = $2, jobs_failed = $3, last_job_at = $4 WHERE worker_id = $1`, [
        this.workerId,
        s.completed,
        s.failed,
        s.lastJobAt,
      ])
      .catch((e: Error) => this.log.warn(`heartbeat not written: ${e.message}`));
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (!this.started) return;
    await this.db.query(`DELETE FROM worker_heartbeat WHERE worker_id = $1`, [this.workerId]).catch(() => undefined);
  }
}

export interface WorkerRow {
  worker_id: string;
  host: string;
  pid: number;
  seconds_since_beat: number;
  jobs_completed: string;
  jobs_failed: string;
}

/** The workers whose heartbeat is fresh. */
export async function liveWorkers(db: { query: (sql: string, params?: unknown[]) => Promise<unknown> }): Promise<WorkerRow[]> {
  return (await db.query(
    `SELECT worker_id, host, pid, extract(epoch FROM now() - beat_at)::float AS seconds_since_beat, jobs_completed::text, jobs_failed::text
       FROM worker_heartbeat WHERE beat_at > now() - make_interval(secs => $1) ORDER BY worker_id`,
    [HEARTBEAT_STALE_SECONDS],
  )) as WorkerRow[];
}

/** `beacon health --worker`: whether a worker process on this host beat within the last minute. */
export async function workerHealth(config: AppConfig): Promise<{ ok: boolean; message: string }> {
  const client = new pg.Client({
    connectionString: config.DATABASE_URL ?? embeddedUrl(config.BEACON_PG_PORT),
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    const { rows } = await client.query<{ age: number }>(
      `SELECT extract(epoch FROM now() - max(beat_at))::float AS age FROM worker_heartbeat WHERE host = $1`,
      [hostname()],
    );
    const age = rows[0]?.age;
    if (age === null || age === undefined) return { ok: false, message: `no worker on ${hostname()} has written a heartbeat` };
    const ok = age <= HEARTBEAT_STALE_SECONDS;
    return { ok, message: `worker on ${hostname()}: last heartbeat ${age.toFixed(1)} s ago${ok ? '' : ' (stale)'}` };
  } catch (e) {
    return { ok: false, message: `database not reachable: ${(e as Error).message}` };
  } finally {
    await client.end().catch(() => undefined);
  }
}
