import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';

const main = fileURLToPath(new URL('../../../dist/main.js', import.meta.url));

describe('configuration from the environment', () => {
  it('runs embedded with no configuration at all', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      embedded: true,
      demoData: true,
      PORT: 3000,
      BEACON_DATA_DIR: '.data',
      BEACON_ROLE: 'all',
      queueBackend: 'postgres',
    });
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
    ['PUBLIC_URL', 'beacon.example.org'],
    ['PUBLIC_URL', 'ftp://beacon.example.org'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:.*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  describe('in production', () => {
    const SECRET = 'a-production-credential-secret';

    it('requires PUBLIC_URL, naming it: credentials are signed with URLs under it', () => {
      const env = { NODE_ENV: 'production', BEACON_CREDENTIAL_SECRET: SECRET };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(
        /^Invalid configuration:\n\s+PUBLIC_URL: required in production \(credentials are signed with their URLs under it/,
      );
      expect(() => loadConfig({ ...env, PUBLIC_URL: '' })).toThrow(/PUBLIC_URL: required in production/);
      expect(loadConfig({ ...env, PUBLIC_URL: 'https://beacon.example.org/' }).publicUrl).toBe('https://beacon.example.org');
    });

    it('names every missing variable at once', () => {
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
        /BEACON_CREDENTIAL_SECRET: required in production[^\n]*\n\s+PUBLIC_URL: required in production/,
      );
    });

    it('needs neither outside production, where the URL is this machine’s', () => {
      for (const NODE_ENV of ['development', 'test'])
        expect(loadConfig({ NODE_ENV, PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    });
  });

  it('stops the real start-up with the message and no stack trace', () => {
    expect(existsSync(main)).toBe(true);
    const r = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Invalid configuration:\n\s+PORT: .*"not-a-port"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const production = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', BEACON_CREDENTIAL_SECRET: 'a-production-credential-secret' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(production.status).toBe(2);
    expect(production.stderr).toMatch(/Invalid configuration:\n\s+PUBLIC_URL: required in production/);
  });
});
