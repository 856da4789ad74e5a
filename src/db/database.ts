import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { StartError } from '../config';
import type { DatabaseTimeouts } from '../config';
import { APPLICATION_ROLE, CONNECT_TIMEOUT_MS, ormConfig, poolOptions, type DatabaseRole } from './config';

export { CONNECT_TIMEOUT_MS };

/** The one line a person needs when connecting to the server fails: every such failure is about where it is or who we are. */
export function connectFailure(error: unknown, url: string): StartError {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  const target = new URL(url);
  const where = `PostgreSQL at ${target.hostname}:${target.port || 5432}`;
  const user = decodeURIComponent(target.username) || 'the default user';
  const fix = 'check DATABASE_URL';
  if (code === '28P01') return new StartError(`${where} refused the password of ${user}: ${fix}`);
  if (/client password must be a string/.test(message)) return new StartError(`${where} asks for the password of ${user}, which DATABASE_URL does not give: ${fix}`);
  if (code === '28000') return new StartError(`${where} refused ${user}: ${message}: ${fix}`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new StartError(`cannot find the host ${target.hostname}: ${fix}`);
  // A reset comes after the connection was accepted: like a clean close, whether the client had written first is a race.
  if (code === 'ECONNRESET' || /terminated unexpectedly/i.test(message)) {
    return new StartError(`${where} closed the connection without answering (is it PostgreSQL?): ${fix}`);
  }
  if (code && ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT'].includes(code)) {
    return new StartError(`cannot reach ${where} (${code}): start it or ${fix}`);
  }
  if (/timeout/i.test(message)) return new StartError(`${where} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s: ${fix}`);
  return new StartError(`cannot connect to ${where}: ${message.replace(/\s+/g, ' ')}: ${fix}`);
}

/** Creates the database named in `url` if the server lacks it (a fresh embedded server, say). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // a connection lost later fails the query in flight instead
  try {
    await client.connect();
  } catch (error) {
    client.end().catch(() => {}); // a connect refused mid-way (no password, say) leaves its socket open, and the process with it
    throw connectFailure(error, url);
  }
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Connects, applies every pending migration as the owner, then (unless `as` is 'owner') acts as the
 * application's role, within `timeouts`, on every connection: checked here, so that a missing role stops the start.
 */
export async function openDatabase(url: string, as: DatabaseRole = 'application', timeouts?: DatabaseTimeouts): Promise<MikroORM> {
  await ensureDatabase(url);
  const orm = await MikroORM.init(ormConfig(url, {}, 'owner'));
  try {
    await orm.getMigrator().up();
  } catch (error) {
    await orm.close();
    throw error;
  }
  if (as === 'owner') return orm;
  try {
    await orm.reconnect({ pool: poolOptions('application', timeouts) });
    await orm.em.getConnection().execute('select 1');
  } catch (error) {
    await orm.close();
    const why = (error as Error).message.replace(/\s+/g, ' ');
    throw new StartError(`cannot act as the role ${APPLICATION_ROLE} (${why}): the user of DATABASE_URL must be a member of it`);
  }
  return orm;
}
