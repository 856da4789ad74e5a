import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../support/today';
import { freePort, SECRET, startServer, tempDir, type Started } from '../start/helpers';
import { codesOf, graphql, sleep, tokenFor, type Answer } from './http';
import { ownPostgres, type OwnPostgres } from './own-postgres';

// The built server over a PostgreSQL of this file's own, which is stopped under it and started
// again: readiness says so, requests answer SERVICE_UNAVAILABLE at once instead of hanging, the
// process lives on, and once PostgreSQL is back the same process serves again.
let postgres: OwnPostgres;
let server: Started;
let base: string;
let rn1: string;

const PLANNED = '{ trusts(first: 3) { nodes { odsCode name } } }';
const WITH_A_VALUE = '{ myPermissions { action } trusts(first: 3) { nodes { odsCode } } }'; // myPermissions is computed in node, trusts read
const RECORD = `mutation($trustId: ID!) { recordInspection(input: { trustId: $trustId, inspectedOn: "${TEST_TODAY}", overall: GOOD,
  safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE }) { id } }`;
const regulator = tokenFor('REGULATOR', 'CQC');

async function ready() {
  const response = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: (await response.json()) as { reason?: string } };
}

function expectUnavailable(answer: Answer, status: number) {
  expect(answer.ms).toBeLessThan(5000);
  expect(answer.status).toBe(status);
  expect(codesOf(answer)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(answer.body.errors![0].message).toBe('the database is unavailable: try again shortly');
}

beforeAll(async () => {
  postgres = await ownPostgres();
  const port = await freePort();
  server = startServer({ DATABASE_URL: postgres.url('oversight'), PORT: String(port), DATA_DIR: tempDir('oversight-faults-'), JWT_SECRET: SECRET, TODAY: TEST_TODAY }, process.cwd());
  await server.waitFor(/GraphQL at/, 60_000); // migrations and the demo data
  base = `http://127.0.0.1:${port}`;
  rn1 = ((await graphql(base, '{ trust(odsCode: "RN1") { id } }')).body.data!.trust as { id: string }).id;
}, 120_000);

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exit;
  await postgres?.destroy();
});

describe('PostgreSQL stopped under a running server', () => {
  beforeAll(async () => {
    expect((await graphql(base, PLANNED, { token: regulator })).status).toBe(200); // the pool holds a connection PostgreSQL will cut
    await postgres.stop();
  });

  it('/ready answers 503 saying why, /health still 200', async () => {
    expect(await ready()).toEqual({ status: 503, body: { status: 'unavailable', reason: 'PostgreSQL cannot be reached' } });
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('a planned read answers 503 SERVICE_UNAVAILABLE at once, with or without a token', async () => {
    expectUnavailable(await graphql(base, PLANNED), 503);
    expectUnavailable(await graphql(base, PLANNED, { token: regulator }), 503);
  });

  it('a read beside a computed value answers 503 as every read does; a mutation names the field that failed, with the same code', async () => {
    const read = await graphql(base, WITH_A_VALUE, { token: regulator });
    expectUnavailable(read, 503);
    const change = await graphql(base, RECORD, { token: regulator, variables: { trustId: rn1 } });
    expectUnavailable(change, 200);
    expect(change.body.errors![0]).toMatchObject({ path: ['recordInspection'] });
  });

  it('a caller whose access is not cached fails while its context is built: 503 SERVICE_UNAVAILABLE too', async () => {
    expectUnavailable(await graphql(base, PLANNED, { token: tokenFor('TRUST', 'RN1') }), 503);
  });

  it('the process lives on, and logs a warning, not a masked internal error', () => {
    expect(server.child.exitCode).toBeNull();
    const logged = server.stdout() + server.stderr();
    expect(logged).not.toMatch(/correlationId|internal error|Unexpected error processing request/i); // nothing masked as a 500
    expect(server.stdout()).toMatch(/database unavailable/); // a warning line of the logger
  });
});

describe('PostgreSQL started again', () => {
  beforeAll(() => postgres.start());

  it('the same process serves again without a restart: reads, a change, readiness', async () => {
    const pid = server.child.pid;
    let answer = await graphql(base, PLANNED, { token: tokenFor('TRUST', 'RN1') });
    for (let tries = 0; answer.status !== 200 && tries < 20; tries++) answer = (await sleep(250), await graphql(base, PLANNED, { token: tokenFor('TRUST', 'RN1') }));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((await graphql(base, WITH_A_VALUE, { token: regulator })).body.errors).toBeUndefined();
    const change = await graphql(base, RECORD, { token: regulator, variables: { trustId: rn1 } });
    expect(change.body.errors).toBeUndefined();
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
    expect(server.child.pid).toBe(pid);
    expect(server.child.exitCode).toBeNull();
  });
});
