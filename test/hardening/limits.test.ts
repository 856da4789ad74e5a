import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryCost } from '../../src/limits/cost';
import { getSchema } from '../../src/schema';
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../../src/limits/query-limits';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { aliasFlood, contractCycle, DASHBOARD, fragmentChain, nestedSystems, ONE_TRUST_WITH_EVERYTHING, oneTrustWithEverything } from './queries';

// Every query of ./queries.ts that once exhausted the server is refused at once, as a GraphQL JSON error with
// HTTP 400, before a single SQL statement; the regulator's heavy reads still pass; each limit
// refuses one past it and accepts what is at it.

const env = useTestApi('demo');
let statements = 0;

beforeAll(() => {
  env.db.orm.em.getConnection().getKnex().on('query', () => statements++);
});

interface Answer {
  status: number;
  type: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  statements: number;
  ms: number;
}

async function send(query: string, token: string | null = null, variables?: Record<string, unknown>): Promise<Answer> {
  statements = 0;
  const started = Date.now();
  const response = await fetch(`${env.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, type: response.headers.get('content-type') ?? '', body, statements, ms: Date.now() - started };
}

function expectRefused(answer: Answer, code: string, message: RegExp) {
  expect(answer.status).toBe(400);
  expect(answer.type).toMatch(/^application\/json/);
  expect(answer.body.errors?.map((e) => e.extensions?.code), JSON.stringify(answer.body.errors)).toEqual([code]);
  expect(answer.body.errors![0].message).toMatch(message);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.statements).toBe(0); // no resolver ran: not one SQL statement
}

const regulator = () => tokenFor('REGULATOR', 'CQC');

describe('the hostile queries, with no token and as the regulator', () => {
  it.each([
    ['7 levels of localSystems → trusts → localSystem', () => nestedSystems(7), 'QUERY_TOO_DEEP', /depth limit of 8 exceeded, found 15/],
    ['16 contract cycles', () => contractCycle(16), 'QUERY_TOO_DEEP', /depth limit of 8 exceeded/],
    ['24,661 aliases of trusts(first: 500) in a 1 MB body', () => aliasFlood(), 'TOO_MANY_TOKENS', /Token limit of 2000 exceeded/],
    ['3 levels of nested systems (shallow enough, but billions of characters at most)', () => nestedSystems(3), 'QUERY_TOO_COSTLY', /cost limit of 100000000 exceeded, found \d{10,}/],
    ['a chain of 40 fragments each spread twice (2^40 fields)', () => fragmentChain(40), 'QUERY_TOO_COSTLY', /cost could not be bounded/],
  ])('%s: refused at once, before any SQL', async (_what, query, code, message) => {
    const body = query();
    expect(body.length).toBeLessThan(1024 * 1024 - 100); // under the body limit, so it reaches GraphQL
    for (const token of [null, regulator()]) {
      const answer = await send(body, token);
      expectRefused(answer, code, message);
      expect(answer.ms).toBeLessThan(3000); // before the limits they took 7 to 65 s, or killed the server
    }
  });

  it('as a role whose organisation is looked up, at most that lookup runs (as for any query)', async () => {
    const commissioner = tokenFor('COMMISSIONER', 'X5N');
    const lookup = (await send('{ __typename }', commissioner)).statements;
    const refused = await send(nestedSystems(7), commissioner);
    expect(refused.status).toBe(400);
    expect(refused.statements).toBeLessThanOrEqual(lookup);
  });
});

describe("the regulator's heavy reads pass", () => {
  it('the dashboard: 500 trusts with their episodes, appointments, contracts and inspections', async () => {
    const answer = await send(DASHBOARD, regulator());
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    const trusts = answer.body.data!.trusts as { totalCount: number; nodes: unknown[] };
    expect(trusts.nodes.length).toBe(trusts.totalCount);
    expect(trusts.totalCount).toBeGreaterThan(5);
  });

  it('one trust by ODS code with every list beneath it, sized to what a trust holds', async () => {
    const answer = await send(ONE_TRUST_WITH_EVERYTHING, regulator(), { ods: 'RN1' });
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data!.trust as { buddyContracts: unknown[] }).buddyContracts.length).toBeGreaterThan(0);
  });

  it('at every list’s default size it is refused: at 100 contracts of 100 outcomes each it could be too large', async () => {
    expectRefused(await send(oneTrustWithEverything(false), regulator(), { ods: 'RN1' }), 'QUERY_TOO_COSTLY', /cost limit of 100000000 exceeded/);
  });
});

describe('an answer is bounded by its arguments', () => {
  const inspections = (first: string) => send(`{ trust(odsCode: "RN1") { inspections${first} { inspectedOn } } }`, regulator());
  const count = (answer: Answer) => (answer.body.data!.trust as { inspections: unknown[] }).inspections.length;

  it('a nested list gives at most its `first` rows, and 1 to 500 is all it takes', async () => {
    const all = count(await inspections(''));
    expect(all).toBeGreaterThan(2);
    expect(count(await inspections('(first: 2)'))).toBe(2);
    for (const first of ['(first: 0)', '(first: 501)']) {
      const refused = await inspections(first);
      expect(refused.body.errors?.[0]).toMatchObject({ message: 'first must be between 1 and 500', extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('no answer is longer than the cost it was allowed at', async () => {
    for (const [query, variables] of [[DASHBOARD, {}], [ONE_TRUST_WITH_EVERYTHING, { ods: 'RN1' }]] as const) {
      const response = await fetch(`${env.api.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${regulator()}` }, body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      const document = parse(query);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      expect(text.length).toBeLessThan(queryCost(await getSchema(), document, operation, variables)!);
    }
  });
});

/** `{ trusts { nodes { buddyContracts { payments { outcome { contract { supportedTrust { … } } } } } } } }`, `depth` fields deep. */
function deepQuery(depth: number): string {
  const path = ['trusts', 'nodes', 'buddyContracts', 'payments', 'outcome', 'contract', 'supportedTrust', 'localSystem'];
  return `{ ${path.slice(0, depth - 1).join(' { ')} { id ${' }'.repeat(depth - 1)} }`;
}

describe('each limit refuses one past it and accepts what is at it', () => {
  it(`depth ${MAX_DEPTH}`, async () => {
    expect((await send(deepQuery(MAX_DEPTH), regulator())).body.errors).toBeUndefined();
    expectRefused(await send(deepQuery(MAX_DEPTH + 1), regulator()), 'QUERY_TOO_DEEP', /depth limit of 8 exceeded, found 9/);
  });

  it('depth counts the fields inside fragments: spreading them does not hide the nesting', async () => {
    const query = `{ trusts { nodes { ...C } } }
      fragment C on Trust { buddyContracts { payments { ...O } } }
      fragment O on IncentivePayment { outcome { contract { supportedTrust { localSystem { id } } } } }`;
    expectRefused(await send(query, regulator()), 'QUERY_TOO_DEEP', /found 9/);
  });

  it(`${MAX_ALIASES} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { role }`).join(' ')} }`;
    expect((await send(aliases(MAX_ALIASES))).body.errors).toBeUndefined();
    expectRefused(await send(aliases(MAX_ALIASES + 1)), 'TOO_MANY_ALIASES', /Aliases limit of 15 exceeded, found 16/);
  });

  it(`${MAX_DIRECTIVES} directives`, async () => {
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => '__typename @include(if: true)').join(' ')} }`;
    expect((await send(directives(MAX_DIRECTIVES))).body.errors).toBeUndefined();
    expectRefused(await send(directives(MAX_DIRECTIVES + 1)), 'TOO_MANY_DIRECTIVES', /Directives limit of 50 exceeded, found 51/);
  });

  it(`${MAX_TOKENS} tokens`, async () => {
    // `{`, 666 × `aN: __typename` (3 tokens; __typename's aliases are not counted as aliases), `}`
    const atLimit = `{ ${Array.from({ length: (MAX_TOKENS - 2) / 3 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await send(atLimit)).body.errors).toBeUndefined();
    expectRefused(await send(atLimit.replace(/}$/, '__typename }')), 'TOO_MANY_TOKENS', /Token limit of 2000 exceeded/);
  });

  it('cost counts `first` as the request sends it, in a variable too', async () => {
    // each trust with up to 10 information requests, each answer up to 20,000 characters: about 200,000 a trust
    const query = 'query($n: Int) { trusts(first: $n) { nodes { informationRequests(first: 10) { answer } } } }';
    expect((await send(query, regulator(), { n: 100 })).body.errors).toBeUndefined();
    expectRefused(await send(query, regulator(), { n: 500 }), 'QUERY_TOO_COSTLY', /found 100\d{6}\b/);
  });
});
