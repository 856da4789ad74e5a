// The bench's databases, one per scale (bench_<trusts>): the schema from migrations/ through the
// built server's own migrator, then the synthetic data of bench/synthetic/*.sql; with full-length
// texts (bench_<trusts>_full), bench/synthetic/full-texts/fill.sql after them. A database whose
// marker matches this generator, these migrations, this scale and this day is reused as it is.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { progressBar } from './progress.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = (path) => require(join(here, '..', 'dist', path));
const SYNTHETIC = join(here, 'synthetic');

export const databaseName = (trusts, fullTexts = false) => `bench_${trusts}${fullTexts ? '_full' : ''}`;

export function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The platform's connection pool size (src/db/config.ts), which the limit server copies. */
export function platformPoolSize() {
  return dist('src/db/config.js').ormConfig('postgresql://localhost/unused').pool?.max ?? 10;
}

function scripts(trusts, today, fullTexts) {
  const files = readdirSync(SYNTHETIC).filter((file) => file.endsWith('.sql')).sort();
  if (fullTexts) files.push('full-texts/fill.sql');
  return files.map((file) => ({
    name: file.replace(/^\d+-|\.sql$/g, ''),
    sql: readFileSync(join(SYNTHETIC, file), 'utf8').replaceAll('{{trusts}}', String(trusts)).replaceAll('{{today}}', `'${today}'::date`),
  }));
}

function marker(trusts, today, fullTexts) {
  const hash = createHash('sha256');
  for (const { sql } of scripts(trusts, today, fullTexts)) hash.update(sql);
  for (const { name } of dist('migrations/index.js').migrationsList) hash.update(name);
  return `special-measures bench data: ${trusts} trusts${fullTexts ? ' with full-length texts' : ''} as of ${today}, ${hash.digest('hex').slice(0, 16)}`;
}

async function onServer(serverUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function migrate(url) {
  require('reflect-metadata');
  const orm = await dist('src/db/database.js').openDatabase(url); // creates the database if missing
  await orm.close();
}

/** Makes bench_<trusts>[_full] on the server (or reuses it) and returns its name, URL and row counts. */
export async function ensureDatabase(serverUrl, trusts, today, fullTexts = false) {
  const name = databaseName(trusts, fullTexts);
  const url = databaseUrl(serverUrl, name);
  const wanted = marker(trusts, today, fullTexts);
  const found = await onServer(serverUrl, async (client) => {
    const { rows } = await client.query(`select shobj_description(oid, 'pg_database') as marker from pg_database where datname = $1`, [name]);
    if (rows.length && rows[0].marker !== wanted) await client.query(`drop database "${name}" with (force)`);
    return rows[0]?.marker === wanted;
  });
  if (found) {
    process.stderr.write(`${name}: reusing (${wanted})\n`);
  } else {
    await load(url, name, trusts, today, fullTexts);
    await onServer(serverUrl, (client) => client.query(`comment on database "${name}" is '${wanted}'`));
  }
  return { name, url, trusts, fullTexts, rows: await rowCounts(url) };
}

async function load(url, name, trusts, today, fullTexts) {
  const steps = scripts(trusts, today, fullTexts);
  const bar = progressBar(`loading ${name}`, steps.length + 2);
  await migrate(url);
  bar.step('schema');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const { name: step, sql } of steps) {
      await client.query(sql);
      bar.step(step);
    }
    await client.query('vacuum analyze');
    bar.step('analyze');
  } finally {
    await client.end();
  }
  const rows = await rowCounts(url);
  bar.finish(`${rows.trust} trusts, ${Object.values(rows).reduce((a, b) => a + b, 0)} rows`);
}

/** Rows per table, the migrator's own aside. */
export async function rowCounts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query(
      `select tablename from pg_tables where schemaname = 'public' and tablename not like 'mikro_orm%' order by 1`);
    const counts = {};
    for (const { tablename } of tables) {
      counts[tablename] = Number((await client.query(`select count(*) from "${tablename}"`)).rows[0].count);
    }
    return counts;
  } finally {
    await client.end();
  }
}
