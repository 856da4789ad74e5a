import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/schema';
import { makeRuleExercisingChanges } from '../fixtures/rule-exercising-changes';
import { tokenFor } from '../support/api';
import { ALL_PRINCIPALS, contextFor } from '../support/principals';
import { postGraphQL } from '../support/raw-graphql';
import { useTestApi } from '../support/test-api';
import { loadRows, oracleAnswer } from './oracle';
import { AUDIT, CONTRACTS, DASHBOARD, EVERYTHING_OF_A_TRUST, FILTERED, REFERENCE, REQUESTS, SINGLES } from './read-queries';

// Every read the API answers, for every demo principal, against an independent oracle
// (test/read/oracle.ts): the same rows computed in memory from the whole database, with access by
// ability.can on each row and field and the derived facts of docs/domain.md#derived-facts written again in JavaScript.
// On the demo data plus changes that give every rule rows it allows and rows it denies, and audit events.

const env = useTestApi();
let schema: GraphQLSchema;
let rows: Awaited<ReturnType<typeof loadRows>>;
let exercising: Awaited<ReturnType<typeof makeRuleExercisingChanges>>;
beforeAll(async () => {
  exercising = await makeRuleExercisingChanges(env);
  schema = await getSchema();
  rows = await loadRows(env.db.url);
});

type Principal = (typeof ALL_PRINCIPALS)[number];
type Answer = { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] };

const byPath = <T extends { path?: unknown }>(errors: T[] = []) => [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
/** Cursors are the engine's own: compared by being there. */
const withoutCursors = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'endCursor' || key === 'startCursor' || key === 'cursor' ? typeof v : v)));

async function expectOracle(p: Principal, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const ctx = await contextFor(env.db.orm, p);
  const response = await postGraphQL(env.api.url, query, variables, p.org ? tokenFor(p.role, p.org) : null);
  const answer = response.body as Answer;
  const expected = oracleAnswer(schema, rows, { ability: ctx.ability, organisation: p.org }, query, variables);
  expect(withoutCursors(answer.data)).toEqual(withoutCursors(expected.data));
  expect(byPath(answer.errors).map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }))).toEqual(byPath(expected.errors));
  return answer;
}

describe.each(ALL_PRINCIPALS.map((p) => [`${p.role} ${p.org ?? ''}`, p] as const))('as %s, every read answers as the oracle does', (_name, p) => {
  it('the regulator dashboard', async () => {
    await expectOracle(p, DASHBOARD);
  });

  it('every field and relation of each trust, found by ODS code, and of none', async () => {
    for (const trust of [...rows.Trust, { odsCode: 'NOPE1' }]) await expectOracle(p, EVERYTHING_OF_A_TRUST, { ods: trust.odsCode });
  });

  it.each([
    [{}], [{ inSpecialMeasures: true }], [{ oversightBody: 'MONITOR', sector: 'ACUTE' }], [{ localSystemCode: 'QOX' }],
    [{ currentRating: 'INADEQUATE' }], [{ nameContains: 'a_%' }], [{ type: 'NHS_TRUST', nameContains: 'hospital' }],
  ])('trusts filtered by %j', async (filter) => {
    await expectOracle(p, FILTERED, { filter });
  });

  it('local systems and improvement directors, nested both ways', async () => {
    await expectOracle(p, REFERENCE);
  });

  it('contracts with everything beneath them', async () => {
    await expectOracle(p, CONTRACTS);
  });

  it('information requests with their askers, all and the caller’s own', async () => {
    for (const mine of [null, true, false]) await expectOracle(p, REQUESTS, { filter: mine === null ? null : { mine } });
  });

  it('audit events, each change as this reader may see it', async () => {
    const answer = await expectOracle(p, AUDIT);
    if (p.role === 'REGULATOR') expect((answer.data as { auditEvents: { totalCount: number } }).auditEvents.totalCount).toBeGreaterThan(0);
  });

  it('each contract and request by id, and inspections published, unpublished and scheduled, readable or not', async () => {
    const unpublished = new Set([...Object.values(exercising.unpublished), ...Object.values(exercising.scheduled), exercising.publishedToday]);
    for (const [query, type] of SINGLES) {
      const sample = rows[type].filter((row, i) => type !== 'Inspection' || unpublished.has(row.id) || i % 8 === 0);
      for (const row of sample) await expectOracle(p, query, { id: row.id });
    }
  });
});
