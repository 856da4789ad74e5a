// `npm run bench`: builds the server, makes (or reuses) the bench databases, runs every case on the
// platform and on the limit (bench/phases.mjs: check and count, then timed), the dashboard's scale
// series and the full-length texts, and writes bench/results.md. See docs/scaling.md, "Benchmark", and
// `npm run bench -- --help`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pairsOf } from './cases.mjs';
import { databaseUrl, ensureDatabase, platformPoolSize } from './database.mjs';
import { readOptions, USAGE } from './options.mjs';
import { runCases } from './phases.mjs';
import { report } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

async function machine(serverUrl, when) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  const { rows } = await client.query('show server_version');
  await client.end();
  const cpus = os.cpus();
  return {
    date: when.toISOString().replace('T', ' ').slice(0, 16) + ' UTC', cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: (os.totalmem() / 2 ** 30).toFixed(1), node: process.version, postgres: rows[0].server_version, loadBefore: loadAverage(),
  };
}

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!options) return console.log(USAGE);
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: join(here, '..'), stdio: ['ignore', 2, 2] });
  if (built.status !== 0) throw new Error('npm run build failed: the server does not compile');
  const about = await machine(options.databaseUrl, new Date());

  const pairs = pairsOf(options);
  const scales = pairs.some(([name, role]) => name === 'dashboard' && role === 'REGULATOR') ? options.scales : [];
  const data = await ensureDatabase(options.databaseUrl, options.trusts, options.today);
  const others = [];
  for (const trusts of scales) if (trusts !== options.trusts) others.push(await ensureDatabase(options.databaseUrl, trusts, options.today));
  const full = options.fullTexts ? await ensureDatabase(options.databaseUrl, options.fullTexts, options.today, true) : null;
  if (options.loadOnly) return;

  const main = await runCases(data, options, pairs);
  const series = [];
  for (const trusts of scales) {
    const db = others.find((other) => other.trusts === trusts) ?? data;
    const { results: [dashboard] } = db === data ? { results: main.results.filter((r) => r.name === 'dashboard' && r.role === 'REGULATOR') }
      : await runCases(db, options, [['dashboard', 'REGULATOR']]);
    series.push({ trusts, rows: db.rows, platform: dashboard.platform, limit: dashboard.limit });
  }
  const fullTexts = full ? { data: full, ...(await runCases(full, options, pairs)) } : null;

  const markdown = report({
    options, machine: { ...about, loadAfter: loadAverage() }, data, main, series: series.sort((a, b) => a.trusts - b.trusts),
    fullTexts, poolSize: platformPoolSize(),
  });
  writeFileSync(options.output ?? join(here, 'results.md'), markdown);
  console.log(markdown);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
