// The limit: bare node:http plus pg, answering each bench case with ONE hand-written SQL statement
// that builds the whole response text in PostgreSQL, sent as a named prepared statement and written
// out untouched (the mutation: one transaction, bench/limit/forecast.mjs). POST /<case> with the same
// body and token the platform gets. Env: DATABASE_URL, PORT, JWT_PUBLIC_KEY, TODAY, POOL_SIZE.
import { createPublicKey } from 'node:crypto';
import { createServer } from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { contractsSql } from './contracts.mjs';
import { dashboardSql } from './dashboard.mjs';
import { setFinancialForecast } from './forecast.mjs';
import { requestsSql } from './requests.mjs';
import { outcomesSql, trustsOnSql } from './time.mjs';
import { smallSql, trustSql } from './trust.mjs';

const { DATABASE_URL, PORT, JWT_PUBLIC_KEY, TODAY, POOL_SIZE = '10' } = process.env;
const KEY = createPublicKey(JWT_PUBLIC_KEY); // once, as the platform does
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE) });
const VERIFY = { algorithms: ['RS256'], issuer: 'special-measures-oversight', audience: 'special-measures-oversight-api' };

// Per case and role: the statement, and its parameters from the caller and the variables.
const READS = {};
for (const role of ['REGULATOR', 'COMMISSIONER']) {
  const commissioner = role === 'COMMISSIONER';
  const scoped = (values) => (commissioner ? values : values.slice(0, -1)); // the regulator's SQL has no org parameter
  READS[`dashboard:${role}`] = { text: dashboardSql(commissioner), values: (org) => scoped([TODAY, org]) };
  READS[`trust:${role}`] = { text: trustSql(commissioner), values: (org, vars) => scoped([TODAY, vars.odsCode, org]) };
  READS[`small:${role}`] = { text: smallSql(commissioner), values: (org, vars) => [role, org, vars.odsCode] };
  READS[`buddyContracts:${role}`] = { text: contractsSql(commissioner), values: (org) => scoped([TODAY, org]) };
  READS[`informationRequests:${role}`] = { text: requestsSql(commissioner), values: (org) => scoped([TODAY, org]) };
  READS[`trustsOn:${role}`] = { text: trustsOnSql(commissioner), values: (org, vars) => scoped([vars.date, org]) };
  READS[`interventionOutcomes:${role}`] = { text: outcomesSql(commissioner), values: (org) => scoped([TODAY, org]) };
}
for (const statement of Object.values(READS)) statement.text = `select '{"data":' || json || '}' as body from (${statement.text}) answer`;

function caller(header) {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!token) return null;
  try {
    const { role, org, sub } = jwt.verify(token, KEY, VERIFY);
    return { role, org, subject: sub };
  } catch {
    return null;
  }
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function answer(req, body) {
  const who = caller(req.headers.authorization);
  if (!who) return [401, '{"errors":[{"message":"unauthenticated"}]}'];
  const variables = JSON.parse(body).variables ?? {};
  if (req.url === '/setFinancialForecast') return [200, await setFinancialForecast(pool, TODAY, who, variables)];
  const name = `${req.url.slice(1)}:${who.role}`;
  const found = READS[name];
  if (!found) return [404, `{"errors":[{"message":"no case ${name}"}]}`];
  const { rows } = await pool.query({ name, text: found.text, values: found.values(who.org, variables) });
  return [200, rows[0].body];
}

createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return send(res, 200, '{"status":"ok"}');
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    answer(req, Buffer.concat(chunks).toString()).then(
      ([status, text]) => send(res, status, text),
      (error) => send(res, 500, JSON.stringify({ errors: [{ message: error.message }] })),
    );
  });
}).listen(Number(PORT), '127.0.0.1', () => console.log(`limit server on ${PORT}, pool of ${POOL_SIZE}`));

process.on('SIGTERM', () => pool.end().finally(() => process.exit(0)));
