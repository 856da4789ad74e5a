import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';
import { freePort, SECRET, startServer, tempDir, type Started } from '../start/helpers';
import { graphql, tokenFor } from '../faults/http';

// Two built servers on one database, as behind a load balancer: they answer the same, and each sees
// what the other wrote at once. The writes here (inspections) change no caller's scope, which each
// process keeps up to 5 s (src/auth/access-cache.ts); a change of scope made through one process
// (an appointment ended, say) shows in the other within those 5 s.
let db: TestDatabase;
const servers: Started[] = [];
const bases: string[] = [];
let rn1: string;
const regulator = tokenFor('REGULATOR', 'CQC');
const DASHBOARD = `{ trusts(first: 500) { totalCount nodes { odsCode name currentRating inSpecialMeasures
  inspections { id inspectedOn overall } specialMeasuresEpisodes { placedOn } } } }`;
const INSPECTIONS = '{ trust(odsCode: "RN1") { inspections { id summary } } }';
const record = (summary: string) => `mutation($id: ID!) { recordInspection(input: { trustId: $id, inspectedOn: "${TEST_TODAY}", overall: GOOD, safe: GOOD,
  effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE, summary: "${summary}" }) { id } }`;

beforeAll(async () => {
  db = await createTestDatabase('demo');
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    servers.push(startServer({ DATABASE_URL: db.url, PORT: String(port), DATA_DIR: tempDir('oversight-scale-'), JWT_SECRET: SECRET, TODAY: TEST_TODAY }, process.cwd()));
    bases.push(`http://127.0.0.1:${port}`);
  }
  await Promise.all(servers.map((server) => server.waitFor(/GraphQL at/)));
  rn1 = ((await graphql(bases[0], '{ trust(odsCode: "RN1") { id } }')).body.data!.trust as { id: string }).id;
});

afterAll(async () => {
  for (const server of servers) server.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => server.exit));
  await db?.drop();
});

const inspectionsVia = async (base: string) =>
  ((await graphql(base, INSPECTIONS, { token: regulator })).body.data!.trust as { inspections: { id: string; summary: string | null }[] }).inspections;

it('two processes, one database: the dashboard is the same from each', async () => {
  const [first, second] = await Promise.all(bases.map((base) => graphql(base, DASHBOARD, { token: regulator })));
  expect(first.body.errors).toBeUndefined();
  expect((first.body.data!.trusts as { totalCount: number }).totalCount).toBeGreaterThan(10);
  expect(second.body).toEqual(first.body);
  expect(servers[0].child.pid).not.toBe(servers[1].child.pid);
});

it('a change through one process is read through the other at once, both ways', async () => {
  for (const [writer, reader] of [[0, 1], [1, 0]]) {
    await inspectionsVia(bases[reader]); // the reader has planned this query and cached the caller's access before the write
    const written = await graphql(bases[writer], record(`through process ${writer}`), { token: regulator, variables: { id: rn1 } });
    expect(written.body.errors).toBeUndefined();
    const id = (written.body.data!.recordInspection as { id: string }).id;
    expect(await inspectionsVia(bases[reader])).toContainEqual({ id, summary: `through process ${writer}` });
  }
  expect(await inspectionsVia(bases[0])).toEqual(await inspectionsVia(bases[1]));
});
