// How the benchmark measures: autocannon under load (every response time recorded, so the
// percentiles are exact), one request at a time for the unloaded API time, and the raw SQL
// through `pg` on one connection.
import autocannon from 'autocannon';
import { request } from 'node:http';

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? null };
}

/** One HTTP request: status, headers, body and the time it took (ms). */
export function send(base, req) {
  return new Promise((resolve, reject) => {
    const url = new URL(req.path, base);
    const t = process.hrtime.bigint();
    const r = request(url, { method: req.method ?? 'GET', headers: req.headers ?? {}, agent: req.agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks),
          ms: Number(process.hrtime.bigint() - t) / 1e6,
        }),
      );
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

/** A load run of `seconds` at `connections`: requests/s and latency percentiles of every response. */
export function load(base, requests, { connections, seconds }) {
  return new Promise((resolve, reject) => {
    const times = [];
    let non2xx = 0;
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        requests: requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, headers: r.headers, body: r.body })),
      },
      (err, result) => {
        if (err) return reject(err);
        const s = summary(times);
        resolve({
          seconds,
          connections,
          requests: times.length,
          rps: times.length / seconds,
          p50: s.p50,
          p95: s.p95,
          p99: s.p99,
          max: s.max,
          non2xx,
          errors: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status < 200 || status > 299) non2xx++;
    });
  });
}

/** One request at a time: the API's own time for a request, without queueing behind others. */
export async function sequential(base, requests, { count, maxSeconds }) {
  const { Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times = [];
  const until = Date.now() + maxSeconds * 1000;
  try {
    for (let i = 0; i < count && Date.now() < until; i++) {
      const r = await send(base, { ...requests[i % requests.length], agent });
      if (r.status !== 200) throw new Error(`${requests[i % requests.length].path}: HTTP ${r.status}`);
      times.push(r.ms);
    }
  } finally {
    agent.destroy();
  }
  return summary(times);
}

/** The raw SQL, one query (or set) after another on one connection: its p50 over many runs. */
export async function timeSql(run, { count, maxSeconds }) {
  for (let i = 0; i < 5; i++) await run(i);
  const times = [];
  const until = Date.now() + maxSeconds * 1000;
  for (let i = 0; i < count && Date.now() < until; i++) {
    const t = process.hrtime.bigint();
    await run(i);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return summary(times);
}
