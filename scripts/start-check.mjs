#!/usr/bin/env node
// A fast check (CI, on the machine's Node) that `npm start` still runs: it builds and starts
// Beacon on a throw-away database of the test PostgreSQL and waits for GET /health to answer 200;
// or, on a Node too old for Beacon, that `npm start` stops with the line naming the version it needs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const pgUrl = (process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const name = `beacon_startcheck_${randomBytes(4).toString('hex')}`;
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

async function admin(sql) {
  const c = new pg.Client({ connectionString: `${pgUrl}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

await admin(`CREATE DATABASE ${name}`);
const started = Date.now();
const child = spawn('npm', ['start'], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: `${pgUrl}/${name}`,
    REDIS_URL: redisUrl,
    BEACON_QUEUE_PREFIX: name,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));

let ok = false;
try {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) {
        ok = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
} finally {
  if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  await exited;
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
if (ok) {
  console.log(`npm start on Node ${process.versions.node}: healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else if (/Beacon needs Node/.test(output)) {
  console.log(`npm start on Node ${process.versions.node} says which Node it needs:\n${output.match(/Beacon needs Node.*/)[0]}`);
} else {
  console.error(`npm start on Node ${process.versions.node} did not become healthy:\n${output}`);
  process.exit(1);
}
