// Live updates under load: 1,000 open subscriptions on one platform process (built, as deployed:
// NODE_ENV=production, RS256), each on a connection of its own, as REGULATOR, COMMISSIONER X5N,
// TRUST RN1 and PUBLIC in turn; then one change (a published inspection of RN1, which all four may
// read), made over HTTP, several times. Prints the time from sending the change to its last
// delivery, and the server's memory per open subscription (resident and V8 heap, from /metrics).
// The changes go to a database of its own (bench_subscriptions, the demo data, made afresh and
// dropped at the end), never to the bench's bench_<trusts>. Run it on an otherwise idle machine:
//   npm run build && node bench/subscriptions.mjs [--subscriptions 1000] [--rounds 5] [--database-url URL]
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { createClient } from 'graphql-ws';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import WebSocket from 'ws';
import { databaseUrl } from './database.mjs';
import { TODAY } from './options.mjs';
import { freePort } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const { values } = parseArgs({
  options: {
    subscriptions: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' },
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
  },
});
const SUBSCRIPTIONS = Number(values.subscriptions);
const ROUNDS = Number(values.rounds);
const DATABASE = 'bench_subscriptions';
const require = createRequire(import.meta.url);
const dist = (path) => require(join(root, 'dist', path));

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const JWT_PUBLIC_KEY = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const METRICS_TOKEN = randomBytes(16).toString('hex');
const tokenFor = (role, org) => jwt.sign({ sub: `bench:${role.toLowerCase()}`, role, org }, PRIVATE_KEY, {
  algorithm: 'RS256', expiresIn: '2h', issuer: 'special-measures-oversight', audience: 'special-measures-oversight-api',
});
const PRINCIPALS = [tokenFor('REGULATOR', 'CQC'), tokenFor('COMMISSIONER', 'X5N'), tokenFor('TRUST', 'RN1'), null];
const REGULATOR = PRINCIPALS[0];
const QUERY = 'subscription { regimeEvents { kind at subjectType subjectId trust { odsCode name } } }';

async function onServer(sql) {
  const client = new pg.Client({ connectionString: databaseUrl(values['database-url'], 'postgres') });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** bench_subscriptions afresh: migrated and loaded with the demo data, dated from the bench's TODAY. */
async function freshDatabase() {
  await onServer(`drop database if exists "${DATABASE}" with (force)`);
  const url = databaseUrl(values['database-url'], DATABASE);
  require('reflect-metadata');
  dist('src/clock.js').setToday(TODAY);
  const orm = await dist('src/db/database.js').openDatabase(url, 'owner'); // creates and migrates it
  try {
    await dist('src/db/seed/index.js').seedDemoData(orm.em.fork());
  } finally {
    await orm.close();
  }
  return url;
}

async function startServer(dbUrl) {
  const port = await freePort();
  const log = join(here, 'subscriptions.log');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', DATABASE_URL: dbUrl, PORT: String(port), JWT_PUBLIC_KEY, TODAY, METRICS_TOKEN };
  const child = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], { cwd: root, env, stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')] });
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline && child.exitCode === null;) {
    if (await fetch(`${base}/ready`).then((r) => r.ok, () => false)) return { base, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not become ready: see ${log}`);
}

async function graphql(base, query, variables, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The server's resident set and V8 heap in use, in bytes (prom-client's default metrics). */
async function memory(base) {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const metric = (name) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)[1]);
  return { rss: metric('process_resident_memory_bytes'), heap: metric('nodejs_heap_size_used_bytes') };
}

/** Memory once it has settled: the lowest of a few samples a little apart, so a collection in between counts. */
async function settledMemory(base) {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    samples.push(await memory(base));
  }
  return { rss: Math.min(...samples.map((s) => s.rss)), heap: Math.min(...samples.map((s) => s.heap)) };
}

function subscriber(base, token) {
  const received = new Map(); // subjectId → when it arrived
  const errors = [];
  const client = createClient({
    url: `${base.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {}, onNonLazyError: (error) => errors.push(error),
  });
  client.subscribe({ query: QUERY }, {
    next: (result) => (result.errors ? errors.push(result.errors) : received.set(result.data.regimeEvents.subjectId, performance.now())),
    error: (error) => errors.push(error), complete: () => {},
  });
  return { client, received, errors };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const { base, child } = await startServer(await freshDatabase());
  const clients = [];
  try {
    const trustId = (await graphql(base, '{ trust(odsCode: "RN1") { id } }', {}, REGULATOR)).trust.id;
    const publish = async (summary) => (await graphql(base, `mutation($t: ID!, $s: String) { recordInspection(input: { trustId: $t, inspectedOn: "${TODAY}", publishedOn: "${TODAY}",
      overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE, summary: $s }) { id } }`, { t: trustId, s: summary }, REGULATOR)).recordInspection.id;
    await publish('warm-up'); // the server's first change and first reads, before anything is measured
    const before = await settledMemory(base);

    for (let i = 0; i < SUBSCRIPTIONS; i += 100) {
      clients.push(...Array.from({ length: Math.min(100, SUBSCRIPTIONS - i) }, (_, j) => subscriber(base, PRINCIPALS[(i + j) % PRINCIPALS.length])));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // graphql-ws does not acknowledge a subscribe: publish until every subscription has received an event.
    for (let attempt = 0; ; attempt++) {
      const id = await publish(`listening? ${attempt}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (clients.every((c) => c.received.has(id))) break;
      const failed = clients.filter((c) => c.errors.length);
      if (failed.length) throw new Error(`${failed.length} subscriptions failed: ${JSON.stringify(failed[0].errors[0])}`);
      if (attempt === 30) throw new Error(`${clients.filter((c) => !c.received.has(id)).length} subscriptions never received an event`);
    }
    const open = await settledMemory(base);

    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const sent = performance.now();
      const id = await publish(`round ${round}`);
      const committed = performance.now();
      while (!clients.every((c) => c.received.has(id))) await new Promise((resolve) => setTimeout(resolve, 1));
      const times = clients.map((c) => c.received.get(id));
      rounds.push({ commit: committed - sent, first: Math.min(...times) - sent, last: Math.max(...times) - sent });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    console.log(`${SUBSCRIPTIONS} subscriptions (one per connection; REGULATOR, COMMISSIONER, TRUST and PUBLIC in turn) on one production process, ${ROUNDS} changes:`);
    console.log('round  change answered  first delivery  last delivery (from sending the change)');
    rounds.forEach((r, i) => console.log(`${String(i + 1).padStart(5)}  ${ms(r.commit).padStart(15)}  ${ms(r.first).padStart(14)}  ${ms(r.last).padStart(13)}`));
    console.log(`median: last delivery ${ms(median(rounds.map((r) => r.last)))} after sending, ${ms(median(rounds.map((r) => r.last - r.commit)))} after the change was answered`);
    console.log(`server memory: resident ${(before.rss / 2 ** 20).toFixed(0)} → ${(open.rss / 2 ** 20).toFixed(0)} MiB, heap ${(before.heap / 2 ** 20).toFixed(0)} → ${(open.heap / 2 ** 20).toFixed(0)} MiB`);
    console.log(`per subscription: ${kib((open.rss - before.rss) / SUBSCRIPTIONS)} resident, ${kib((open.heap - before.heap) / SUBSCRIPTIONS)} of heap`);
  } finally {
    await Promise.all(clients.map((c) => c.client.dispose()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await onServer(`drop database if exists "${DATABASE}" with (force)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
