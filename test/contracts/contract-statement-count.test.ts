import { beforeAll, describe, expect, it } from 'vitest';
import { insertFullyPopulatedSystem } from '../fixtures/fully-populated-trusts';
import { ContractsWithEverythingDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';

// A page of contracts with their trusts, outcomes, payments (with their outcomes) and claims is one
// SQL statement, for 2 contracts as for 20: never a statement per contract, nor per relation.
// Every contract of the fixture has rows behind every relation.

const env = useTestApi('empty');
let statements = 0;

beforeAll(async () => {
  await insertFullyPopulatedSystem(env.db.orm.em.fork(), 'FULL', 'Fixture trust', 24);
  env.db.orm.em.getConnection().getKnex().on('query', () => {
    statements += 1;
  });
});

async function pageOf(first: number, token: string) {
  statements = 0;
  const { body } = await env.api.request(ContractsWithEverythingDocument, { first }, token);
  expect(body.errors).toBeUndefined();
  const nodes = body.data!.buddyContracts.nodes;
  expect(nodes).toHaveLength(first);
  for (const c of nodes) {
    expect([c.supportedTrust, c.partnerTrust, c.outcomes[0], c.payments[0]?.outcome, c.reimbursementClaims[0]].every(Boolean), c.reference).toBe(true);
  }
  return statements;
}

describe.each([['REGULATOR', 'CQC'], ['OVERSIGHT', 'MONITOR']] as const)('as %s', (role, org) => {
  it('a page of 20 contracts with every relation beneath it is one statement, as a page of 2 is', async () => {
    await pageOf(2, tokenFor(role, org)); // the caller's scope is read once, then kept a few seconds (src/auth/access-cache.ts)
    const few = await pageOf(2, tokenFor(role, org));
    const many = await pageOf(20, tokenFor(role, org));
    expect(many).toBe(few);
    expect(few).toBe(1); // page, count, trusts, outcomes, payments and claims: one statement builds it all
  });
});
