import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';

/**
 * Processes the fault-injection suite starts and kills: a private, throw-away redis-server (never
 * the machine's shared one) and Beacon worker processes from the build. Every one is a child of
 * the test, stopped by its own pid.
 */

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function waitUntil<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 30_000, every = 50): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** A redis-server of our own on a free port, without persistence: a restart loses everything. */
export class PrivateRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const r = new PrivateRedis(await freePort());
    await r.restart();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async restart(): Promise<void> {
    if (this.child) throw new Error('private redis is running');
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
      { stdio: 'ignore' },
    );
    const child = this.child;
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    await waitUntil(`redis-server on ${this.port}`, async () => {
      const c = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await c.connect();
        return (await c.ping()) === 'PONG';
      } finally {
        c.disconnect();
      }
    });
  }

  /** kill -9: like a crashed server, and with no persistence everything in it is gone */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

const apiDir = fileURLToPath(new URL('../../..', import.meta.url));
const rootDir = join(apiDir, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const s = statSync(p);
    if (s.isDirectory()) {
      if (f !== '__tests__' && f !== 'test' && f !== 'hostile') newest = Math.max(newest, newestMtime(p));
    } else if (p.endsWith('.ts')) newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
}

/**
 * The path of the built entry point, building the domain package and the API first when the
 * build is missing or older than the sources (`npm test` builds before it tests, so usually not).
 */
export function builtMain(): string {
  const main = join(apiDir, 'dist', 'main.js');
  const domainDist = join(rootDir, 'packages', 'domain', 'dist');
  const stale = !existsSync(main) || statSync(main).mtimeMs < newestMtime(join(apiDir, 'src')) || !existsSync(domainDist);
  if (stale) {
    for (const ws of ['packages/domain', 'api']) {
      const r = spawnSync('npm', ['run', 'build', '-w', ws], { cwd: rootDir, stdio: 'pipe', encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`building ${ws} failed:\n${r.stdout}\n${r.stderr}`);
    }
  }
  return main;
}

/** A Beacon worker process (BEACON_ROLE=worker) from the build. */
export class WorkerProcess {
  private output = '';
  private exited: Promise<number | null>;
  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(env: Record<string, string>): Promise<WorkerProcess> {
    const child = spawn(process.execPath, [builtMain()], {
      cwd: rootDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        BEACON_ROLE: 'worker',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const w = new WorkerProcess(child);
    await waitUntil(
      'the worker to start',
      async () => {
        if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}:\n${w.output}`);
        return w.output.includes('Beacon worker running');
      },
      60_000,
    );
    return w;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get log(): string {
    return this.output;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    await this.exited;
  }
}

/** A Beacon process serving HTTP (BEACON_ROLE api or all) from the build, on a free port. */
export class ApiProcess {
  private output = '';
  private exited: Promise<number | null>;
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(env: Record<string, string>): Promise<ApiProcess> {
    const port = env.PORT ?? String(await freePort());
    const child = spawn(process.execPath, [builtMain()], {
      cwd: rootDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        BEACON_ROLE: 'api',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        ...env,
        PORT: port,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const p = new ApiProcess(child, `http://127.0.0.1:${port}`);
    await waitUntil(
      'the API to start',
      async () => {
        if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${p.output}`);
        return p.output.includes('Beacon is running');
      },
      90_000,
    );
    return p;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get log(): string {
    return this.output;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    this.child.kill(signal);
    return this.exited;
  }
}
