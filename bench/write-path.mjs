// `node bench/write-path.mjs [options]`: the write path measured. setFinancialForecast on a trust of
// the caller's own (TRUST tokens, RS256, the built platform in production mode behind the bench's
// counting proxy), beside bare SQL through `pg` doing the same work: lock the row and read it, update
// it, insert its audit event (its content hash computed as the platform does; the database chains it
// by the same trigger), commit. Cases: 1, 2 and 8 clients each on a trust of its own, and 8 clients
// on one trust; then 8 on their own trusts spread over two platform processes (the audit log's chains
// are per trust: more processes can take more changes). Each client sends its next change as soon
// as the last one is answered. Each case runs in rounds, the platform and bare SQL in turn, so that
// the machine's other load falls on both; the medians are reported.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { ensureDatabase } from './database.mjs';
import { TODAY } from './options.mjs';
import { JWT_PRIVATE_KEY, startPlatform } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const USAGE = `usage: node bench/write-path.mjs [options]
  --trusts N          data set (default 250)
  --duration S        seconds measured per case, side and round (default 5)
  --warmup S          seconds of warm-up before each case (default 2)
  --rounds N          rounds per case, the platform and bare SQL in turn (default 3)
  --database-url URL  PostgreSQL server for bench_<trusts> (default BENCH_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres)
  --output FILE       also write the results there (markdown)`;

const CASES = [
  { name: '1 client', clients: 1, oneTrust: false, processes: 1 },
  { name: '2 clients, own trusts', clients: 2, oneTrust: false, processes: 1 },
  { name: '8 clients, own trusts', clients: 8, oneTrust: false, processes: 1 },
  { name: '8 clients, one trust', clients: 8, oneTrust: true, processes: 1 },
  { name: '8 clients, own trusts, 2 processes', clients: 8, oneTrust: false, processes: 2 },
];

const MUTATION = 'mutation SetForecast($trustId: ID!, $forecast: Money!) { setFinancialForecast(trustId: $trustId, forecast: $forecast) { id financialForecast } }';

function options() {
  const { values } = parseArgs({
    options: {
      trusts: { type: 'string', default: '250' },
      duration: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '3' },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const opts = { trusts: Number(values.trusts), duration: Number(values.duration), warmup: Number(values.warmup), rounds: Number(values.rounds) };
  for (const [name, value] of Object.entries(opts)) if (!(value >= (name === 'warmup' ? 0 : 1))) throw new Error(`--${name} must be a number of at least ${name === 'warmup' ? 0 : 1}`);
  return { ...opts, databaseUrl: values['database-url'], output: values.output };
}

const token = (odsCode) => jwt.sign({ sub: `bench:${odsCode.toLowerCase()}`, role: 'TRUST', org: odsCode }, JWT_PRIVATE_KEY, {
  algorithm: 'RS256', expiresIn: '12h', issuer: 'special-measures-oversight', audience: 'special-measures-oversight-api',
});

/** A forecast no client has sent before: every change changes the row, so each writes and audits. */
let sent = 0;
const nextForecast = () => `-${(sent += 1)}.${String(sent % 100).padStart(2, '0')}`;

/** Runs `clients` loops of `once(client)` for `seconds`: every latency (ms), and how many failed. */
async function closedLoop(clients, seconds, once) {
  const latencies = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async (_, client) => {
    while (performance.now() < until) {
      const started = performance.now();
      if (await once(client)) latencies.push(performance.now() - started);
      else failures += 1;
    }
  }));
  return { latencies, failures, seconds };
}

/** utime + stime of a process, in ms (Linux; clock ticks of 10 ms). */
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/**
 * The platform's statements per change, BEGIN and COMMIT included, as a counting proxy sees them: on a
 * platform process of its own, one client, before the timed cases, which reach PostgreSQL directly.
 */
async function countStatements(db, trust) {
  const counted = await startPlatform(db.url, TODAY, true);
  try {
    const send = platformClient([counted], [trust]);
    for (let i = 0; i < 10; i += 1) await send(0); // warm: the first changes also read the caller's access
    const before = counted.statements();
    const changes = 50;
    for (let i = 0; i < changes; i += 1) await send(0);
    return (counted.statements() - before) / changes;
  } finally {
    await counted.stop();
  }
}

function summary({ latencies, failures, seconds }, statements, cpu = NaN) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    changes: latencies.length, rate: latencies.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), failures,
    statements: statements / latencies.length, cpuPerChange: cpu / latencies.length, cpuUse: cpu / (seconds * 1000),
  };
}

/** The round with the median rate (its latencies with it), and every round's failures. */
function median(rounds) {
  const sorted = [...rounds].sort((a, b) => a.rate - b.rate);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], failures: rounds.reduce((sum, r) => sum + r.failures, 0), rates: rounds.map((r) => r.rate) };
}

/** The platform's side: POST /graphql with keep-alive connections, one per client, the clients spread over the processes in turn. */
function platformClient(platforms, trusts) {
  const urls = platforms.map((platform) => new URL(`${platform.url}/graphql`));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const headers = trusts.map((trust) => ({ 'content-type': 'application/json', authorization: `Bearer ${token(trust.ods_code)}` }));
  return (client) => new Promise((resolve) => {
    const trust = trusts[client];
    const url = urls[client % urls.length];
    const body = JSON.stringify({ query: MUTATION, variables: { trustId: trust.id, forecast: nextForecast() } });
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers[client], 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve(response.statusCode === 200 && !text.includes('"errors"')));
    });
    request.on('error', () => resolve(false));
    request.end(body);
  });
}

/** The bare side: one `pg` connection per client, each change a transaction of its own. */
async function bareClients(url, trusts) {
  const { contentHash } = require(join(here, '..', 'dist', 'src', 'modules', 'audit', 'audit-chain.js'));
  const connections = await Promise.all(trusts.map(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  }));
  let statements = 0;
  const change = async (client) => {
    const db = connections[client];
    const trust = trusts[client];
    const forecast = nextForecast();
    try {
      await db.query('begin');
      const { rows: [row] } = await db.query({ name: 'lock', text: 'select financial_forecast from trust where id = $1 for no key update', values: [trust.id] });
      await db.query({ name: 'update', text: 'update trust set financial_forecast = $2 where id = $1', values: [trust.id, forecast] });
      const event = {
        id: randomUUID(), at: new Date(), subject: `bench:${trust.ods_code.toLowerCase()}`, role: 'TRUST', organisation: trust.ods_code, action: 'setFinancialForecast',
        entity: 'Trust', entityId: trust.id, trustId: trust.id, partnerTrustId: null, changes: { financialForecast: { from: row.financial_forecast, to: forecast } },
      };
      await db.query({
        name: 'audit',
        text: `insert into audit_event (id, at, subject, role, organisation, action, entity, entity_id, trust_id, partner_trust_id, changes, content_hash)
          values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        values: [event.id, event.at, event.subject, event.role, event.organisation, event.action, event.entity, event.entityId, event.trustId, null,
          JSON.stringify(event.changes), contentHash(event)],
      });
      await db.query('commit');
      statements += 5;
      return true;
    } catch {
      await db.query('rollback').catch(() => {});
      return false;
    }
  };
  return { change, statements: () => statements, close: () => Promise.all(connections.map((c) => c.end())) };
}

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

async function main() {
  const opts = options();
  if (!opts) return console.log(USAGE);
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: join(here, '..'), stdio: ['ignore', 2, 2] });
  if (built.status !== 0) throw new Error('npm run build failed: the server does not compile');
  const db = await ensureDatabase(opts.databaseUrl, opts.trusts, TODAY);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows: all } = await client.query('select id::text, ods_code from trust order by ods_code limit 8');
  await client.end();

  const statementsPerChange = await countStatements(db, all[0]);
  const platforms = [await startPlatform(db.url, TODAY)];
  const rows = [];
  try {
    for (const { name, clients, oneTrust, processes } of CASES) {
      while (platforms.length < processes) platforms.push(await startPlatform(db.url, TODAY));
      const serving = platforms.slice(0, processes);
      const cpu = () => serving.reduce((sum, platform) => sum + cpuMs(platform.pid), 0);
      const trusts = Array.from({ length: clients }, (_, i) => all[oneTrust ? 0 : i]);
      const loadBefore = load();
      process.stderr.write(`${name}:`);
      const send = platformClient(serving, trusts);
      const bare = await bareClients(db.url, trusts);
      await closedLoop(clients, opts.warmup, send);
      await closedLoop(clients, opts.warmup, bare.change);
      const onPlatform = [];
      const onBare = [];
      for (let round = 0; round < opts.rounds; round += 1) {
        const cpuBefore = cpu();
        const timed = await closedLoop(clients, opts.duration, send);
        onPlatform.push(summary(timed, statementsPerChange * timed.latencies.length, cpu() - cpuBefore));
        const bareBefore = bare.statements();
        onBare.push(summary(await closedLoop(clients, opts.duration, bare.change), bare.statements() - bareBefore));
        process.stderr.write(` ${onPlatform[round].rate.toFixed(0)}/${onBare[round].rate.toFixed(0)}`);
      }
      await bare.close();
      process.stderr.write(' changes/s (platform/bare SQL)\n');
      rows.push({ name, clients, processes, platform: median(onPlatform), bare: median(onBare), load: `${loadBefore} → ${load()}` });
    }
  } finally {
    await Promise.all(platforms.map((platform) => platform.stop()));
  }
  const markdown = report(rows, opts, db);
  if (opts.output) writeFileSync(opts.output, markdown);
  console.log(markdown);
}

function report(rows, opts, db) {
  const ms = (n) => `${n.toFixed(1)} ms`;
  const one = rows.find((r) => r.clients === 1);
  const eight = rows.find((r) => r.clients === 8 && !r.name.includes('one trust') && r.processes === 1);
  const rates = (r) => r.rates.map((n) => n.toFixed(0)).join(', ');
  const lines = [
    `# Write path: setFinancialForecast (${db.rows.trust} trusts, ${opts.rounds} rounds of ${opts.duration} s per case and side, ${os.cpus().length} CPUs, ${new Date().toISOString().slice(0, 16)} UTC)`,
    '',
    '| case | platform changes/s | p50 | p99 | statements/change | platform CPU/change | platform CPU use | bare SQL changes/s | p50 | p99 | statements/change | platform / bare | failed | load averages (1, 5, 15 min) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ name, platform: p, bare: b, load: l }) => `| ${name} | ${p.rate.toFixed(0)} (${rates(p)}) | ${ms(p.p50)} | ${ms(p.p99)} | ${p.statements.toFixed(2)} | ${p.cpuPerChange.toFixed(2)} ms | ${(p.cpuUse * 100).toFixed(0)}% | ${b.rate.toFixed(0)} (${rates(b)}) | ${ms(b.p50)} | ${ms(b.p99)} | ${b.statements.toFixed(0)} | ${((p.rate / b.rate) * 100).toFixed(1)}% | ${p.failures}/${b.failures} | ${l} |`),
    '',
    `Targets: one client at least 25% of bare SQL (${((one.platform.rate / one.bare.rate) * 100).toFixed(1)}%); 8 clients on their own trusts at least 3× one client (${(eight.platform.rate / one.platform.rate).toFixed(2)}×).`,
    'Rates are the median round\'s (every round\'s in brackets), with its p50 and p99. The platform\'s statements per change count BEGIN and',
    'COMMIT, as a proxy sees them on a platform process of its own before the timed rounds (an access scope read every few seconds included);',
    'in the timed rounds both sides reach PostgreSQL directly, nothing between them.',
    'Platform CPU is its processes\' utime + stime over the round, per change and as a share of one core: one Node process cannot take more than',
    'one core, so where it nears 100% the platform is bound by its own CPU, not by a lock.',
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((error) => {
  console.error(`write-path bench: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
