import { bench, describe } from 'vitest';
import { TrustPageDocument, TrustsWithEverythingDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';

// `npm run bench`: requests per second for the heaviest reads, over HTTP on the demo data.
const regulator = tokenFor('REGULATOR', 'CQC', { expiresIn: '1h' });
const commissioner = tokenFor('COMMISSIONER', 'X5N', { expiresIn: '1h' });

const env = useTestApi();

describe('a page of 50 trusts', () => {
  bench('with derived facts, as PUBLIC', async () => {
    await env.api.request(TrustPageDocument, { first: 50 });
  });
  bench('with derived facts, as REGULATOR', async () => {
    await env.api.request(TrustPageDocument, { first: 50 }, regulator);
  });
  bench('with every nested relation, as REGULATOR', async () => {
    await env.api.request(TrustsWithEverythingDocument, { first: 50 }, regulator);
  });
  bench('with every nested relation, as COMMISSIONER', async () => {
    await env.api.request(TrustsWithEverythingDocument, { first: 50 }, commissioner);
  });
});
