import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATABASE_BUSY, isDatabaseUnavailable } from '../../src/format-error';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';
import { codesOf, graphql, type Answer } from './http';

// A table locked from outside (psql, a migration, a stuck session) or a slow statement no longer
// holds a request without bound: every connection of the application's pool carries PostgreSQL's
// statement_timeout, lock_timeout and idle_in_transaction_session_timeout (DATABASE_*_TIMEOUT_MS),
// here set small, and a request that runs into one answers SERVICE_UNAVAILABLE, which is worth a retry.

const TIMEOUTS = { statementMs: 600, lockMs: 300, idleInTransactionMs: 2000 };
let db: TestDatabase;
let api: TestApi;
let admin: Client; // the test's own connection, outside the pool: it holds the locks
let rn1: string;
const regulator = tokenFor('REGULATOR', 'CQC');
const RECORD = `mutation($trustId: ID!) { recordInspection(input: { trustId: $trustId, inspectedOn: "${TEST_TODAY}",
  overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE, summary: "locked out" }) { id } }`;

beforeAll(async () => {
  db = await createTestDatabase('demo', 'application', TIMEOUTS);
  api = await startApi(db.orm);
  admin = new Client({ connectionString: db.url });
  await admin.connect();
  [{ id: rn1 }] = (await admin.query<{ id: string }>("select id from trust where ods_code = 'RN1'")).rows;
});
afterAll(async () => {
  await admin?.end();
  await api?.stop();
  await db?.drop();
});

/** Runs `requests` while the test holds `lock` in its own transaction. */
async function whileLocked<T>(lock: string, requests: () => Promise<T>): Promise<T> {
  await admin.query('begin');
  try {
    await admin.query(lock);
    return await requests();
  } finally {
    await admin.query('rollback');
  }
}

function expectBusy(answer: Answer, status: number) {
  expect(codesOf(answer)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(answer.body.errors![0].message).toBe(DATABASE_BUSY.message);
  expect(answer.status).toBe(status);
  expect(answer.ms).toBeLessThan(2000);
}

it('every pooled connection carries the three limits', async () => {
  const settings = await db.orm.em.fork().getConnection().execute<{ statement: string; lock: string; idle: string }[]>(
    `select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock,
      current_setting('idle_in_transaction_session_timeout') as idle`);
  expect(settings).toEqual([{ statement: '600ms', lock: '300ms', idle: '2s' }]);
});

it('a statement past statement_timeout is cancelled, and counts as the database not answering', async () => {
  const slow = db.orm.em.fork().getConnection().execute('select pg_sleep(5)');
  const error = await slow.then(() => undefined, (e: unknown) => e);
  expect(error).toMatchObject({ code: '57014' });
  expect(isDatabaseUnavailable(error)).toBe(true);
});

it('reads of a locked table answer 503 SERVICE_UNAVAILABLE within the lock timeout, beside a value computed in node too', async () => {
  const [rows, withValue] = await whileLocked('lock table trust in access exclusive mode', () => Promise.all([
    graphql(api.url, '{ trusts(first: 3) { nodes { odsCode } } }', { token: regulator }),
    graphql(api.url, '{ myPermissions { action } trusts(first: 3) { nodes { odsCode } } }', { token: regulator }),
  ]));
  expectBusy(rows, 503);
  expect(rows.body.data).toBeUndefined();
  expectBusy(withValue, 503);
});

it('a mutation waiting for a lock gives up, writes nothing, and the same server then makes it', async () => {
  const count = async () => (await admin.query<{ n: number }>("select count(*)::int as n from inspection where summary = 'locked out'")).rows[0].n;
  const refused = await whileLocked('lock table inspection in share mode', () => graphql(api.url, RECORD, { token: regulator, variables: { trustId: rn1 } }));
  expectBusy(refused, 200);
  expect(await count()).toBe(0);
  const made = await graphql(api.url, RECORD, { token: regulator, variables: { trustId: rn1 } });
  expect(made.body.errors).toBeUndefined();
  expect(await count()).toBe(1);
});
