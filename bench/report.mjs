// bench/results.md: the machine and options, how the bench measures, per case and role the platform
// against the limit with its targets beside each figure, the dashboard's scale series, and
// the full-length texts.
import { CASES, CALLERS, FULL_TEXT_TARGETS, targetsOf } from './cases.mjs';
import { ALONE } from './measure.mjs';
import { referenceCheck } from './reference-check.mjs';

const fixed = (value, places = 1) => (Number.isFinite(value) ? value.toFixed(places) : '—');
const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms` : '—');
const mb = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '—');
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} kB` : '—');
const percent = (a, b) => (b ? `${((a / b) * 100).toFixed(0)}%` : '—');
const times = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '—');
const mark = (met) => (met ? '✓' : '**✗**');
/** The target for a figure and whether it is met: "≥ 80% ✓". */
const atLeast = (value, target) => (target == null ? '—' : `≥ ${(target * 100).toFixed(0)}% ${mark(value >= target)}`);
const atMost = (value, target, unit = '×') => (target == null ? '—' : `≤ ${target}${unit} ${mark(value <= target)}`);
const cpu = (m) => `${ms(m.cpuPerRequest)} + ${ms(m.postgresCpuPerRequest)}`;

function throughput(results) {
  const lines = [
    '| case | role | platform req/s | limit req/s | platform / limit | target | p50 platform / limit | ratio | p99 platform / limit | ratio | target | failed requests platform / limit |',
    '|---|---|---:|---:|---:|---|---:|---:|---:|---:|---|---:|',
  ];
  for (const { name, role, platform: p, limit: l } of results) {
    const target = targetsOf(name, role);
    lines.push(`| ${name} | ${role} | ${fixed(p.rps)} | ${fixed(l.rps)} | ${percent(p.rps, l.rps)} | ${atLeast(p.rps / l.rps, target.rps)} | `
      + `${ms(p.p50)} / ${ms(l.p50)} | ${times(p.p50, l.p50)} | ${ms(p.p99)} / ${ms(l.p99)} | ${times(p.p99, l.p99)} | ${atMost(p.p99 / l.p99, target.p99)} | `
      + `${p.non2xx + p.errors} / ${l.non2xx + l.errors} |`);
  }
  return lines.join('\n');
}

function costs(results) {
  const lines = [
    '| case | role | CPU per request, platform (node + PostgreSQL) | limit (node + PostgreSQL) | peak RSS platform / limit | ratio | target | SQL statements per request, platform / limit | target | response platform / limit |',
    '|---|---|---:|---:|---:|---:|---|---:|---|---:|',
  ];
  for (const { name, role, platform: p, limit: l } of results) {
    const target = targetsOf(name, role);
    lines.push(`| ${name} | ${role} | ${cpu(p)} | ${cpu(l)} | ${mb(p.peakRss)} / ${mb(l.peakRss)} | ${times(p.peakRss, l.peakRss)} | `
      + `${atMost(p.peakRss / l.peakRss, target.rssRatio)} | ${fixed(p.statements)} / ${fixed(l.statements)} | ${atMost(p.statements, target.statements, '')} | `
      + `${kb(p.bytes)} / ${kb(l.bytes)} |`);
  }
  return lines.join('\n');
}

function scaleTable(series) {
  if (!series.length) return '';
  const base = series[0];
  const rows = (s) => Object.values(s.rows).reduce((a, b) => a + b, 0);
  const { rps, p99 } = targetsOf('dashboard', 'REGULATOR');
  const lines = [
    '## Scale: the dashboard as REGULATOR', '',
    `Growth is relative to ${base.trusts} trusts. The page holds at most 500 trusts (\`first: 500\`), so the response stops growing at 500.`, '',
    '| trusts | rows in the database | response | platform req/s | limit req/s | platform / limit | target | p99 platform / limit | platform SQL/request | platform p50 growth | limit p50 growth | rows growth |',
    '|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const s of series) {
    lines.push(`| ${s.trusts} | ${rows(s)} | ${kb(s.platform.bytes)} | ${fixed(s.platform.rps)} | ${fixed(s.limit.rps)} | ${percent(s.platform.rps, s.limit.rps)} | `
      + `${atLeast(s.platform.rps / s.limit.rps, rps)} | ${times(s.platform.p99, s.limit.p99)} ${atMost(s.platform.p99 / s.limit.p99, p99)} | ${fixed(s.platform.statements)} | `
      + `${times(s.platform.p50, base.platform.p50)} | ${times(s.limit.p50, base.limit.p50)} | ${times(rows(s), rows(base))} |`);
  }
  return lines.join('\n');
}

function fullTextsTable(full, options) {
  if (!full) return '';
  const { maxLatencyMs, rssGrowthMb } = FULL_TEXT_TARGETS;
  const slowest = (m) => (m.requests ? ms(m.maxLatency) : 'none finished');
  const lines = [
    `## Full-length texts: ${full.data.trusts} trusts (${full.data.name})`, '',
    `Every text the data set holds at the longest the API accepts (an information request's answer and a review's findings 20,000 characters,`,
    `summaries and narratives 5,000, questions and reasons 2,000). The target: no request takes more than ${maxLatencyMs / 1000} s or grows the`,
    `process by more than ${rssGrowthMb} MB. "Alone": ${ALONE} requests one at a time, before the case's warm-up; the slowest,`,
    `and the most the RSS sampled every 20 ms rose above where it stood before the request. "${options.connections} at once": the warm-up and`,
    'the measured run; the slowest response that finished, and the highest RSS sampled less the RSS before the warm-up.', '',
    `| case | role | alone: slowest platform / limit | target | alone: RSS growth platform / limit | target | ${options.connections} at once: slowest platform / limit | RSS growth platform / limit | platform req/s | limit req/s | response platform / limit |`,
    '|---|---|---:|---|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const { name, role, platform: p, limit: l } of full.results) {
    lines.push(`| ${name} | ${role} | ${ms(p.slowestAlone)} / ${ms(l.slowestAlone)} | ${atMost(p.slowestAlone, maxLatencyMs, ' ms')} | `
      + `${mb(p.rssGrowthAlone)} / ${mb(l.rssGrowthAlone)} | ${atMost(p.rssGrowthAlone, rssGrowthMb, ' MB')} | ${slowest(p)} / ${slowest(l)} | `
      + `${mb(p.rssGrowth)} / ${mb(l.rssGrowth)} | ${fixed(p.rps)} | ${fixed(l.rps)} | ${kb(p.bytes)} / ${kb(l.bytes)} |`);
  }
  return lines.join('\n');
}

const chainLine = (run) => (run.chain ? `- The mutation's audit chain on ${run.name}, checked afterwards by the platform's own verifier (\`npm run audit:verify\`): ${run.chain.verdict}.` : '');

export function report({ options, machine, data, main, series, fullTexts, poolSize }) {
  const described = Object.entries(CASES).filter(([name]) => options.cases.includes(name)).map(([name, c]) => `\`${name}\` (${c.about})`);
  return `# Benchmark: the platform against the limit

Written by \`npm run bench\` (bench/run.mjs) on ${machine.date}.

- Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB; Node ${machine.node}; PostgreSQL ${machine.postgres}.
  Load average ${machine.loadBefore} before the run and ${machine.loadAfter} after it (other work on the machine makes the figures noisy).
- Options: \`--trusts ${options.trusts} --duration ${options.duration} --warmup ${options.warmup} --connections ${options.connections} `
    + `--scales ${options.scales.join(',') || 'none'} --full-texts ${options.fullTexts ?? 'none'} --cases ${options.cases.join(',')} --roles ${options.roles.join(',')}\`; `
    + `pipelining 1; today fixed at ${options.today}.
- Data (${data.name}): ${Object.entries(data.rows).filter(([, n]) => n).map(([table, n]) => `${n} ${table}`).join(', ')}.
- Cases: ${described.join('; ')}.
- Callers: ${Object.entries(CALLERS).map(([role, org]) => `${role} \`${org}\``).join(', ')} (the commissioner's local system holds 6 trusts; TDA oversees the NHS trusts).
- Both servers run as deployed (the platform with NODE_ENV=production, tokens RS256) and use at most ${poolSize} PostgreSQL connections:
  the platform's MikroORM pool (src/db/config.ts) and the limit's pg Pool of the same size.

## How it measures

- **The limit** (bench/limit/): bare node:http with pg. Each read is one hand-written SQL statement that builds the whole response
  text in PostgreSQL, sent as a named prepared statement and written to the client untouched; access is written out by hand. A page of
  many rows reads each child table once for the page and groups it; a handful of rows (a commissioner's six trusts, one trust) reads
  through correlated subqueries, whichever is faster for the case. The mutation is bare SQL in one transaction: the access check and the
  row locked and read in one statement, then the update, the audit event (with its content hash, as the platform writes it; the
  database chains it onto its trust's chain for both) and the answer in one statement.
- **How the limit was checked** against a reference statement: see the last section.
- **Two phases, each with both servers freshly started.** Check and count: each server reaches PostgreSQL through a proxy that counts
  the statements it sends (wire messages Q and E); both must return the same data (a mutation: the same answer and the same audit event
  for the same change), then 2 requests warm up and 10 in a row are counted. Timed: each server connected directly to PostgreSQL, nothing
  between them; a warm-up, then the measured run with autocannon from the bench process.
- CPU per request is the server process's utime + stime over the measured run, and that of the PostgreSQL backends serving it (found by
  the application name each server's connections carry), divided by its requests. Peak RSS is the highest of samples every 100 ms during
  the measured run. A mutation's calls each set a forecast never set before, on one of ${options.connections} trusts in turn; the bench puts the
  forecasts back and removes its audit events afterwards.
${chainLine({ ...main, name: data.name })}

## Throughput and latency

${throughput(main.results)}

## Cost per request

${costs(main.results)}

${scaleTable(series)}

${fullTextsTable(fullTexts, options)}

${fullTexts ? chainLine({ ...fullTexts, name: fullTexts.data.name }) : ''}

${referenceCheck()}
`;
}
