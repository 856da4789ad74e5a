// Scale-out: the regulator's dashboard (operations/dashboard.regulator.graphql, or --operation small)
// on bench_250, served by one process, then by two on the same database with autocannon spreading its connections over
// both (round-robin by connection, as a load balancer would). Rounds alternate the order, so drift
// in the machine's other load falls on both. Prints requests/s, latency and each process's CPU.
//   node bench/scale-out.mjs [--operation dashboard|small] [--duration 10] [--warmup 3] [--connections 8] [--rounds 3] [--database-url URL]
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import jwt from 'jsonwebtoken';
import { ensureDatabase } from './database.mjs';
import { freePort } from './servers.mjs';
import { TODAY } from './options.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values } = parseArgs({
  options: {
    operation: { type: 'string', default: 'dashboard' }, duration: { type: 'string', default: '10' }, warmup: { type: 'string', default: '3' }, connections: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' }, 'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
  },
});
const [duration, warmup, connections, rounds] = ['duration', 'warmup', 'connections', 'rounds'].map((name) => Number(values[name]));
const CLOCK_TICKS = 100; // USER_HZ on Linux

// As deployed, like the bench's platform: NODE_ENV=production, RS256 tokens checked against a key made for this run.
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const JWT_PUBLIC_KEY = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const token = jwt.sign({ sub: 'bench:regulator', role: 'REGULATOR', org: 'CQC' }, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), {
  algorithm: 'RS256', expiresIn: '12h', issuer: 'special-measures-oversight', audience: 'special-measures-oversight-api',
});
const OPERATIONS = { dashboard: ['dashboard.regulator', {}], small: ['small', { odsCode: 'R0001' }] };
if (!OPERATIONS[values.operation]) throw new Error(`--operation must be one of ${Object.keys(OPERATIONS).join(', ')}`);
const [file, variables] = OPERATIONS[values.operation];
const request = {
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query: readFileSync(join(here, 'operations', `${file}.graphql`), 'utf8'), variables }),
};


/** utime + stime of a process, in ms. */
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** The built server as production runs it, logging to bench/scale-out-<n>.log; resolves once /ready answers 200. */
async function startServer(n, dbUrl) {
  const port = await freePort();
  const log = join(here, `scale-out-${n}.log`);
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', DATABASE_URL: dbUrl, PORT: String(port), JWT_PUBLIC_KEY, TODAY };
  const child = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], { cwd: root, env, stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')] });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline && child.exitCode === null;) {
    if (await fetch(url.replace('/graphql', '/ready')).then((r) => r.ok, () => false)) return { url, pid: child.pid, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server ${n} did not become ready: see ${log}`);
}

const load = (urls, seconds) => autocannon({ url: urls, method: 'POST', ...request, connections, pipelining: 1, duration: seconds, timeout: 60 });

async function measure(servers) {
  const urls = servers.map((server) => server.url);
  if (warmup > 0) await load(urls, warmup);
  const before = servers.map((server) => cpuMs(server.pid));
  const result = await load(urls, duration);
  const cpu = servers.map((server, i) => cpuMs(server.pid) - before[i]);
  return {
    rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts, cpuPerRequest: cpu.reduce((a, b) => a + b, 0) / result.requests.total,
    cpuShare: cpu.map((ms) => ms / (result.duration * 1000)),
  };
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const fixed = (n, digits = 1) => n.toFixed(digits);

async function main() {
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) throw new Error('npm run build failed');
  const db = await ensureDatabase(values['database-url'], 250, TODAY);
  const loadBefore = os.loadavg().map((n) => n.toFixed(2)).join(' ');
  const servers = [];
  try {
    for (const n of [1, 2]) servers.push(await startServer(n, db.url));
    const runs = { one: [], two: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['one', 'two'] : ['two', 'one'];
      for (const setup of order) {
        const result = await measure(setup === 'one' ? servers.slice(0, 1) : servers);
        runs[setup].push(result);
        process.stderr.write(`round ${round + 1} ${setup}: ${fixed(result.rps)} req/s, p99 ${result.p99} ms, CPU ${result.cpuShare.map((s) => `${fixed(s * 100, 0)}%`).join(' + ')}\n`);
      }
    }
    const busy = (list) => list[0].cpuShare.map((_, i) => `${fixed(median(list.map((r) => r.cpuShare[i])) * 100, 0)}%`).join(' + ');
    const row = (name, list) => `| ${name} | ${list.map((r) => fixed(r.rps)).join(', ')} | ${fixed(median(list.map((r) => r.rps)))} | ${median(list.map((r) => r.p50))} ms | ${median(list.map((r) => r.p99))} ms | ${fixed(median(list.map((r) => r.cpuPerRequest)), 2)} ms | ${busy(list)} | ${list.reduce((n, r) => n + r.failed, 0)} |`;
    const gain = median(runs.two.map((r) => r.rps)) / median(runs.one.map((r) => r.rps));
    console.log([
      `Scale-out on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ${db.name}, ${file} as REGULATOR, today ${TODAY}.`,
      `${connections} connections, ${warmup} s warm-up and ${duration} s measured per run, ${rounds} rounds; load average ${loadBefore} before, ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} after.`,
      '',
      '| servers | req/s per round | median req/s | p50 | p99 | server CPU per request | server busy (of one core) | failed |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      row('one process', runs.one),
      row('two processes, round-robin', runs.two),
      '',
      `Two processes give ${fixed(gain, 2)}× the requests/s of one.`,
    ].join('\n'));
  } finally {
    for (const server of servers) server.child.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(`scale-out: ${error.message}`);
  process.exitCode = 1;
});
