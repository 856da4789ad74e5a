// bench/results.md: the machine, the options, a table per case (platform against the limit) and the
// dashboard's scale series.
const fixed = (value, places = 1) => (Number.isFinite(value) ? value.toFixed(places) : '—');
const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms` : '—');
const mb = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '—');
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} kB` : '—');
const percent = (a, b) => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');
const times = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '—');

const METRICS = [
  ['requests/s', (m) => fixed(m.rps)],
  ['p50 latency', (m) => ms(m.p50)],
  ['p99 latency', (m) => ms(m.p99)],
  ['requests measured', (m) => String(m.requests)],
  ['non-2xx responses / errors', (m) => `${m.non2xx} / ${m.errors}`],
  ['SQL statements per request', (m) => fixed(m.statements)],
  ['server CPU per request', (m) => ms(m.cpuPerRequest)],
  ['peak RSS (sampled every 100 ms)', (m) => mb(m.peakRss)],
  ['peak RSS (VmHWM)', (m) => mb(m.hwm)],
  ['response size', (m) => kb(m.bytes)],
];

function caseTable(name, runs) {
  const columns = runs.flatMap((run) => [[`${run.role} platform`, run.platform], [`${run.role} limit`, run.limit]]);
  const lines = [`### ${name}`, '', `| | ${columns.map(([title]) => title).join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`];
  for (const [label, format] of METRICS) lines.push(`| ${label} | ${columns.map(([, m]) => format(m)).join(' | ')} |`);
  const ratio = (label, f) => lines.push(`| ${label} | ${runs.flatMap((run) => [f(run), '']).join(' | ')} |`);
  ratio('platform / limit, requests/s', (run) => percent(run.platform.rps, run.limit.rps));
  ratio('platform / limit, p99', (run) => times(run.platform.p99, run.limit.p99));
  ratio('platform / limit, peak RSS', (run) => times(run.platform.peakRss, run.limit.peakRss));
  return lines.join('\n');
}

function scaleTable(series) {
  if (!series.length) return '';
  const base = series[0];
  const rows = (s) => Object.values(s.rows).reduce((a, b) => a + b, 0);
  const lines = [
    '## Scale: the dashboard as REGULATOR', '',
    `Growth is relative to ${base.trusts} trusts. The page holds at most 500 trusts (\`first: 500\`), so the response stops growing at 500.`, '',
    '| trusts | rows in the database | trusts returned | response | platform p50 | platform req/s | platform SQL/request | limit p50 | limit req/s | platform p50 growth | limit p50 growth | rows growth | response growth |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of series) {
    lines.push(`| ${s.trusts} | ${rows(s)} | ${Math.min(s.trusts, 500)} | ${kb(s.platform.bytes)} | ${ms(s.platform.p50)} | ${fixed(s.platform.rps)} | `
      + `${fixed(s.platform.statements)} | ${ms(s.limit.p50)} | ${fixed(s.limit.rps)} | ${times(s.platform.p50, base.platform.p50)} | `
      + `${times(s.limit.p50, base.limit.p50)} | ${times(rows(s), rows(base))} | ${times(s.platform.bytes, base.platform.bytes)} |`);
  }
  return lines.join('\n');
}

function summary(cases) {
  const lines = [
    '| case | role | platform req/s | limit req/s | platform / limit | p99 platform / limit | SQL per request (platform) | peak RSS platform / limit |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, runs] of cases) {
    for (const { role, platform, limit } of runs) {
      lines.push(`| ${name} | ${role} | ${fixed(platform.rps)} | ${fixed(limit.rps)} | ${percent(platform.rps, limit.rps)} | `
        + `${times(platform.p99, limit.p99)} | ${fixed(platform.statements)} | ${times(platform.peakRss, limit.peakRss)} |`);
    }
  }
  return lines.join('\n');
}

export function report({ options, machine, data, cases, series, commissioner, systemTrusts, odsCode, poolSize }) {
  const tables = [...cases].map(([name, runs]) => caseTable(name, runs));
  return `# Benchmark: the platform against the limit

Written by \`npm run bench\` (bench/run.mjs) on ${machine.date}.

- Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB; Node ${machine.node}; PostgreSQL ${machine.postgres}.
  Load average ${machine.loadBefore} before the run and ${machine.loadAfter} after it (other work on the machine makes the figures noisy).
- Options: \`--trusts ${options.trusts} --duration ${options.duration} --warmup ${options.warmup} --connections ${options.connections} `
    + `--scales ${options.scales.join(',') || 'none'} --cases ${options.cases.join(',')} --roles ${options.roles.join(',')}\`; pipelining 1; today fixed at ${options.today}.
- Data (${data.name}): ${Object.entries(data.rows).filter(([, n]) => n).map(([table, n]) => `${n} ${table}`).join(', ')}.
- Callers: REGULATOR \`CQC\`; COMMISSIONER \`${commissioner}\` (its local system holds ${systemTrusts} trusts). The trust and small cases read \`${odsCode}\`.
- Both servers use at most ${poolSize} PostgreSQL connections: the platform's MikroORM pool (src/db/config.ts) and the limit's pg Pool of the same size.
- The limit: bare node:http with pg, one hand-written SQL statement per request (json_build_object and json_agg, each child table aggregated once), the same token verified.
- Each case and server: warm-up, 10 sequential requests whose SQL statements are counted (PostgreSQL wire messages Q and E through a proxy),
  then the measured run with autocannon from the bench process. CPU is the server process's utime + stime over the run divided by its requests;
  peak RSS is the highest of samples every 100 ms during the run, and VmHWM the kernel's peak since the run began.

## Summary

${summary(cases)}

## Cases

${tables.join('\n\n')}

${scaleTable(series)}
`;
}
