// The two phases of a run on one database, each with both servers freshly started:
// 1. check and count: each server reaches PostgreSQL through a counting proxy (pg-proxy.mjs); the
//    platform and the limit must return the same data, then a few requests in a row count statements.
// 2. timed: each server connected directly to PostgreSQL, nothing between them; measure.mjs.
import pg from 'pg';
import { CASES, requestOf } from './cases.mjs';
import { compare, compareChange, send } from './check.mjs';
import { platformPoolSize } from './database.mjs';
import { forecastCase } from './forecast-case.mjs';
import { measure } from './measure.mjs';
import { startLimit, startPlatform } from './servers.mjs';

const COUNTED_REQUESTS = 10;

/** Starts both servers on `db` (through counting proxies when `counted`), runs `work` with them, and always stops them. */
async function withServers(db, options, counted, work) {
  const poolSize = platformPoolSize();
  const started = await Promise.allSettled([startPlatform(db.url, options.today, counted), startLimit(db.url, options.today, poolSize, counted)]);
  const servers = started.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  try {
    for (const failed of started.filter((s) => s.status === 'rejected')) throw failed.reason;
    return await work(...servers);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** Statements per request on `server`: two requests to warm up, then COUNTED_REQUESTS in a row. */
async function statementsPerRequest(server, path, request) {
  const body = () => (request.next ? request.next() : request.body);
  for (let i = 0; i < 2; i += 1) await send(`${server.url}${path}`, { ...request, body: body() });
  const before = server.statements();
  for (let i = 0; i < COUNTED_REQUESTS; i += 1) await send(`${server.url}${path}`, { ...request, body: body() });
  return (server.statements() - before) / COUNTED_REQUESTS;
}

async function checkAndCount(db, options, cases, platform, limit) {
  for (const c of cases) {
    const label = `${c.name} ${c.role} (${db.name})`;
    const checked = c.change
      ? await compareChange(label, `${platform.url}/graphql`, `${limit.url}${c.path}`, c.change)
      : await compare(label, `${platform.url}/graphql`, `${limit.url}${c.path}`, c.request);
    if (checked.problems.length && options.check) throw new Error(`the platform and the limit differ on ${label} (--no-check measures anyway)`);
    Object.assign(c, { problems: checked.problems, platformBytes: checked.platformBytes, limitBytes: checked.limitBytes });
    c.statements = { platform: await statementsPerRequest(platform, '/graphql', c.request), limit: await statementsPerRequest(limit, c.path, c.request) };
  }
}

async function timeAll(db, options, cases, platform, limit) {
  const monitor = new pg.Client({ connectionString: db.url, application_name: 'bench-monitor' });
  await monitor.connect();
  try {
    for (const c of cases) {
      process.stderr.write(`measuring ${c.name} as ${c.role} on ${db.name}: platform`);
      c.platform = { ...(await measure(platform, '/graphql', c.request, options, monitor)), bytes: c.platformBytes, statements: c.statements.platform };
      process.stderr.write(', limit');
      c.limit = { ...(await measure(limit, c.path, c.request, options, monitor)), bytes: c.limitBytes, statements: c.statements.limit };
      process.stderr.write(`: ${c.platform.rps.toFixed(1)} against ${c.limit.rps.toFixed(1)} req/s\n`);
    }
  } finally {
    await monitor.end();
  }
}

/**
 * Runs `pairs` ([case, role]) on `db`: both phases. Resolves with one result per pair (name, role,
 * platform, limit, problems) and, when a mutation ran, what the platform's verifier said of the audit chain.
 */
export async function runCases(db, options, pairs) {
  const change = pairs.some(([name]) => CASES[name].mutation) ? await forecastCase(db, options.connections) : null;
  const cases = pairs.map(([name, role]) => ({
    name, role, path: `/${name}`, change: CASES[name].mutation ? change : null, request: CASES[name].mutation ? change.request : requestOf(name, role),
  }));
  let chain = null;
  try {
    await withServers(db, options, true, (platform, limit) => checkAndCount(db, options, cases, platform, limit));
    await withServers(db, options, false, (platform, limit) => timeAll(db, options, cases, platform, limit));
  } finally {
    if (change) chain = await change.finish();
  }
  if (chain && !chain.intact) throw new Error(`the audit chain of ${db.name} is broken after the mutation case: ${chain.verdict}`);
  return { results: cases.map(({ name, role, platform, limit, problems }) => ({ name, role, platform, limit, problems })), chain };
}
