// `npm run bench`: builds the server, makes (or reuses) the bench databases, starts the platform and
// the limit as separate processes, checks that they return the same data, measures every case, and
// writes bench/results.md. See README.md, "Benchmark", and `npm run bench -- --help`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { compare } from './check.mjs';
import { databaseUrl, ensureDatabase, platformPoolSize } from './database.mjs';
import { measure } from './measure.mjs';
import { readOptions, USAGE } from './options.mjs';
import { report } from './report.mjs';
import { JWT_PRIVATE_KEY, startLimit, startPlatform } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const COMMISSIONER = 'X0001'; // local system LS0001: trusts R0001 to R0006
const ODS_CODE = 'R0001'; // in special measures, with a contract, a director, a plan and requests

const operation = (name) => readFileSync(join(here, 'operations', `${name}.graphql`), 'utf8');

function token(role, org) {
  return jwt.sign({ sub: `bench:${role.toLowerCase()}`, role, org }, JWT_PRIVATE_KEY, {
    algorithm: 'RS256', expiresIn: '12h', issuer: 'special-measures-oversight', audience: 'special-measures-oversight-api',
  });
}

/** The request of a case for a role: the same headers and body go to both servers. */
function request(name, role) {
  const file = name === 'small' ? 'small' : `${name}.${role.toLowerCase()}`;
  const variables = name === 'dashboard' ? {} : { odsCode: ODS_CODE };
  return {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token(role, role === 'REGULATOR' ? 'CQC' : COMMISSIONER)}` },
    body: JSON.stringify({ query: operation(file), variables }),
  };
}

/** Starts both servers on `db`, runs `work` with them, and always stops them. */
async function withServers(db, options, work) {
  const poolSize = platformPoolSize();
  const started = await Promise.allSettled([startPlatform(db.url, options.today), startLimit(db.url, options.today, poolSize)]);
  const servers = started.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  try {
    for (const failed of started.filter((s) => s.status === 'rejected')) throw failed.reason;
    return await work(...servers);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** Checks then measures `pairs` ([case, role]) on both servers; fails on a difference unless --no-check. */
async function run(db, options, pairs) {
  return withServers(db, options, async (platform, limit) => {
    const checked = [];
    for (const [name, role] of pairs) {
      const path = `/${name}`;
      const { problems, platformBytes, limitBytes } = await compare(`${name} ${role} (${db.name})`, `${platform.url}/graphql`, `${limit.url}${path}`, request(name, role));
      if (problems.length && options.check) throw new Error(`the platform and the limit differ on ${name} as ${role} (--no-check measures anyway)`);
      checked.push({ name, role, path, platformBytes, limitBytes });
    }
    const results = [];
    for (const { name, role, path, platformBytes, limitBytes } of checked) {
      process.stderr.write(`measuring ${name} as ${role} on ${db.name}: platform`);
      const onPlatform = { ...(await measure(platform, '/graphql', request(name, role), options)), bytes: platformBytes };
      process.stderr.write(`, limit`);
      const onLimit = { ...(await measure(limit, path, request(name, role), options)), bytes: limitBytes };
      process.stderr.write(`: ${onPlatform.rps.toFixed(1)} against ${onLimit.rps.toFixed(1)} req/s\n`);
      results.push({ name, role, platform: onPlatform, limit: onLimit });
    }
    return results;
  });
}

async function machine(serverUrl, when) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  const { rows } = await client.query('show server_version');
  await client.end();
  const cpus = os.cpus();
  return {
    date: when.toISOString().replace('T', ' ').slice(0, 16) + ' UTC', cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: (os.totalmem() / 2 ** 30).toFixed(1), node: process.version, postgres: rows[0].server_version,
    loadBefore: os.loadavg().map((n) => n.toFixed(2)).join(' '),
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

  const data = await ensureDatabase(options.databaseUrl, options.trusts, options.today);
  const scales = options.cases.includes('dashboard') && options.roles.includes('REGULATOR') ? options.scales : [];
  const others = [];
  for (const trusts of scales) if (trusts !== options.trusts) others.push(await ensureDatabase(options.databaseUrl, trusts, options.today));
  if (options.loadOnly) return;

  const pairs = options.cases.flatMap((name) => options.roles.map((role) => [name, role]));
  const results = await run(data, options, pairs);
  const series = [];
  for (const trusts of scales) {
    const db = trusts === options.trusts ? data : others.find((other) => other.rows.trust === trusts);
    const [dashboard] = db === data ? results.filter((r) => r.name === 'dashboard' && r.role === 'REGULATOR') : await run(db, options, [['dashboard', 'REGULATOR']]);
    series.push({ trusts, rows: db.rows, platform: dashboard.platform, limit: dashboard.limit });
  }

  const cases = new Map(options.cases.map((name) => [name, results.filter((r) => r.name === name)]));
  const markdown = report({
    options, machine: { ...about, loadAfter: os.loadavg().map((n) => n.toFixed(2)).join(' ') }, data, cases,
    series: series.sort((a, b) => a.trusts - b.trusts), commissioner: COMMISSIONER, systemTrusts: 6, odsCode: ODS_CODE, poolSize: platformPoolSize(),
  });
  writeFileSync(options.output ?? join(here, 'results.md'), markdown);
  console.log(markdown);
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
