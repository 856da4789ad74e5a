import { beforeAll, describe, expect, it } from 'vitest';
import { insertFullyPopulatedSystem, type FixtureSystem } from '../fixtures/fully-populated-trusts';
import { TrustsWithEverythingDocument, type TrustsWithEverythingQuery } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { LOOKUPS, relationPaths, valuesAt } from './statement-count.helpers';

// A page of trusts with all their nested relations costs the same number of SQL statements
// whatever its size: the planned read path builds it in one statement, never a lookup per row. Compared
// on pages of 2 and 25 trusts whose every relation is non-empty (test/fixtures), so that no level
// is skipped at one size and not at the other.

const env = useTestApi('empty');
let statements: string[] = [];
let big: FixtureSystem;

beforeAll(async () => {
  const em = env.db.orm.em.fork();
  // Two trusts of another system sort first ("Another" < "Fixture"): the national roles' pages
  // span both systems, the commissioner's only its own.
  await insertFullyPopulatedSystem(em, 'AUX', 'Another system trust', 2);
  big = await insertFullyPopulatedSystem(em, 'FULL', 'Fixture trust', 26);
  env.db.orm.em.getConnection().getKnex().on('query', (query: { sql: string }) => {
    statements.push(query.sql);
  });
});

type TrustNode = TrustsWithEverythingQuery['trusts']['nodes'][number];

async function pageOf(first: number, token: string | null): Promise<{ nodes: TrustNode[]; sql: string[] }> {
  statements = [];
  const response = await env.api.request(TrustsWithEverythingDocument, { first }, token);
  const sql = statements;
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data!.trusts.nodes).toHaveLength(first);
  return { nodes: response.body.data!.trusts.nodes, sql };
}

interface RoleCase {
  role: string;
  token(): string | null;
  /** Top-level relations the role may not read, with why: empty at every size, so not compared. */
  unreadable: Record<string, string>;
}

const ROLES: RoleCase[] = [
  { role: 'REGULATOR', token: () => tokenFor('REGULATOR', 'CQC'), unreadable: {} },
  // Every trust of the fixture's big system is the commissioner's, so its relations are all readable.
  { role: 'COMMISSIONER', token: () => tokenFor('COMMISSIONER', big.commissioner), unreadable: {} },
  {
    role: 'PUBLIC',
    token: () => null,
    unreadable: {
      buddyContracts: 'PUBLIC never reads contracts, nor their outcomes, payments and claims',
      partnerContracts: 'PUBLIC never reads contracts',
      leadershipReviews: 'PUBLIC never reads leadership reviews',
    },
  },
];

describe('the relations of TrustsWithEverything', () => {
  it('are each given the lookup they need (a relation added to the query must be added here)', () => {
    expect(relationPaths().sort()).toEqual(Object.keys(LOOKUPS).sort());
    expect(relationPaths().length).toBeGreaterThanOrEqual(27);
  });
});

describe.each(ROLES)('as $role', ({ token, unreadable }) => {
  const isUnreadable = (path: string) => Object.keys(unreadable).some((top) => path === top || path.startsWith(`${top}.`));
  const readable = () => relationPaths().filter((path) => !isUnreadable(path));

  /** Every readable relation of every trust on the page has rows; every unreadable one has none. */
  function expectFullyPopulated(nodes: TrustNode[]) {
    for (const node of nodes) {
      for (const path of readable()) expect(valuesAt(node, path).length, `${node.name}: ${path}`).toBeGreaterThan(0);
      for (const top of Object.keys(unreadable)) expect(valuesAt(node, top), `${node.name}: ${top}`).toEqual([]);
    }
  }

  it('a page of 25 trusts costs exactly as many statements as a page of 2', async () => {
    await pageOf(2, token()); // the caller's scope is read once, then kept a few seconds (src/auth/access-cache.ts)
    const few = await pageOf(2, token());
    const many = await pageOf(25, token());
    expectFullyPopulated(few.nodes);
    expectFullyPopulated(many.nodes);
    // Loading per row would cost at least 23 more statements per relation for the bigger page.
    expect(many.sql.length).toBe(few.sql.length);
  });

  it('the count is real: one statement builds the whole page, reading the table of every readable relation', async () => {
    const { sql } = await pageOf(2, token());
    // The rest are the caller's scope (a commissioner's system and its trusts), read before the query.
    const answer = sql.filter((statement) => statement.includes('json_build_object'));
    expect(answer).toHaveLength(1);
    expect(sql.length).toBeLessThanOrEqual(3);
    for (const lookup of new Set(readable().map((path) => LOOKUPS[path]))) {
      const table = lookup.split(' ')[0];
      expect(answer[0].includes(`"${table}"`), `the statement reads ${table}`).toBe(true);
    }
  });
});
