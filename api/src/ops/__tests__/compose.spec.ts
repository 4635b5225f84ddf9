import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * docker/compose.yaml read as Docker Compose reads it (no daemon here to run it): the topology of
 * issue 18 (proxy in front of scalable API replicas, a worker, PostgreSQL, Redis, an object store,
 * volumes), and every variable given to Beacon is one Beacon reads.
 */

const file = (path: string) => readFileSync(fileURLToPath(new URL(`../../../../${path}`, import.meta.url)), 'utf8');
const compose = parse(file('docker/compose.yaml'), { merge: true }) as {
  services: Record<
    string,
    {
      image?: string;
      environment?: Record<string, unknown>;
      ports?: string[];
      volumes?: string[];
      healthcheck?: { test: string[] };
      depends_on?: Record<string, unknown>;
      networks?: Record<string, { ipv4_address?: string }>;
    }
  >;
  volumes: Record<string, unknown>;
};
const caddyfile = file('docker/Caddyfile');

/** The variables config.ts validates: the keys of its schema object. */
const known = new Set([...file('api/src/config/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]*): /gm)].map((m) => m[1]));
const beaconServices = Object.entries(compose.services).filter(([, s]) => s.image === 'beacon:local');

describe('docker/compose.yaml', () => {
  it('gives Beacon only variables it knows (from api/src/config/config.ts)', () => {
    expect(known.size).toBeGreaterThan(20);
    expect(known.has('DATABASE_URL') && known.has('BEACON_S3_BUCKET')).toBe(true);
    expect(beaconServices.map(([name]) => name).sort()).toEqual(['api', 'worker']);
    for (const [name, service] of beaconServices) {
      const unknown = Object.keys(service.environment ?? {}).filter((k) => !known.has(k));
      expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    }
  });

  it('runs a proxy in front of API replicas that publish no host port, so --scale api=3 works', () => {
    const { api, proxy } = compose.services;
    expect(api.ports).toBeUndefined();
    expect(proxy.image).toMatch(/^caddy:/);
    expect(proxy.ports?.some((p) => /:80$/.test(p))).toBe(true);
    // every replica, found by DNS, and the client's address forwarded
    expect(caddyfile).toMatch(/reverse_proxy\s*\{[^}]*dynamic a\s*\{[^}]*name api[^}]*port 3000/s);
    expect(caddyfile).toMatch(/respond \/metrics 404/);
  });

  it('has the API trust forwarded client addresses from the proxy only', () => {
    const proxyAddress = compose.services.proxy.networks?.default?.ipv4_address;
    expect(proxyAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    if (known.has('BEACON_TRUSTED_PROXIES')) expect(compose.services.api.environment?.BEACON_TRUSTED_PROXIES).toBe(proxyAddress);
  });

  it('keeps uploads in one object store that the API and the worker share, and every store on a volume', () => {
    const { api, worker, minio, postgres, redis } = compose.services;
    expect(api.environment?.BEACON_S3_BUCKET).toBeTruthy();
    for (const k of [
      'BEACON_S3_BUCKET',
      'BEACON_S3_ENDPOINT',
      'BEACON_S3_ACCESS_KEY_ID',
      'DATABASE_URL',
      'REDIS_URL',
      'BEACON_CREDENTIAL_SECRET',
    ]) {
      expect(worker.environment?.[k]).toBe(api.environment?.[k]);
    }
    expect(String(api.environment?.BEACON_S3_ENDPOINT)).toContain('minio:9000');
    for (const [service, path] of [
      [minio, '/data'],
      [postgres, '/var/lib/postgresql/data'],
      [redis, '/data'],
    ] as const) {
      const volume = service.volumes?.find((v) => v.endsWith(`:${path}`))?.split(':')[0];
      expect(volume && volume in compose.volumes).toBe(true);
    }
    expect(api.depends_on).toHaveProperty('minio-bucket');
  });

  it('checks the worker by its heartbeat, not by opening sockets', () => {
    expect(compose.services.worker.healthcheck?.test.join(' ')).toMatch(/beacon health --worker/);
    expect(compose.services.worker.environment?.BEACON_ROLE).toBe('worker');
    expect(compose.services.api.environment?.BEACON_ROLE).toBe('api');
  });
});
