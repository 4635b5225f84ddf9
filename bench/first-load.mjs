#!/usr/bin/env node
// First load of the web app as a partner's learner on a phone meets it: the JavaScript each role's
// home and the public credential page load before they show anything (bytes as sent brotli, and
// gzip for comparison), and the learner home's first contentful paint in Chromium on a throttled
// "slow 4G" network with an empty cache. Part of `npm run bench`; alone: `node bench/first-load.mjs`
// (starts the built app on a throw-away database with demo data, writes bench/first-load.json
// and the "First load" section of bench/REPORT.md).
//
// Settings: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_PG_URL, BENCH_REDIS_URL,
// FIRST_LOAD_RUNS (FCP runs, median reported; default 3), BENCH_BASE_URL (measure a running Beacon instead).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const env = process.env;

/** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const PAGES = [
  { key: 'login', title: 'Login page', path: '/login', account: null },
  { key: 'credential', title: 'Public credential page', path: null, account: null },
  { key: 'learner', title: 'Learner home', path: '/learner', account: 'learner@beacon.test' },
  { key: 'coach', title: 'Coach home', path: '/coach', account: 'coach@beacon.test' },
  { key: 'partner', title: 'Partner admin home', path: '/partner', account: 'partner@beacon.test' },
  { key: 'admin', title: 'Admin home', path: '/admin', account: 'admin@beacon.test' },
];

/** The body of `url` exactly as sent with `Accept-Encoding: <encoding>` (no decompression). */
function rawBytes(url, encoding) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (d) => (n += d.length));
      res.on('end', () =>
        resolve({ bytes: n, encoding: res.headers['content-encoding'] ?? 'identity', cacheControl: res.headers['cache-control'] ?? null }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function loginCookie(context, base, email) {
  const r = await context.request.post(`${base}/graphql`, {
    data: {
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      variables: { e: email, p: 'beacon-demo' },
    },
  });
  const body = await r.json();
  if (!body.data) throw new Error(`login of ${email}: ${JSON.stringify(body.errors)}`);
}

/** Scripts a page loads until the network is idle, with their sizes as sent compressed. */
async function scriptsOf(browser, base, page) {
  const context = await browser.newContext();
  try {
    if (page.account) await loginCookie(context, base, page.account);
    const tab = await context.newPage();
    const scripts = new Set();
    tab.on('response', (res) => {
      if (res.request().resourceType() === 'script' && res.url().startsWith(base)) scripts.add(res.url());
    });
    await tab.goto(`${base}${page.path}`, { waitUntil: 'networkidle' });
    // a page that ended elsewhere (the login page, once, for a logged-in partner admin) measured the wrong scripts
    const landed = new URL(tab.url()).pathname;
    if (landed !== page.path) throw new Error(`${page.path} ended on ${landed}`);
    let br = 0,
      gzip = 0,
      raw = 0;
    const cache = new Set();
    for (const url of scripts) {
      const b = await rawBytes(url, 'br');
      const g = await rawBytes(url, 'gzip');
      const r = await rawBytes(url, 'identity');
      br += b.bytes;
      gzip += g.bytes;
      raw += r.bytes;
      cache.add(b.cacheControl);
    }
    return { scripts: scripts.size, brBytes: br, gzipBytes: gzip, rawBytes: raw, cacheControl: [...cache] };
  } finally {
    await context.close();
  }
}

/** The learner home's first contentful paint on slow 4G with an empty cache, in ms. */
async function learnerFcp(browser, base) {
  const context = await browser.newContext();
  try {
    await loginCookie(context, base, 'learner@beacon.test');
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await tab.goto(`${base}/learner`, { waitUntil: 'load', timeout: 120_000 });
    const fcp = await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, {
      timeout: 120_000,
    });
    return Math.round(await fcp.jsonValue());
  } finally {
    await context.close();
  }
}

export async function measureFirstLoad(base, { credentialId, runs = 3, chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium' } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const pages = [];
    for (const page of PAGES) {
      const path = page.key === 'credential' ? `/credentials/${credentialId}` : page.path;
      let measured;
      for (let attempt = 1; !measured; attempt++) {
        try {
          measured = await scriptsOf(browser, base, { ...page, path });
        } catch (e) {
          if (attempt === 3) throw e;
          console.warn(`first load of ${path}, attempt ${attempt}: ${e.message}; measured again`);
        }
      }
      pages.push({ key: page.key, title: page.title, path, ...measured });
    }
    const index = { br: (await rawBytes(`${base}/`, 'br')).bytes, cacheControl: (await rawBytes(`${base}/`, 'br')).cacheControl };
    const fcps = [];
    for (let i = 0; i < runs; i++) fcps.push(await learnerFcp(browser, base));
    const sorted = [...fcps].sort((a, b) => a - b);
    const commit = (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })();
    return {
      date: new Date().toISOString(),
      commit,
      network: 'slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), cache disabled',
      pages,
      indexHtml: index,
      learnerFcpMs: { median: sorted[Math.floor(sorted.length / 2)], runs: fcps },
    };
  } finally {
    await browser.close();
  }
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

export function firstLoadSection(r) {
  return [
    '<!-- first-load -->',
    `## First load (${r.date.slice(0, 10)}, commit ${r.commit}; bench/first-load.mjs)`,
    '',
    'JavaScript each page loads before it is idle, as the built app serves it: brotli (what Chromium gets), gzip (for older clients), and uncompressed. Hashed assets are sent with',
    `\`Cache-Control: ${r.pages[0].cacheControl.join(', ')}\`; \`index.html\` with \`${r.indexHtml.cacheControl}\` (${r.indexHtml.br} bytes brotli).`,
    '',
    '| page | scripts | brotli | gzip | uncompressed |',
    '|---|---:|---:|---:|---:|',
    ...r.pages.map(
      (p) =>
        `| ${p.title} (\`${p.path.replace(/[0-9a-f-]{36}/, ':id')}\`) | ${p.scripts} | ${kB(p.brBytes)} | ${kB(p.gzipBytes)} | ${kB(p.rawBytes)} |`,
    ),
    '',
    `Learner home, first contentful paint in Chromium on ${r.network}: **${r.learnerFcpMs.median} ms** (median of ${r.learnerFcpMs.runs.length} runs: ${r.learnerFcpMs.runs.join(', ')} ms), logged in, from navigation start.`,
    '<!-- /first-load -->',
  ].join('\n');
}

/** Writes the section into bench/REPORT.md (replacing an earlier one). */
export function writeFirstLoad(r) {
  writeFileSync(`${HERE}first-load.json`, JSON.stringify(r, null, 2) + '\n');
  const file = `${HERE}REPORT.md`;
  const md = existsSync(file) ? readFileSync(file, 'utf8') : '# Beacon benchmark report\n';
  const section = firstLoadSection(r);
  const next = /<!-- first-load -->[\s\S]*<!-- \/first-load -->/.test(md)
    ? md.replace(/<!-- first-load -->[\s\S]*<!-- \/first-load -->/, section)
    : `${md.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function standalone() {
  const pgUrl = (env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
  const name = `beacon_firstload_${randomBytes(4).toString('hex')}`;
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: `${pgUrl}/postgres` });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  let base = env.BENCH_BASE_URL;
  let child;
  if (!base) {
    if (!existsSync(`${ROOT}web/dist/index.html`)) throw new Error('web/dist is not built: npm run build first');
    await admin(`CREATE DATABASE ${name}`);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['api/dist/main.js'], {
      cwd: ROOT,
      env: {
        PATH: env.PATH,
        HOME: env.HOME,
        DATABASE_URL: `${pgUrl}/${name}`,
        REDIS_URL: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
        BEACON_QUEUE_PREFIX: name,
        BEACON_DEMO_DATA: 'true',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'development',
      },
      stdio: 'ignore',
    });
  }
  try {
    for (let i = 0; ; i++) {
      if (child && child.exitCode !== null) throw new Error(`Beacon exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        /* starting */
      }
      if (i > 600) throw new Error('Beacon did not become healthy in 2 minutes');
      await new Promise((r) => setTimeout(r, 200));
    }
    let credentialId = env.FIRST_LOAD_CREDENTIAL_ID;
    if (!credentialId && child) {
      // the demo's credentials are issued just after start-up
      const c = new pg.Client({ connectionString: `${pgUrl}/${name}` });
      await c.connect();
      for (let i = 0; i < 300 && !credentialId; i++) {
        credentialId = (await c.query(`SELECT id FROM credential ORDER BY issued_at LIMIT 1`)).rows[0]?.id;
        if (!credentialId) await new Promise((r) => setTimeout(r, 200));
      }
      await c.end();
    }
    if (!credentialId) throw new Error('no credential to show (FIRST_LOAD_CREDENTIAL_ID)');
    const r = await measureFirstLoad(base, { credentialId, runs: Number(env.FIRST_LOAD_RUNS ?? 3) });
    writeFirstLoad(r);
    console.log(firstLoadSection(r));
  } finally {
    if (child) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  standalone().catch((e) => {
    console.error(`first-load failed: ${e.stack ?? e.message}`);
    process.exit(1);
  });
}
