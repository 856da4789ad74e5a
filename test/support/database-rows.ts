import type { MikroORM } from '@mikro-orm/postgresql';

// What a test database holds, read with SQL beside the API: every table's fingerprint, and which
// trusts the ids in a request's variables belong to.

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The columns naming the trusts a row belongs to (a contract part: both sides). */
const TRUST_COLUMNS = ['trust_id', 'supported_trust_id', 'partner_trust_id'];

const pgArray = (values: string[]) => `{${values.join(',')}}`;
const execute = async <Row>(orm: MikroORM, sql: string, params: unknown[] = []): Promise<Row[]> =>
  (await orm.em.fork().getConnection().execute(sql, params)) as Row[];

/** Every table of the public schema but the migrations' own. */
export async function applicationTables(orm: MikroORM): Promise<string[]> {
  const rows = await execute<{ tablename: string }>(orm, `select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1`);
  return rows.map((r) => r.tablename);
}

/** Count and hash of every row of every table (whatever its key): what a refused change leaves as it was. */
export async function fingerprintWholeDatabase(orm: MikroORM): Promise<Record<string, string>> {
  const columns = (await applicationTables(orm))
    .map((t) => `(select count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from "${t}" x) as "${t}"`);
  return (await execute<Record<string, string>>(orm, `select ${columns.join(', ')}`))[0];
}

/** The ODS codes of the trusts the ids in `variables` name: a trust itself, or the trust(s) a row belongs to. */
export async function trustsNamedBy(orm: MikroORM, variables: unknown): Promise<string[]> {
  const ids = [...new Set(JSON.stringify(variables).match(UUIDS) ?? [])];
  if (ids.length === 0) return [];
  const columns = await execute<{ table_name: string; column_name: string }>(orm,
    `select table_name, column_name from information_schema.columns where table_schema = 'public' and column_name = any(?::text[])`, [pgArray(TRUST_COLUMNS)]);
  const selects = [`select id from trust where id = any(?::uuid[])`];
  for (const { table_name, column_name } of columns) selects.push(`select "${column_name}" from "${table_name}" where id = any(?::uuid[])`);
  const rows = await execute<{ ods_code: string }>(orm, `select ods_code from trust where id in (${selects.join(' union ')}) order by 1`, selects.map(() => pgArray(ids)));
  return rows.map((r) => r.ods_code);
}
