import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ROLE, ormConfig } from '../../src/db/config';
import { openDatabase } from '../../src/db/database';
import { Trust } from '../../src/modules/entities';
import { RecordInspectionDocument } from '../generated/graphql';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';

// The database as the last line: the application's connections (opened as `npm start` opens them)
// act as smo_app, which may not TRUNCATE, UPDATE or DELETE audit events, while its ordinary changes,
// audit events included, still work. Migrations and `npm run seed -- --force` act as the owner.
let db: TestDatabase;
let app: MikroORM;
let api: TestApi;
beforeAll(async () => {
  db = await createTestDatabase('demo');
  app = await openDatabase(db.url); // the application's path: migrations as the owner, then the role
  api = await startApi(app);
});
afterAll(async () => {
  await api?.stop();
  await app?.close();
  await db?.drop();
});

const asApplication = <T = Record<string, unknown>>(sql: string) => app.em.fork().getConnection().execute<T[]>(sql);
const auditCount = async () => (await asApplication<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;

async function recordInspection(): Promise<void> {
  const trust = await app.em.fork().findOneOrFail(Trust, { odsCode: 'RN1' });
  const input = {
    trustId: trust.id, inspectedOn: TEST_TODAY, publishedOn: null, overall: 'GOOD', safe: 'GOOD', effective: 'GOOD',
    caring: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'NONE',
  } as const;
  const response = await api.request(RecordInspectionDocument, { input }, tokenFor('REGULATOR', 'CQC'));
  expect(response.body.errors).toBeUndefined();
}

describe('the application\'s connections', () => {
  it(`act as ${APPLICATION_ROLE}, every one of them`, async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => asApplication<{ who: string }>('select current_user as who, pg_sleep(0.05)')));
    expect(new Set(users.map(([row]) => row.who))).toEqual(new Set([APPLICATION_ROLE]));
  });

  it('still make changes, and append their audit events', async () => {
    const before = await auditCount();
    await recordInspection();
    expect(await auditCount()).toBeGreaterThan(before);
  });

  it.each([
    ['TRUNCATE', 'truncate audit_event'],
    ['UPDATE', `update audit_event set subject = 'rewritten'`],
    ['DELETE', 'delete from audit_event'],
  ])('may not %s audit events', async (_name, sql) => {
    const before = await asApplication('select id, hash from audit_event order by seq');
    expect(before.length).toBeGreaterThan(0);
    await expect(asApplication(sql)).rejects.toThrow(/permission denied for table audit_event/);
    expect(await asApplication('select id, hash from audit_event order by seq')).toEqual(before);
  });

  it('may not lift the trigger, rewrite the migrations\' record or create tables', async () => {
    await expect(asApplication('alter table audit_event disable trigger audit_event_append_only')).rejects.toThrow(/must be owner/);
    await expect(asApplication(`delete from mikro_orm_migrations`)).rejects.toThrow(/permission denied/);
    await expect(asApplication('create table sneaky (id int)')).rejects.toThrow(/permission denied for schema public/);
  });
});

describe('the owner', () => {
  it('npm run seed -- --force empties every table, the audit log included, and seeds again', async () => {
    const seed = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, [join('dist', 'src', 'db', 'seed-cli.js'), '--force'], {
        env: { PATH: process.env.PATH, DATABASE_URL: db.url, TODAY: TEST_TODAY }, timeout: 60_000,
      }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }));
    });
    expect(seed.code, seed.out).toBe(0);
    expect(seed.out).toMatch(/^Seeded demo data/);
    expect(await auditCount()).toBe(0);
  });

  it('the role\'s migration can be undone and done again (the role itself is shared by the cluster)', async () => {
    const owner = await MikroORM.init(ormConfig(db.url, {}, 'owner'));
    try {
      const grants = async () => (await owner.em.fork().getConnection().execute<{ writes: boolean; rewrites: boolean }[]>(
        `select has_table_privilege('${APPLICATION_ROLE}', 'trust', 'INSERT') as writes,
                has_table_privilege('${APPLICATION_ROLE}', 'audit_event', 'UPDATE') as rewrites`))[0];
      await owner.getMigrator().down({ migrations: ['Migration20261125035300'] });
      expect(await grants()).toEqual({ writes: false, rewrites: false });
      await owner.getMigrator().up();
      expect(await grants()).toEqual({ writes: true, rewrites: false });
    } finally {
      await owner.close();
    }
  });
});
