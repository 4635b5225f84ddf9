// bench/report.json and bench/REPORT.md: the figures, the targets, the machine they came from.
import { writeFileSync, existsSync, readFileSync } from 'node:fs';

const ms = (v) => (v === null || v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const int = (v) => (v === null || v === undefined ? '—' : Math.round(v).toLocaleString('en-GB'));

function verdict(op) {
  const t = op.target ?? {};
  const parts = [];
  const le = (v, max) => v !== null && v !== undefined && v <= max;
  if (t.rps) parts.push(op.load.rps >= t.rps ? `≥ ${t.rps} req/s ✓` : `≥ ${t.rps} req/s ✗`);
  if (t.p99) parts.push(le(op.load.p99, t.p99) ? `p99 ≤ ${t.p99} ✓` : `p99 ≤ ${t.p99} ✗`);
  if (t.p95) parts.push(le(op.load.p95, t.p95) ? `p95 ≤ ${t.p95} ✓` : `p95 ≤ ${t.p95} ✗`);
  // the API alone (one request at a time), not under load
  if (t.p50) parts.push(le(op.alone?.p50, t.p50) ? `alone p50 ≤ ${t.p50} ✓` : `alone p50 ≤ ${t.p50} ✗`);
  if (t.constantQueries && op.scaling) parts.push(op.scaling.short === op.scaling.long ? 'constant queries ✓' : 'constant queries ✗');
  if (op.ratio !== null) parts.push(op.ratio <= 2 ? 'API ≤ 2× SQL ✓' : 'API ≤ 2× SQL ✗');
  return parts.join(', ');
}

export function table(report) {
  const lines = [
    '| operation | req/s | p50 ms | p95 ms | p99 ms | spread of req/s | SQL/request (list short → long) | API alone p50 ms | raw SQL p50 ms | API / SQL | targets |',
    '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|',
  ];
  for (const op of report.operations) {
    const q = op.scaling ? `${op.queries} (${op.scaling.label}: ${op.scaling.short} → ${op.scaling.long})` : String(op.queries);
    lines.push(
      `| ${op.name} | ${int(op.load.rps)} | ${ms(op.load.p50)} | ${ms(op.load.p95)} | ${ms(op.load.p99)} | ${op.load.spread} | ${q} | ${ms(op.alone.p50)} | ${ms(op.raw.p50)} | ${op.ratio === null ? '—' : op.ratio.toFixed(2) + '×'} | ${verdict(op)} |`,
    );
  }
  const i = report.issuance;
  if (i) {
    lines.push('');
    lines.push('| bulk issuance | value |');
    lines.push('|---|---:|');
    lines.push(
      `| credentials issued (signed Ed25519, stored, learner notified) | ${int(i.issued)} of ${int(i.total)} (${i.failed} failed) |`,
    );
    lines.push(
      `| time to issue all, from the first issueCohortCredentials to the last credential | ${i.issueSeconds.toFixed(2)} s (${int(i.issuedPerSecond)}/s) — target ≤ 10 s ${i.issueSeconds <= 10 ? '✓' : '✗'} |`,
    );
    lines.push(
      `| PDF certificates fetched (GET /credentials/:id.pdf, ${i.pdfConcurrency} at a time) | ${int(i.pdfs)} in ${i.pdfSeconds.toFixed(2)} s (${int(i.pdfsPerSecond)}/s, p50 ${ms(i.pdfLatency.p50)} ms, ${int(i.pdfBytes / 1024)} KB each) |`,
    );
    lines.push(
      `| signed + PDF, end to end | ${int(i.total)} in ${(i.issueSeconds + i.pdfSeconds).toFixed(2)} s (${int(i.combinedPerSecond)}/s) |`,
    );
  }
  return lines.join('\n');
}

function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; ${m.postgres}; load average ${m.loadBefore} before, ${m.loadAfter} after`;
}

export function writeReport(dir, report) {
  writeFileSync(`${dir}/report.json`, JSON.stringify(report, null, 2) + '\n');
  const md = [
    '# Beacon benchmark report',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${report.machine.date}. Machine: ${machineLine(report.machine)}.`,
    `Commit ${report.commit}. API: \`node api/dist/main.js\`, NODE_ENV=production, role ${report.settings.role}, one process; PostgreSQL and Redis shared with other work on the machine; the load generator (autocannon) on the same two cores.`,
    '',
    `Data: ${Object.entries(report.data.counts)
      .map(([k, v]) => `${int(v)} ${k}`)
      .join(', ')} (seeded in ${report.data.seconds.toFixed(1)} s).`,
    '',
    `Load: ${report.settings.connections} connections, ${report.settings.repeats} runs of ${report.settings.seconds} s per operation (${report.settings.shortSeconds} s for the verification endpoints) after ${report.settings.warmupSeconds} s of warm-up; the figures are the median run, "spread" the range of req/s across runs. "API alone" is one request at a time (no queueing); "raw SQL" is the equivalent SQL through \`pg\` on one connection, returning the same rows, as a prepared statement (no planning, as the API's hot queries); SQL/request comes from the \`x-sql-queries\` header (BEACON_COUNT_QUERIES=1), counted on the second request of each list (programme versions, immutable, are remembered after the first).`,
    '',
    table(report),
    '',
    'How it is measured, what was fixed and why, and what is still short of its target: [bench/README.md](README.md).',
    '',
  ];
  // earlier rounds of the performance work, newest first (bench/README.md tells what each changed)
  const rounds = [
    [
      'round1.json',
      "After the first round of fixes (the second round's starting point)",
      'The code at the end of the first round, measured at the start of the second on a quieter machine',
    ],
    [
      'baseline.json',
      'Before the fixes',
      'The same benchmark on the API as it was before the performance work (its build kept aside and run with BENCH_API_DIST), on the same machine',
    ],
  ];
  for (const [file, title, what] of rounds) {
    if (!existsSync(`${dir}/${file}`)) continue;
    const before = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
    md.push(
      `## ${title} (${before.machine.date}, commit ${before.commit}; bench/${file})`,
      '',
      `${what} ${before.machine.loadBefore === undefined ? '' : `(load average ${before.machine.loadBefore} before, ${before.machine.loadAfter} after)`}.`,
      '',
      table(before),
      '',
    );
  }
  if (report.notes?.length) md.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '');
  writeFileSync(`${dir}/REPORT.md`, md.join('\n'));
  return md.join('\n');
}
