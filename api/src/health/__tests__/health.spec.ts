import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { QueueService } from '../../jobs/queue.service.js';
import { QueueName } from '../../jobs/queue-name.enum.js';
import { WorkerHeartbeatService } from '../heartbeat.js';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it('reports the API, the database and the queue as up, the worker of this process alive and every queue with its lag', async () => {
    const r = await t.get('/health');
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ status: 'ok', api: 'ok', database: 'ok', queue: 'ok', queueBackend: 'redis' });
    expect(body.workers.alive).toBe(1);
    expect(Object.keys(body.queues).sort()).toEqual(Object.values(QueueName).sort());
    expect(body.queues.notifications).toEqual(expect.objectContaining({ waiting: expect.any(Number), lagSeconds: expect.any(Number) }));
  });

  it('reports 503 naming the database when it is gone', async () => {
    await t.beacon.db.destroy();
    const r = await t.get('/health');
    expect(r.status).toBe(503);
    expect(r.json()).toMatchObject({ status: 'degraded', database: 'down' });
    await t.beacon.db.initialize();
  });
});

describe('an API without workers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { BEACON_ROLE: 'api' } });
  }, 60_000);
  afterAll(() => t?.close());

  it('shows no live worker, and a job nobody takes as waiting with a growing lag, in /health and /metrics', async () => {
    const queues = t.beacon.app.get(QueueService);
    await queues.queue(QueueName.Grading).add('nobody-works-here', {}, { timestamp: Date.now() - 90_000 });
    const health = (await t.get('/health')).json();
    expect(health.status).toBe('ok');
    expect(health.workers).toEqual({ alive: 0, lastBeatSecondsAgo: null });
    expect(health.queues.grading.waiting).toBe(1);
    expect(health.queues.grading.lagSeconds).toBeGreaterThanOrEqual(90);

    const metrics = (await t.get('/metrics')).body;
    expect(metrics).toMatch(/^beacon_queue_jobs\{queue="grading",state="waiting"\} 1$/m);
    expect(Number(/^beacon_queue_lag_seconds\{queue="grading"\} ([\d.]+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(90);
    expect(metrics).toMatch(/^beacon_workers_alive 0$/m);
  });
});

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it('times GraphQL requests by operation, and shows the database pool and the jobs each worker finished', async () => {
    await t.login('learner@beacon.test');
    await t.gql(`query LearnerWho { me { email } }`);
    // the worker of this process writes its counts on its next beat
    await t.beacon.app.get(WorkerHeartbeatService).beat();
    const metrics = (await t.get('/metrics')).body;
    expect(metrics).toMatch(/^beacon_graphql_request_duration_seconds_count\{operation="anonymous",status="ok"\} [1-9]/m);
    expect(metrics).toMatch(/^beacon_graphql_request_duration_seconds_count\{operation="LearnerWho",status="ok"\} 1$/m);
    expect(metrics).toMatch(/^beacon_db_pool_connections\{state="total"\} [1-9]/m);
    expect(metrics).toMatch(/^beacon_workers_alive 1$/m);
    expect(metrics).toMatch(/^beacon_worker_jobs_total\{worker="[^"]+",outcome="failed"\} \d+$/m);
    expect(metrics).toMatch(/^beacon_process_cpu_seconds_total /m);
  });
});
