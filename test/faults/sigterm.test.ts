import { Socket } from 'node:net';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';
import { freePort, SECRET, startServer, tempDir, type Started } from '../start/helpers';
import { codesOf, graphql, sleep, tokenFor, type Answer } from './http';

// SIGTERM to the built server (what an orchestrator sends before its kill deadline, often 30 s):
// a request in flight still gets its answer, and an idle server is gone within 2 s. A request still
// running when the drain period (SHUTDOWN_DRAIN_MS) is over has its statement cancelled: it answers
// SERVICE_UNAVAILABLE, writes nothing, and the process exits without waiting for it.
let db: TestDatabase;
let admin: Client;
let server: Started | undefined;
const RECORD = `mutation($trustId: ID!) { recordInspection(input: { trustId: $trustId, inspectedOn: "${TEST_TODAY}",
  overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE }) { id } }`;

beforeAll(async () => {
  db = await createTestDatabase('demo');
  admin = new Client({ connectionString: db.url });
  await admin.connect();
});
afterEach(async () => {
  server?.child.kill('SIGKILL');
  await server?.exit;
});
afterAll(async () => {
  await admin?.end();
  await db?.drop();
});

async function start(env: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  server = startServer({ DATABASE_URL: db.url, PORT: String(port), DATA_DIR: tempDir('oversight-sigterm-'), JWT_SECRET: SECRET, TODAY: TEST_TODAY, ...env }, process.cwd());
  await server.waitFor(/GraphQL at/);
  return `http://127.0.0.1:${port}`;
}

/** SIGTERM now; resolves with the exit and how long after the signal it came. */
async function terminate(started: Started) {
  const sent = Date.now();
  started.child.kill('SIGTERM');
  const exit = await started.exit;
  return { ...exit, afterSignal: Date.now() - sent };
}

it('an idle server exits within 2 s with code 0, kept-alive, silent and half-sent connections open', async () => {
  const base = await start();
  for (let i = 0; i < 3; i++) expect((await graphql(base, '{ trusts(first: 2) { nodes { odsCode } } }')).status).toBe(200); // fetch keeps the socket open
  const port = Number(new URL(base).port);
  const silent = new Socket().connect(port, '127.0.0.1').on('error', () => {}); // a balancer's preconnect
  const partial = new Socket().connect(port, '127.0.0.1', () => partial.write('POST /graphql HTTP/1.1\r\nHost: x\r\n')).on('error', () => {});
  await sleep(200);
  const exit = await terminate(server!);
  silent.destroy();
  partial.destroy();
  expect(exit.code).toBe(0);
  expect(exit.afterSignal).toBeLessThan(2000);
});

const inspections = async () => (await admin.query<{ n: number }>('select count(*)::int as n from inspection')).rows[0].n;

/** Begins the test's transaction holding a lock that makes the mutation's INSERT wait, sends the mutation, and returns once it waits. */
async function mutationWaitingForLock(base: string): Promise<{ answer: Promise<Answer> }> {
  const [{ id: rn1 }] = (await admin.query<{ id: string }>("select id from trust where ods_code = 'RN1'")).rows;
  await admin.query('begin');
  await admin.query('lock table inspection in share mode');
  const answer = graphql(base, RECORD, { token: tokenFor('REGULATOR', 'CQC'), variables: { trustId: rn1 } });
  for (let tries = 0; tries < 100 && !(await admin.query("select 1 from pg_locks where not granted and relation = 'inspection'::regclass")).rowCount; tries++) await sleep(50);
  return { answer };
}

it('a mutation in flight when SIGTERM comes still gets its answer and is written; new requests are refused meanwhile', async () => {
  const base = await start();
  const before = await inspections();
  let exit: ReturnType<typeof terminate> | undefined;
  let inFlight: { answer: Promise<Answer> } | undefined;
  try {
    inFlight = await mutationWaitingForLock(base);
    exit = terminate(server!);
    await sleep(500); // draining: the listener is closed
    await expect(fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    expect(server!.child.exitCode).toBeNull(); // still waiting for the mutation
  } finally {
    await admin.query('rollback');
  }
  const answer = await inFlight!.answer;
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  expect(await inspections()).toBe(before + 1);
  expect((await exit!).code).toBe(0);
});

it('a mutation still waiting when the drain period ends is cancelled: it answers SERVICE_UNAVAILABLE, writes nothing, and the process exits', async () => {
  // No time limit of PostgreSQL's own would end the wait: only the cancelling at shutdown does.
  const base = await start({ SHUTDOWN_DRAIN_MS: '500', DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_LOCK_TIMEOUT_MS: '0' });
  const before = await inspections();
  let answer: Answer;
  let exit: Awaited<ReturnType<typeof terminate>>;
  try {
    const inFlight = await mutationWaitingForLock(base);
    const signalled = Date.now();
    [answer, exit] = await Promise.all([inFlight.answer, terminate(server!)]); // while the test still holds the lock
    expect(answer.ms).toBeGreaterThanOrEqual(500);
    expect(Date.now() - signalled).toBeLessThan(3000);
  } finally {
    await admin.query('rollback');
  }
  expect(codesOf(answer)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(answer.body.data).toBeNull();
  expect(exit.code).toBe(0);
  expect(await inspections()).toBe(before);
});
