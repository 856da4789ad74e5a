import { afterAll, beforeAll, expect, it } from 'vitest';
import { TrustsWithEverythingDocument } from '../generated/graphql';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';

// What SIGTERM and SIGINT do first (src/main.ts): stop taking requests and let in-flight ones finish.
let db: TestDatabase;
let api: TestApi;
beforeAll(async () => {
  db = await createTestDatabase('demo');
  api = await startApi(db.orm);
});
afterAll(() => db.drop());

it('stopping the server lets a request in flight finish, then refuses new ones', async () => {
  const firstQuery = new Promise<void>((resolve) => db.orm.em.getConnection().getKnex().once('query', () => resolve()));
  const inFlight = api.request(TrustsWithEverythingDocument, { first: 30 }, tokenFor('REGULATOR', 'CQC'));
  await firstQuery; // the request is being answered
  await api.stop();

  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data?.trusts.nodes.length).toBe(30);
  await expect(fetch(`${api.url}/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
});
