import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrationsList } from '../../migrations';
import { PATH, ROOT } from './helpers';

// `npm run migrate` / `migrate:down` are the built migrate-cli.js; run here on a database of their own
// that starts with nothing in it (not cloned from a template, which has every migration applied).
const name = `migrate_cli_${randomBytes(6).toString('hex')}`;
const urlOf = (database: string) => Object.assign(new URL(inject('serverUrl')), { pathname: `/${database}` }).toString();

async function onDatabase<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

afterAll(() => onDatabase('postgres', (c) => c.query(`drop database if exists "${name}" with (force)`)));

function migrate(direction: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = join(ROOT, 'dist', 'src', 'db', 'migrate-cli.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, direction], { cwd: ROOT, env: { PATH, DATABASE_URL: urlOf(name) }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const executed = () => onDatabase(name, async (c) => (await c.query('select name from mikro_orm_migrations order by id')).rows.map((r) => r.name));
/** The columns, indexes, constraints, triggers and grants of the public schema: what a migration changes. */
const schemaShape = () => onDatabase(name, async (c) => (await c.query(`
  select table_name || '.' || column_name || ' ' || data_type as d from information_schema.columns where table_schema = 'public'
  union all select indexdef from pg_indexes where schemaname = 'public'
  union all select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
  union all select tgname from pg_trigger where not tgisinternal
  union all select grantee || ' ' || privilege_type || ' on ' || table_name from information_schema.role_table_grants where table_schema = 'public'
  union all select defaclacl::text from pg_default_acl
  order by 1`)).rows.map((r) => r.d));
const all = migrationsList.map((m) => m.name);

describe('npm run migrate / migrate:down', () => {
  it('applies every migration in migrations/ to a fresh database, creating it', async () => {
    const result = await migrate('up');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${all.map((m) => `applied ${m}\n`).join('')}${all.length} applied; ${all.length} in all\n`);
    expect(await executed()).toEqual(all);
    expect(await onDatabase(name, async (c) => (await c.query('select count(*)::int as n from trust')).rows[0].n)).toBe(0);
  });

  it('applies nothing the second time', async () => {
    const result = await migrate('up');
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `nothing to apply: all ${all.length} migrations are applied\n` });
    expect(await executed()).toEqual(all);
  });

  it('down undoes only the last migration, and up applies it again', async () => {
    const last = all[all.length - 1];
    const migrated = await schemaShape();
    expect(await migrate('down')).toMatchObject({ code: 0, stderr: '', stdout: `undid ${last}\n` });
    expect(await executed()).toEqual(all.slice(0, -1));
    expect(await schemaShape()).not.toEqual(migrated);
    expect(await migrate('up')).toMatchObject({ code: 0, stdout: `applied ${last}\n1 applied; ${all.length} in all\n` });
    expect(await executed()).toEqual(all);
    expect(await schemaShape()).toEqual(migrated);
  });

  it('refuses anything but up or down, saying how to call it', async () => {
    const result = await migrate('sideways');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: .* up\|down/);
  });

  it('fails with one line when the server cannot be reached', async () => {
    const cli = join(ROOT, 'dist', 'src', 'db', 'migrate-cli.js');
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [cli, 'up'], { env: { PATH, DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/x' }, timeout: 30_000 }, (error, _out, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }));
    });
    expect(result).toEqual({ code: 1, stderr: 'cannot migrate: cannot reach PostgreSQL at 127.0.0.1:1 (ECONNREFUSED): start it or check DATABASE_URL\n' });
  });
});
