import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ormConfig } from './config';

/** Creates the database named in `url` if the server lacks it (a fresh embedded server, say). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Connects and applies every pending migration. */
export async function openDatabase(url: string): Promise<MikroORM> {
  await ensureDatabase(url);
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  return orm;
}
