import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { subject } from '@casl/ability';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRuleExercisingChanges } from '../fixtures/rule-exercising-changes';
import { tokenFor } from '../support/api';
import { ALL_PRINCIPALS, contextFor } from '../support/principals';
import { postGraphQL } from '../support/raw-graphql';
import { useTestApi } from '../support/test-api';
import { loadRows } from './oracle';

// Relay's conventions as clients rely on them (docs/domain.md#reading-conventions): connections walked forwards (first, after) and
// backwards (last, before) at any page size give every row the caller may read exactly once, in
// the order asked; a cursor belongs to its order; node(id) finds any row the caller may read, and
// no other; Apollo Client's relayStylePagination pages through a connection unadapted.

const env = useTestApi();
let rows: Awaited<ReturnType<typeof loadRows>>;
beforeAll(async () => {
  await makeRuleExercisingChanges(env);
  rows = await loadRows(env.db.url);
});

type Principal = (typeof ALL_PRINCIPALS)[number];
type Page = { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };
type Trust = { id: string; name: string; odsCode: string; currentRating: string | null; chiefExecutivesInLast12Months: number; specialMeasuresEpisodes: { active: boolean; reinspectionDueOn: string }[] };

const token = (p: Principal) => (p.org ? tokenFor(p.role, p.org) : null);
const ask = async (p: Principal, query: string, variables: Record<string, unknown> = {}) => (await postGraphQL(env.api.url, query, variables, token(p))).body as {
  data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
};

const PAGE = `query($orderBy: [TrustOrderBy!], $first: Int, $after: String, $last: Int, $before: String) {
  trusts(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

/** Every page forwards, then every page backwards, as a client pages: the ids in the order it sees them. */
async function walk(p: Principal, orderBy: unknown, size: number) {
  const forwards: string[] = [];
  let page: Page | undefined;
  const limit = 200; // pages: a cursor that never moves on fails here, not by hanging
  do {
    expect(forwards.length).toBeLessThan(limit * size);
    const answer = await ask(p, PAGE, { orderBy, first: size, after: page?.pageInfo.endCursor ?? null });
    page = answer.data!.trusts as Page;
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(forwards.length > 0);
    if (page.edges.length) expect([page.pageInfo.startCursor, page.pageInfo.endCursor]).toEqual([page.edges[0].cursor, page.edges.at(-1)!.cursor]);
    forwards.push(...page.edges.map((edge) => edge.node.id));
  } while (page.pageInfo.hasNextPage);
  const backwards: string[] = [];
  page = undefined;
  do {
    expect(backwards.length).toBeLessThan(limit * size);
    const answer = await ask(p, PAGE, { orderBy, last: size, before: page?.pageInfo.startCursor ?? null });
    page = answer.data!.trusts as Page;
    expect(page.pageInfo.hasNextPage).toBe(backwards.length > 0);
    backwards.unshift(...page.edges.map((edge) => edge.node.id));
  } while (page.pageInfo.hasPreviousPage);
  return { forwards, backwards };
}

const RATING = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];
const dueOn = (t: Trust) => t.specialMeasuresEpisodes.find((e) => e.active)?.reinspectionDueOn ?? null;
const ORDERS: Record<string, (t: Trust) => string | number | null> = {
  NAME: (t) => t.name,
  ODS_CODE: (t) => t.odsCode,
  CURRENT_RATING: (t) => (t.currentRating === null ? null : RATING.indexOf(t.currentRating)),
  REINSPECTION_DUE_ON: dueOn,
  CHIEF_EXECUTIVES_IN_LAST_12_MONTHS: (t) => t.chiefExecutivesInLast12Months,
};

/** The order the API promises, worked out here from the trusts' own values: nulls last, id breaking ties. */
function expectedOrder(trusts: Trust[], field: string, direction: 'ASC' | 'DESC'): string[] {
  const value = ORDERS[field];
  const sign = direction === 'ASC' ? 1 : -1;
  return [...trusts].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    }
    return a.id < b.id ? -1 : 1;
  }).map((t) => t.id);
}

describe.each(ALL_PRINCIPALS.map((p) => [`${p.role} ${p.org ?? ''}`, p] as const))('as %s', (_name, p) => {
  let trusts: Trust[];
  beforeAll(async () => {
    const answer = await ask(p, `{ trusts(first: 500) { totalCount nodes { id name odsCode currentRating chiefExecutivesInLast12Months
      specialMeasuresEpisodes(first: 5) { active reinspectionDueOn } } } }`);
    trusts = (answer.data!.trusts as { nodes: Trust[] }).nodes;
    expect(trusts.length).toBe((answer.data!.trusts as { totalCount: number }).totalCount);
  });

  it.each(Object.keys(ORDERS).flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => [field, direction] as const)))(
    'trusts by %s %s, pages of 3 and 8, forwards and backwards: every trust once, in that order', async (field, direction) => {
      const expected = expectedOrder(trusts, field, direction);
      for (const size of [3, 8]) {
        const { forwards, backwards } = await walk(p, [{ field, direction }], size);
        expect(forwards).toEqual(expected);
        expect(backwards).toEqual(expected);
      }
    });

  it('node(id) finds rows of every type the caller may read, and is null for the others and for ids of nothing', async () => {
    const ctx = await contextFor(env.db.orm, p);
    const readable = (row: (typeof rows)[keyof typeof rows][number]) => ctx.ability.can('read', subject(row.__type, row) as never);
    // Of each type, the first ten rows the caller may read and the first ten it may not: every rule
    // of every type is met, at a tenth of the requests that all of the demo's history would take.
    const all = Object.values(rows).flatMap((ofType) => [...ofType.filter(readable).slice(0, 10), ...ofType.filter((row) => !readable(row)).slice(0, 10)]);
    const ids = all.map((row) => row.id);
    // As many ids a request as a query may alias (15): the same reads, a fifteenth of the round trips.
    const batches = Array.from({ length: Math.ceil(ids.length / 15) }, (_, b) => ids.slice(b * 15, b * 15 + 15));
    // Four requests in flight, not all at once: a burst of them all outwaited the pool's acquire timeout on a loaded CI machine.
    const answers: Awaited<ReturnType<typeof ask>>[] = [];
    for (let b = 0; b < batches.length; b += 4) {
      answers.push(...await Promise.all(batches.slice(b, b + 4).map((batch) => ask(p,
        `query(${batch.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${batch.map((_, i) => `n${i}: node(id: $i${i}) { id __typename }`).join(' ')} }`,
        Object.fromEntries(batch.map((id, i) => [`i${i}`, id]))))));
    }
    answers.forEach((answer) => expect(answer.errors).toBeUndefined());
    const found = answers.flatMap((answer, b) => batches[b].map((_, i) => answer.data![`n${i}`] as { id: string; __typename: string } | null));
    all.forEach((row, i) => expect(found[i], `${row.__type} ${row.id}`).toEqual(readable(row) ? { id: row.id, __typename: row.__type } : null));
    expect((await ask(p, 'query($id: ID!) { node(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' })).data).toEqual({ node: null });
  });
});

describe('a cursor belongs to its list and its order', () => {
  const regulator = ALL_PRINCIPALS.find((p) => p.role === 'REGULATOR')!;

  it('one reused under another order, forged or from another list is BAD_USER_INPUT; forwards and backwards at once too', async () => {
    const byName = (await ask(regulator, PAGE, { first: 2 })).data!.trusts as Page;
    const contracts = (await ask(regulator, '{ buddyContracts(first: 1) { pageInfo { endCursor } } }')).data!.buddyContracts as Page;
    const refused = async (variables: Record<string, unknown>) => (await ask(regulator, PAGE, variables)).errors?.map((e) => [e.extensions?.code, e.message]);
    const wrongOrder = [['BAD_USER_INPUT', 'after is not a cursor this list gave out in this order']];
    expect(await refused({ orderBy: [{ field: 'ODS_CODE' }], first: 2, after: byName.pageInfo.endCursor })).toEqual(wrongOrder);
    expect(await refused({ first: 2, after: contracts.pageInfo.endCursor })).toEqual(wrongOrder);
    expect(await refused({ first: 2, after: Buffer.from('["name+,id+", "x", "not an id"]').toString('base64url') })).toEqual(wrongOrder);
    expect(await refused({ first: 2, last: 2 })).toEqual([['BAD_USER_INPUT', 'page forwards (first, after) or backwards (last, before), not both']]);
    expect(await refused({ orderBy: [{ field: 'NAME' }, { field: 'NAME', direction: 'DESC' }], first: 2 })).toEqual([['BAD_USER_INPUT', 'orderBy names each field at most once']]);
  });
});

describe('node(id) through fragments, and through the executor', () => {
  it('selects each type’s fields, restricted ones refused as anywhere', async () => {
    const rn1 = rows.Trust.find((t) => t.odsCode === 'RN1')!;
    const answer = await ask({ role: 'PUBLIC', org: null } as Principal, `query($id: ID!) { node(id: $id) { __typename ... on Trust { name financialForecast }
      ... on Inspection { overall } } }`, { id: rn1.id });
    expect(answer.data).toEqual({ node: { __typename: 'Trust', name: rn1.name, financialForecast: null } });
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['node', 'financialForecast'], 'FORBIDDEN']]);
    // Introspection beside it: the executor answers the whole operation, resolving Node's type from the engine's answer.
    const withSchema = await ask({ role: 'PUBLIC', org: null } as Principal, `query($id: ID!) { __schema { queryType { name } } node(id: $id) { __typename ... on Trust { name } } }`, { id: rn1.id });
    expect(withSchema.data).toEqual({ __schema: { queryType: { name: 'Query' } }, node: { __typename: 'Trust', name: rn1.name } });
  });
});

describe('Apollo Client', () => {
  it('pages through trusts with relayStylePagination and fetchMore, unadapted: every trust once, in order', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${env.api.url}/graphql`, headers: { authorization: `Bearer ${tokenFor('REGULATOR', 'CQC')}` } }),
      cache: new InMemoryCache({ typePolicies: { Query: { fields: { trusts: relayStylePagination() } } } }),
    });
    const query = gql`query Trusts($after: String) { trusts(first: 7, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
    type Trusts = { trusts: { edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const observable = client.watchQuery<Trusts>({ query, variables: { after: null } });
    let page = (await client.query<Trusts>({ query, variables: { after: null } })).data!;
    observable.subscribe(() => {}); // watched: fetchMore merges each page into the one list relayStylePagination keeps
    for (let pages = 1; page.trusts.pageInfo.hasNextPage; pages++) {
      expect(pages).toBeLessThan(50);
      page = (await observable.fetchMore({ variables: { after: page.trusts.pageInfo.endCursor } })).data!;
    }
    const cached = client.readQuery<Trusts>({ query, variables: { after: null } })!;
    const names = rows.Trust.map((t) => ({ id: t.id, name: String(t.name) })).sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
    expect(cached.trusts.edges.map((edge) => edge.node.id)).toEqual(names.map((t) => t.id));
  });
});
