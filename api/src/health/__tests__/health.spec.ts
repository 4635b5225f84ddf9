import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it('reports the API, the database and the queue as up', async () => {
    const r = await t.get('/health');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', api: 'ok', database: 'ok', queue: 'ok', queueBackend: 'redis' });
  });

  it('reports 503 naming the database when it is gone', async () => {
    await t.beacon.db.destroy();
    const r = await t.get('/health');
    expect(r.status).toBe(503);
    expect(r.json()).toMatchObject({ status: 'degraded', database: 'down' });
    await t.beacon.db.initialize();
  });
});
