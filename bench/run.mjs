#!/usr/bin/env node
// `npm run bench`: seeds a production-size Beacon into its own database, starts the built API in
// production mode as a child process, drives its key operations with autocannon, times the raw
// SQL that returns the same rows, issues 1,000 credentials end to end, and writes
// bench/report.json and bench/REPORT.md. Never run by CI; it reports times, it never fails on one.
//
// Settings (environment): BENCH_PG_URL (server, default postgres://postgres@127.0.0.1:5432),
// BENCH_DB (default beacon_bench), BENCH_REDIS_URL (default redis://127.0.0.1:6379),
// BENCH_SECONDS (per run, default 7), BENCH_SHORT_SECONDS (verification endpoints, default 4),
// BENCH_REPEATS (default 3), BENCH_WARMUP (seconds, default 2), BENCH_CONNECTIONS (default 20),
// BENCH_REUSE=1 (keep the database seeded by a previous BENCH_KEEP_DB=1 run), BENCH_KEEP_DB=1,
// BENCH_ONLY=learnerHome,roster,…,firstLoad (a subset of the operations), BENCH_NO_BUILD=1.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createWriteStream, readFileSync } from 'node:fs';
import os from 'node:os';
import { pg, Redis, ROOT, API_DIST, apiBuilt } from './lib/api.mjs';
import { seed, reuse, ACCOUNTS, PASSWORD } from './lib/seed.mjs';
import { operations, gql, LOGIN, ISSUE_COHORT, ISSUANCE_RUN, PARTNER_OUTCOMES, NETWORK_OUTCOMES } from './lib/operations.mjs';
import { load, send, sequential, summary, timeSql } from './lib/measure.mjs';
import { table, writeReport } from './lib/report.mjs';

const env = process.env;
const settings = {
  pgUrl: (env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, ''),
  db: env.BENCH_DB ?? 'beacon_bench',
  redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  seconds: Number(env.BENCH_SECONDS ?? 7),
  shortSeconds: Number(env.BENCH_SHORT_SECONDS ?? 4),
  repeats: Number(env.BENCH_REPEATS ?? 3),
  warmupSeconds: Number(env.BENCH_WARMUP ?? 2),
  connections: Number(env.BENCH_CONNECTIONS ?? 20),
  role: 'all',
  only: env.BENCH_ONLY ? env.BENCH_ONLY.split(',') : null,
};
if (!/^[a-z0-9_]+$/.test(settings.db)) throw new Error('BENCH_DB: lower-case letters, digits and _ only');
const dbUrl = `${settings.pgUrl}/${settings.db}`;
const queuePrefix = `bench_${process.pid}`;
const started = Date.now();
const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function admin(sql) {
  const c = new pg.Client({ connectionString: `${settings.pgUrl}/postgres` });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function build() {
  if (env.BENCH_NO_BUILD === '1') return;
  log('building the API (turbo, cached when unchanged)');
  try {
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@beacon/api...', '--output-logs=errors-only'], { cwd: ROOT, stdio: 'inherit' });
  } catch (e) {
    if (!apiBuilt()) throw e;
    log('the build failed; measuring the API already in api/dist');
  }
}

/** The API as production runs it, in its own process; resolves once /health answers. */
async function startApi(port) {
  const out = createWriteStream(new URL('./api.log', import.meta.url));
  const child = spawn(process.execPath, [`${API_DIST}main.js`], {
    cwd: ROOT,
    env: {
      PATH: env.PATH,
      NODE_ENV: 'production',
      BEACON_CREDENTIAL_SECRET: 'bench-credential-secret-0123456789',
      DATABASE_URL: dbUrl,
      REDIS_URL: settings.redisUrl,
      BEACON_QUEUE_PREFIX: queuePrefix,
      BEACON_COUNT_QUERIES: '1',
      BEACON_ROLE: settings.role,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEB_DIST_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code) => (exited = code));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (exited !== null) throw new Error(`the API exited (${exited}); see bench/api.log`);
    const ok = await send(base, { path: '/health' }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { child, base };
    await sleep(500);
  }
  child.kill('SIGTERM');
  throw new Error('the API did not become healthy within 60 s; see bench/api.log');
}

/**
 * Waits (at most 60 s) for the API's start-up work to finish — the workers' sweeps queue the
 * reminders of upcoming bookings, for instance — so it does not count against the first operation:
 * until the process has used under a tenth of a core for a second.
 */
async function settle(child) {
  const cpu = () => {
    try {
      const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(f[11]) + Number(f[12]);
    } catch {
      return null;
    }
  };
  const hz = 100;
  let quiet = 0;
  for (let i = 0; i < 120 && quiet < 2; i++) {
    const a = cpu();
    await sleep(500);
    const b = cpu();
    if (a === null || b === null) return sleep(5000);
    quiet = (b - a) / hz / 0.5 < 0.1 ? quiet + 1 : 0;
  }
}

async function stopApi(child) {
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([gone, sleep(15000).then(() => child.kill('SIGKILL'))]);
}

/** Removes this run's BullMQ keys (only those under its own prefix). */
async function cleanRedis() {
  const redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 2 });
  try {
    let cursor = '0';
    let rounds = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0' && ++rounds < 10000);
  } finally {
    redis.disconnect();
  }
}

/**
 * How fresh the outcome roll-ups (cohort_outcome, cohort_risk) stay, and what a miss costs: the
 * network view with every roll-up row gone (each cohort measured again), then warm; then one
 * attendance mark changed in the 500-learner cohort and the very next partner-outcomes request.
 */
async function rollupFreshness(base, db, tokens, fixture) {
  const timed = async (request) => {
    const t = performance.now();
    const res = await send(base, request);
    const body = JSON.parse(res.body.toString('utf8'));
    if (!body.data) throw new Error(`roll-up freshness: ${JSON.stringify(body.errors)}`);
    return { ms: performance.now() - t, data: body.data };
  };
  const network = gql(NETWORK_OUTCOMES, {}, tokens.admin);
  await db.query(`DELETE FROM cohort_outcome`);
  await db.query(`DELETE FROM cohort_risk`);
  const cold = await timed(network);
  const warm = await timed(network);
  const {
    rows: [big],
  } = await db.query(`SELECT partner_id FROM cohort WHERE id = $1`, [fixture.bigCohortId]);
  const partner = gql(PARTNER_OUTCOMES, { partnerId: big.partner_id }, tokens.admin);
  const rate = (d) => d.partnerOutcomes.cohorts.find((c) => c.cohortId === fixture.bigCohortId).attendanceRate;
  const before = await timed(partner);
  const {
    rows: [mark],
  } = await db.query(
    `SELECT a.live_session_id, a.enrolment_id, a.status FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.cohort_id = $1 AND a.status = 'PRESENT' LIMIT 1`,
    [fixture.bigCohortId],
  );
  await db.query(`UPDATE attendance SET status = 'ABSENT' WHERE live_session_id = $1 AND enrolment_id = $2`, [
    mark.live_session_id,
    mark.enrolment_id,
  ]);
  const after = await timed(partner);
  await db.query(`UPDATE attendance SET status = 'PRESENT' WHERE live_session_id = $1 AND enrolment_id = $2`, [
    mark.live_session_id,
    mark.enrolment_id,
  ]);
  const seen = rate(after.data) < rate(before.data);
  return [
    `Outcome roll-ups (cohort_outcome, cohort_risk; trigger-kept): network outcomes with no roll-up row (all ${warm.data.networkOutcomes.partners.reduce((n, p) => n + p.cohorts, 0)} cohorts measured and at-risk assessed again) ${cold.ms.toFixed(0)} ms, then ${warm.ms.toFixed(1)} ms from the roll-up.`,
    `Freshness: one attendance mark changed in the 500-learner cohort; the next partner-outcomes request ${seen ? 'showed it' : 'did NOT show it'} (attendance ${(rate(before.data) * 100).toFixed(3)} % → ${(rate(after.data) * 100).toFixed(3)} %), in ${after.ms.toFixed(1)} ms (that cohort measured again; ${before.ms.toFixed(1)} ms before the change). Writes are reflected on the next read; at-risk counts also expire after 5 minutes (risk moves with the clock), measures after an hour.`,
  ];
}

async function login(base, email) {
  const res = await send(base, gql(LOGIN, { email, password: PASSWORD }));
  const body = JSON.parse(res.body.toString('utf8'));
  if (!body.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

async function measure(base, db, op) {
  const first = await send(base, op.requests[0]);
  if (first.status !== 200) throw new Error(`${op.name}: HTTP ${first.status} ${first.body.toString('utf8').slice(0, 300)}`);
  const holds = op.check(first);
  let scaling = null;
  if (op.scaling) {
    // each asked twice, the second counted: the steady state, once the process has remembered the
    // (immutable) programme versions the list refers to
    for (const r of [op.scaling.short, op.scaling.long]) await send(base, r);
    const [s, l] = [await send(base, op.scaling.short), await send(base, op.scaling.long)];
    scaling = { label: op.scaling.label, short: Number(s.headers['x-sql-queries']), long: Number(l.headers['x-sql-queries']) };
  }
  const seconds = op.short ? settings.shortSeconds : settings.seconds;
  // one request at a time first: after a load run the API may still be working off requests
  // the load generator gave up on
  await sequential(base, op.requests, { count: 20, maxSeconds: 2 });
  const alone = await sequential(base, op.requests, { count: 300, maxSeconds: 4 });
  // in steady state: the first request of a process also fills its caches (programme versions)
  const queries = Number((await send(base, op.requests[0])).headers['x-sql-queries']);
  await load(base, op.requests, { connections: settings.connections, seconds: settings.warmupSeconds });
  await drain(base, op);
  const runs = [];
  for (let i = 0; i < settings.repeats; i++) {
    runs.push(await load(base, op.requests, { connections: settings.connections, seconds }));
    await drain(base, op);
  }
  const mid = [...runs].sort((a, b) => a.rps - b.rps)[Math.floor((runs.length - 1) / 2)];
  const rpss = runs.map((r) => r.rps);
  const spread =
    runs.length > 1
      ? `${Math.round(Math.min(...rpss))}–${Math.round(Math.max(...rpss))} (±${((50 * (Math.max(...rpss) - Math.min(...rpss))) / median(rpss)).toFixed(0)}%)`
      : '—';
  // a named prepared statement, as the API sends its hot queries: both sides skip planning
  const raw = await timeSql((i) => db.query({ name: `raw_${op.key}`, text: op.raw.sql, values: op.raw.params(i) }), {
    count: 300,
    maxSeconds: 4,
  });
  const result = {
    key: op.key,
    name: op.name,
    target: op.target,
    holds,
    responseBytes: first.body.length,
    queries,
    scaling,
    load: {
      ...mid,
      spread,
      runs: runs.map((r) => ({ rps: r.rps, p50: r.p50, p95: r.p95, p99: r.p99, non2xx: r.non2xx, errors: r.errors })),
    },
    alone,
    raw,
    ratio: alone.p50 / raw.p50,
  };
  if (runs.some((r) => r.non2xx || r.errors))
    log(`  ! ${op.name}: ${runs.map((r) => `${r.non2xx} non-2xx, ${r.errors} errors`).join('; ')}`);
  const f = (v) => (v === null ? '—' : v.toFixed(1));
  log(
    `  ${op.name}: ${Math.round(mid.rps)} req/s, p50 ${f(mid.p50)} p95 ${f(mid.p95)} p99 ${f(mid.p99)} ms; ${queries} queries${scaling ? ` (${scaling.short} → ${scaling.long})` : ''}; alone ${alone.p50.toFixed(2)} ms, SQL ${raw.p50.toFixed(2)} ms (${result.ratio.toFixed(2)}×); ${holds}`,
  );
  return result;
}

/** Waits (bounded) until the API has worked off a load run: one request of the operation gets through. */
async function drain(base, op) {
  await sleep(200);
  await Promise.race([send(base, op.requests[0]).catch(() => undefined), sleep(30000)]);
}

/** issueCohortCredentials on the twenty prepared cohorts (1,000 eligible learners), then every PDF. */
async function issuance(base, db, tokens, fixture) {
  const cohorts = fixture.issuanceCohortIds;
  const t0 = process.hrtime.bigint();
  const runIds = [];
  for (const cohortId of cohorts) {
    const res = await send(base, gql(ISSUE_COHORT, { cohortId }, tokens.partnerAdmin));
    const body = JSON.parse(res.body.toString('utf8'));
    if (!body.data) throw new Error(`issueCohortCredentials: ${JSON.stringify(body.errors)}`);
    runIds.push(body.data.issueCohortCredentials.id);
  }
  const total = (await db.query(`SELECT sum(total)::int AS n FROM issuance_run WHERE id = ANY($1)`, [runIds])).rows[0].n;
  let issuedAt = null;
  let row;
  for (let i = 0; i < 1200; i++) {
    row = (
      await db.query(
        `SELECT count(*) FILTER (WHERE finished_at IS NOT NULL)::int AS done, count(*) FILTER (WHERE outcome = 'ISSUED')::int AS issued,
                count(*) FILTER (WHERE outcome = 'FAILED')::int AS failed,
                (SELECT count(*)::int FROM credential WHERE cohort_id = ANY($2)) AS credentials
           FROM issuance_run_item WHERE run_id = ANY($1)`,
        [runIds, cohorts],
      )
    ).rows[0];
    if (issuedAt === null && row.credentials >= total) issuedAt = process.hrtime.bigint();
    if (row.done >= total) break;
    await sleep(50);
  }
  const finishedAt = process.hrtime.bigint();
  const issueSeconds = Number((issuedAt ?? finishedAt) - t0) / 1e9;
  log(
    `  issued ${row.issued} of ${total} credentials in ${issueSeconds.toFixed(2)} s (${row.failed} failed; runs finished after ${(Number(finishedAt - t0) / 1e9).toFixed(2)} s)`,
  );
  for (const id of runIds) {
    const res = await send(base, gql(ISSUANCE_RUN, { id }, tokens.partnerAdmin));
    const run = JSON.parse(res.body.toString('utf8')).data?.issuanceRun;
    if (!run?.finished || run.failed) log(`  ! issuance run ${id}: ${JSON.stringify(run)}`);
  }

  const ids = (await db.query(`SELECT id FROM credential WHERE cohort_id = ANY($1) ORDER BY issued_at`, [cohorts])).rows.map((r) => r.id);
  const pdfConcurrency = 4;
  const { Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: pdfConcurrency });
  const times = [];
  let bytes = 0;
  const p0 = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: pdfConcurrency }, async () => {
      while (next < ids.length) {
        const id = ids[next++];
        const r = await send(base, { path: `/credentials/${id}.pdf`, agent });
        if (r.status !== 200 || r.body.subarray(0, 5).toString() !== '%PDF-') throw new Error(`PDF of ${id}: HTTP ${r.status}`);
        times.push(r.ms);
        bytes += r.body.length;
      }
    }),
  );
  agent.destroy();
  const pdfSeconds = Number(process.hrtime.bigint() - p0) / 1e9;
  log(`  fetched ${ids.length} PDFs in ${pdfSeconds.toFixed(2)} s`);
  return {
    cohorts: cohorts.length,
    total,
    issued: row.issued,
    failed: row.failed,
    issueSeconds,
    runsFinishedSeconds: Number(finishedAt - t0) / 1e9,
    issuedPerSecond: row.issued / issueSeconds,
    pdfs: ids.length,
    pdfConcurrency,
    pdfSeconds,
    pdfsPerSecond: ids.length / pdfSeconds,
    pdfLatency: summary(times),
    pdfBytes: ids.length ? bytes / ids.length : 0,
    combinedPerSecond: ids.length / (issueSeconds + pdfSeconds),
    credentialIds: ids,
  };
}

async function machine(db) {
  const cpus = os.cpus();
  const { rows } = await db.query(`SELECT current_setting('server_version') AS v`);
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: `PostgreSQL ${rows[0].v}`,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    loadBefore: os.loadavg()[0].toFixed(2),
    loadAfter: null,
  };
}

function commit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'api/src'], { cwd: ROOT }).toString().trim();
    return dirty ? `${head} + uncommitted api changes` : head;
  } catch {
    return 'unknown';
  }
}

async function main() {
  build();
  if (!apiBuilt()) throw new Error('api/dist is missing: run `npm run build` first');
  let data;
  if (env.BENCH_REUSE === '1') {
    log(`reusing database ${settings.db}`);
    data = await reuse(dbUrl);
  } else {
    log(`seeding database ${settings.db}`);
    await admin(`DROP DATABASE IF EXISTS ${settings.db} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${settings.db}`);
    data = await seed(dbUrl, log);
  }
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const report = {
    commit: env.BENCH_API_DIST ? `the build in ${env.BENCH_API_DIST}` : commit(),
    settings: { ...settings, pgUrl: undefined },
    machine: await machine(db),
    data: { counts: data.counts, seconds: data.seconds },
  };

  const port = await freePort();
  log(`starting the API on port ${port} (NODE_ENV=production, BEACON_COUNT_QUERIES=1)`);
  const { child, base } = await startApi(port);
  try {
    await settle(child);
    log('the API has settled');
    const tokens = {};
    for (const [k, email] of Object.entries(ACCOUNTS)) tokens[k] = await login(base, email);
    const users = Object.fromEntries(
      (await db.query(`SELECT email, id FROM "user" WHERE email = ANY($1)`, [Object.values(ACCOUNTS)])).rows.map((r) => [
        Object.keys(ACCOUNTS).find((k) => ACCOUNTS[k] === r.email),
        r.id,
      ]),
    );
    const wanted = (op) => !settings.only || settings.only.includes(op.key);
    // another partner than the benchmark's (a database kept from before this fixture had it)
    data.fixture.otherPartnerId ??= (
      await db.query(`SELECT id FROM partner WHERE id <> $1 ORDER BY slug LIMIT 1`, [data.fixture.partnerId])
    ).rows[0].id;
    const ctx = { tokens, fixture: data.fixture, users, credentialIds: [] };
    const results = [];
    const verification = (o) => o.key.startsWith('credential') || o.key === 'jwks';
    for (const op of operations(ctx)
      .filter((o) => !verification(o) && !o.afterIssuance)
      .filter(wanted)) {
      log(`measuring ${op.name}`);
      results.push(await measure(base, db, op));
    }
    const issuing = !settings.only || settings.only.includes('issuance');
    if (!issuing) {
      for (const op of operations(ctx)
        .filter((o) => o.afterIssuance)
        .filter(wanted)) {
        log(`measuring ${op.name}`);
        results.push(await measure(base, db, op));
      }
    }
    if (issuing) {
      log('bulk issuance: issueCohortCredentials on 20 cohorts of 50 eligible learners');
      const { credentialIds, ...issued } = await issuance(base, db, tokens, data.fixture);
      report.issuance = issued;
      ctx.credentialIds = credentialIds;
      // the credential emails are delivered by the same process: let them drain before measuring on
      for (let i = 0; i < 300; i++) {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE status = 'QUEUED'`);
        if (rows[0].n === 0) break;
        await sleep(100);
      }
      // the outcome dashboards with the credentials just issued, then the verification endpoints
      for (const op of operations(ctx)
        .filter((o) => o.afterIssuance || verification(o))
        .filter(wanted)) {
        log(`measuring ${op.name}`);
        results.push(await measure(base, db, op));
      }
    }
    report.operations = results;
    if (issuing || wanted({ key: 'networkOutcomes' })) report.notes = await rollupFreshness(base, db, tokens, data.fixture);
  } finally {
    await stopApi(child);
    await cleanRedis().catch((e) => log(`could not remove the run's Redis keys: ${e.message}`));
  }
  report.machine.loadAfter = os.loadavg()[0].toFixed(2);
  report.totalSeconds = (Date.now() - started) / 1000;
  await db.end();
  if (env.BENCH_KEEP_DB !== '1') await admin(`DROP DATABASE IF EXISTS ${settings.db} WITH (FORCE)`);

  writeReport(new URL('.', import.meta.url).pathname.replace(/\/$/, ''), report);
  console.log('\n' + table(report) + '\n');
  // first load of the web app (its own server on a demo database; adds its section to REPORT.md)
  if (!settings.only || settings.only.includes('firstLoad')) {
    log('measuring the first load of the web app (bench/first-load.mjs)');
    execFileSync(process.execPath, [new URL('first-load.mjs', import.meta.url).pathname], { cwd: ROOT, stdio: 'inherit' });
  }
  log(`done; bench/report.json and bench/REPORT.md written`);
}

main().catch((e) => {
  console.error(`bench failed: ${e.stack ?? e.message}`);
  process.exit(1);
});
