import { afterAll, beforeAll, bench, describe } from 'vitest';
import { TrustPageDocument, TrustsWithEverythingDocument } from '../generated/graphql';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';

// `npm run bench`: requests per second for the heaviest reads, over HTTP on the demo data.
let db: TestDatabase;
let api: TestApi;
const regulator = tokenFor('REGULATOR', 'CQC', { expiresIn: '1h' });
const commissioner = tokenFor('COMMISSIONER', 'X5N', { expiresIn: '1h' });

beforeAll(async () => {
  db = await createTestDatabase('demo');
  api = await startApi(db.orm);
});
afterAll(async () => {
  await api.stop();
  await db.drop();
});

describe('a page of 50 trusts', () => {
  bench('with derived facts, as PUBLIC', async () => {
    await api.request(TrustPageDocument, { first: 50 });
  });
  bench('with derived facts, as REGULATOR', async () => {
    await api.request(TrustPageDocument, { first: 50 }, regulator);
  });
  bench('with every nested relation, as REGULATOR', async () => {
    await api.request(TrustsWithEverythingDocument, { first: 50 }, regulator);
  });
  bench('with every nested relation, as COMMISSIONER', async () => {
    await api.request(TrustsWithEverythingDocument, { first: 50 }, commissioner);
  });
});
