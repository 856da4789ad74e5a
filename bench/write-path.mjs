// `node bench/write-path.mjs [options]`: the write path measured. setFinancialForecast on a trust of
// the caller's own (TRUST tokens, RS256, the built platform in production mode behind the bench's
// counting proxy), beside bare SQL through `pg` doing the same work: lock the row and read it, update
// it, insert its audit event (its content hash computed as the platform does; the database chains it
// by the same trigger), commit. Cases: 1, 2 and 8 clients each on a trust of its own, and 8 clients
// on one trust. Each client sends its next change as soon as the last one is answered.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
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
  --duration S        seconds measured per case and side (default 8)
  --warmup S          seconds of warm-up before each (default 2)
  --database-url URL  PostgreSQL server for bench_<trusts> (default BENCH_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres)
  --output FILE       also write the results there (markdown)`;

const CASES = [
  { name: '1 client', clients: 1, oneTrust: false },
  { name: '2 clients, own trusts', clients: 2, oneTrust: false },
  { name: '8 clients, own trusts', clients: 8, oneTrust: false },
  { name: '8 clients, one trust', clients: 8, oneTrust: true },
];

const MUTATION = 'mutation SetForecast($trustId: ID!, $forecast: Money!) { setFinancialForecast(trustId: $trustId, forecast: $forecast) { id financialForecast } }';

function options() {
  const { values } = parseArgs({
    options: {
      trusts: { type: 'string', default: '250' },
      duration: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '2' },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  return { trusts: Number(values.trusts), duration: Number(values.duration), warmup: Number(values.warmup), databaseUrl: values['database-url'], output: values.output };
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

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

function summary({ latencies, failures, seconds }, statements) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { changes: latencies.length, rate: latencies.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), failures, statements: statements / latencies.length };
}

/** The platform's side: POST /graphql with keep-alive connections, one per client. */
function platformClient(platform, trusts) {
  const url = new URL(`${platform.url}/graphql`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const headers = trusts.map((trust) => ({ 'content-type': 'application/json', authorization: `Bearer ${token(trust.ods_code)}` }));
  return (client) => new Promise((resolve) => {
    const trust = trusts[client];
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

  const platform = await startPlatform(db.url, TODAY);
  const rows = [];
  try {
    for (const { name, clients, oneTrust } of CASES) {
      const trusts = Array.from({ length: clients }, (_, i) => all[oneTrust ? 0 : i]);
      const loadBefore = load();
      process.stderr.write(`${name}: platform`);
      const send = platformClient(platform, trusts);
      await closedLoop(clients, opts.warmup, send);
      const before = platform.statements();
      const onPlatform = summary(await closedLoop(clients, opts.duration, send), platform.statements() - before);
      process.stderr.write(' bare SQL');
      const bare = await bareClients(db.url, trusts);
      await closedLoop(clients, opts.warmup, bare.change);
      const bareBefore = bare.statements();
      const onBare = summary(await closedLoop(clients, opts.duration, bare.change), bare.statements() - bareBefore);
      await bare.close();
      process.stderr.write(`: ${onPlatform.rate.toFixed(0)} against ${onBare.rate.toFixed(0)} changes/s\n`);
      rows.push({ name, clients, platform: onPlatform, bare: onBare, load: `${loadBefore} → ${load()}` });
    }
  } finally {
    await platform.stop();
  }
  const markdown = report(rows, opts, db);
  if (opts.output) writeFileSync(opts.output, markdown);
  console.log(markdown);
}

function report(rows, opts, db) {
  const ms = (n) => `${n.toFixed(1)} ms`;
  const one = rows.find((r) => r.clients === 1);
  const eight = rows.find((r) => r.clients === 8 && !r.name.includes('one trust'));
  const lines = [
    `# Write path: setFinancialForecast (${db.rows.trust} trusts, ${opts.duration} s per case and side, ${os.cpus().length} CPUs, ${new Date().toISOString().slice(0, 16)} UTC)`,
    '',
    '| case | platform changes/s | p50 | p99 | statements/change | bare SQL changes/s | p50 | p99 | statements/change | ratio | failed | load averages (1, 5, 15 min) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ name, platform: p, bare: b, load: l }) => `| ${name} | ${p.rate.toFixed(0)} | ${ms(p.p50)} | ${ms(p.p99)} | ${p.statements.toFixed(2)} | ${b.rate.toFixed(0)} | ${ms(b.p50)} | ${ms(b.p99)} | ${b.statements.toFixed(0)} | ${((p.rate / b.rate) * 100).toFixed(1)}% | ${p.failures}/${b.failures} | ${l} |`),
    '',
    `Targets: one client at least 25% of bare SQL (${((one.platform.rate / one.bare.rate) * 100).toFixed(1)}%); 8 clients on their own trusts at least 3× one client (${(eight.platform.rate / one.platform.rate).toFixed(2)}×).`,
    'Statements per change count BEGIN and COMMIT, as the proxy sees them (the platform\'s include an access scope read every few seconds); bare SQL connects directly, without the proxy.',
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((error) => {
  console.error(`write-path bench: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
