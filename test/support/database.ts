import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { inject } from 'vitest';
import { setToday } from '../../src/clock';
import type { DatabaseTimeouts } from '../../src/config';
import { ormConfig, type DatabaseRole } from '../../src/db/config';
import { TEST_TODAY } from './today';

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  drop(): Promise<void>;
}

function urlFor(name: string): string {
  const url = new URL(inject('serverUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of this test file's own, cloned from a template the global setup built from migrations/; its pool's time limits are the defaults unless given. */
export async function createTestDatabase(contents: 'demo' | 'empty' = 'demo', as: DatabaseRole = 'application', timeouts?: DatabaseTimeouts): Promise<TestDatabase> {
  setToday(TEST_TODAY);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const template = contents === 'demo' ? inject('demoTemplate') : inject('emptyTemplate');
  await onServer(`create database "${name}" template "${template}"`);
  const url = urlFor(name);
  // As the server connects, by default: the application role, which may not rewrite the audit log.
  const orm = await MikroORM.init(ormConfig(url, {}, as, timeouts));
  return {
    orm,
    url,
    drop: async () => {
      await orm.close();
      await onServer(`drop database if exists "${name}" with (force)`);
    },
  };
}
