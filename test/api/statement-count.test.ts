import { beforeAll, describe, expect, it } from 'vitest';
import { TrustsWithEverythingDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';

// Loading a page of trusts with all their nested relations costs a fixed number of SQL
// statements, however many trusts the page holds: every relation is batched per level.

// TrustsWithEverything has 27 relation fields; plus the page, its count and the caller's scope.
const MAX_STATEMENTS = 30;

const env = useTestApi();
let statements = 0;
beforeAll(() => {
  env.db.orm.em.getConnection().getKnex().on('query', () => {
    statements += 1;
  });
});

async function statementsFor(first: number, token: string | null) {
  statements = 0;
  const response = await env.api.request(TrustsWithEverythingDocument, { first }, token);
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data!.trusts.nodes).toHaveLength(first);
  return statements;
}

describe.each([
  ['REGULATOR', tokenFor('REGULATOR', 'CQC')],
  ['COMMISSIONER', tokenFor('COMMISSIONER', 'X5N')],
  ['PUBLIC', null],
] as const)('as %s', (_role, token) => {
  it('a page costs at most one statement per relation in the query, whatever its size', async () => {
    const few = await statementsFor(2, token);
    const many = await statementsFor(_role === 'COMMISSIONER' ? 5 : 25, token);
    // N+1 loading would cost a statement per row per relation: hundreds for 25 trusts.
    expect(few).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(many).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
