import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';

const main = fileURLToPath(new URL('../../../dist/main.js', import.meta.url));

describe('configuration from the environment', () => {
  it('runs embedded with no configuration at all', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ embedded: true, demoData: true, PORT: 3000, BEACON_DATA_DIR: '.data', BEACON_ROLE: 'all', queueBackend: 'postgres' });
  });

  it('uses the given services and loads no demo data unless asked', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://db/beacon', REDIS_URL: 'redis://cache:6379', BEACON_ROLE: 'worker' });
    expect(c).toMatchObject({ embedded: false, demoData: false, queueBackend: 'redis', BEACON_ROLE: 'worker' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['BEACON_ROLE', 'scheduler'],
    ['DATABASE_URL', 'mysql://db/beacon'],
    ['REDIS_URL', 'localhost:6379'],
    ['BEACON_DEMO_DATA', 'maybe'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:.*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('stops the real start-up with the message and no stack trace', () => {
    expect(existsSync(main)).toBe(true);
    const r = spawnSync(process.execPath, [main], { env: { PATH: process.env.PATH, PORT: 'not-a-port' }, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Invalid configuration:\n\s+PORT: .*"not-a-port"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
