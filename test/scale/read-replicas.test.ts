import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';
import { freePort, SECRET, startServer, tempDir, type Started } from '../start/helpers';
import { graphql, tokenFor } from '../faults/http';

// DATABASE_REPLICA_URLS through the built server. The "replica" is a clone of the demo data taken
// before any write, so it is stale as a lagging replica would be: what a request reads shows which
// database answered it. Planned reads of a request that has not written go to the replica; a
// mutation writes to the primary and its answer, read back in the same request, shows the write.
let primary: TestDatabase;
let replicaUrl: string;
let server: Started;
let base: string;
let rn1: string;
const rn1Trust = tokenFor('TRUST', 'RN1'); // a trust sets its own forecast
const FORECAST = '{ trust(odsCode: "RN1") { financialForecast } }';
const SET_FORECAST = 'mutation($id: ID!) { setFinancialForecast(trustId: $id, forecast: "-1234567.89") { financialForecast } }';

async function onServer(sql: string) {
  const admin = new Client({ connectionString: primary.url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(sql).finally(() => admin.end());
}
async function forecastIn(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("select financial_forecast::text as f from trust where ods_code = 'RN1'").finally(() => client.end());
  return rows[0].f;
}

beforeAll(async () => {
  primary = await createTestDatabase('demo');
  const replica = `test_replica_${randomBytes(6).toString('hex')}`;
  await onServer(`create database "${replica}" template "${inject('demoTemplate')}"`);
  replicaUrl = primary.url.replace(/\/[^/]*$/, `/${replica}`);
  const port = await freePort();
  server = startServer({
    DATABASE_URL: primary.url, DATABASE_REPLICA_URLS: replicaUrl, PORT: String(port), DATA_DIR: tempDir('oversight-replicas-'), JWT_SECRET: SECRET, TODAY: TEST_TODAY,
  }, process.cwd());
  await server.waitFor(/GraphQL at/);
  base = `http://127.0.0.1:${port}`;
  rn1 = ((await graphql(base, '{ trust(odsCode: "RN1") { id } }')).body.data!.trust as { id: string }).id;
});

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exit;
  await primary?.drop();
  if (replicaUrl) await onServer(`drop database if exists "${new URL(replicaUrl).pathname.slice(1)}" with (force)`);
});

describe('a primary and a stale replica', () => {
  let before: string;
  let written: { status: number; body: { data?: Record<string, unknown> | null; errors?: unknown } };

  beforeAll(async () => {
    before = await forecastIn(replicaUrl);
    written = await graphql(base, SET_FORECAST, { token: rn1Trust, variables: { id: rn1 } });
  });

  it('a mutation writes to the primary only, and its answer, read in the same request, shows the write', async () => {
    expect(written.body.errors).toBeUndefined();
    expect(written.body.data).toEqual({ setFinancialForecast: { financialForecast: '-1234567.89' } });
    expect(await forecastIn(primary.url)).toBe('-1234567.89');
    expect(await forecastIn(replicaUrl)).toBe(before);
  });

  it("a later read (one statement) goes to the replica and shows the replica's data, stale as it is", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${rn1Trust}` }, body: JSON.stringify({ query: FORECAST }),
    });
    expect(await response.json()).toEqual({ data: { trust: { financialForecast: before } } });
  });
});

it("a mutation's answer resolved after its transaction (the trust's inspections, new one included) comes from the primary", async () => {
  const answer = await graphql(base, `mutation($id: ID!) { recordInspection(input: { trustId: $id, inspectedOn: "${TEST_TODAY}", overall: GOOD, safe: GOOD,
    effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE }) { id trust { inspections { id } } } }`, { token: tokenFor('REGULATOR', 'CQC'), variables: { id: rn1 } });
  expect(answer.body.errors).toBeUndefined();
  const { id, trust } = answer.body.data!.recordInspection as { id: string; trust: { inspections: { id: string }[] } };
  expect(trust.inspections.map((inspection) => inspection.id)).toContain(id);
});

it('DATABASE_REPLICA_URLS takes comma-separated postgres URLs, and names itself when one is not', () => {
  expect(loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://a@db1:5432/x, postgres://b@db2/y' }).databaseReplicaUrls).toEqual(['postgresql://a@db1:5432/x', 'postgres://b@db2/y']);
  expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
  expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://a@db1/x,http://db2' })).toThrow('DATABASE_REPLICA_URLS must be a postgres:// or postgresql:// URL');
});
