import { execute, parse, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/format-error';
import { getSchema } from '../../src/schema';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { ALL_PRINCIPALS, contextFor } from '../support/principals';
import { useTestApi } from '../support/test-api';
import { DASHBOARD, EVERYTHING_OF_A_TRUST, FILTERED, PAGES, REFERENCE } from './planned-queries';

const env = useTestApi();

type Principal = (typeof ALL_PRINCIPALS)[number];
type Answer = { data?: unknown; errors?: GraphQLFormattedError[] };

const byPath = (errors: GraphQLFormattedError[] = []) => [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

/** What the resolvers answer: graphql-js executing the served schema, errors through the one formatError. */
async function viaResolvers(p: Principal, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const result = await execute({ schema: await getSchema(), document: parse(query), contextValue: await contextFor(env.db.orm, p), variableValues: variables });
  return JSON.parse(JSON.stringify({ data: result.data, errors: result.errors?.map((error) => formatError(error.toJSON(), error)) }));
}

async function viaHttp(p: Principal, query: string, variables: Record<string, unknown>) {
  const response = await postGraphQL(env.api.url, query, variables, p.org ? tokenFor(p.role, p.org) : null);
  return { path: response.headers.get('x-read-path'), body: response.body as Answer };
}

async function expectSameAnswer(p: Principal, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const [planned, reference] = await Promise.all([viaHttp(p, query, variables), viaResolvers(p, query, variables)]);
  expect(planned.path, 'answered by the planned read path').toBe('planned');
  expect(planned.body.data).toEqual(reference.data);
  expect(byPath(planned.body.errors)).toEqual(byPath(reference.errors));
  return planned.body;
}

describe.each(ALL_PRINCIPALS.map((p) => [`${p.role} ${p.org ?? ''}`, p] as const))('as %s, the planned read path answers as the resolvers do', (_name, p) => {
  it('the regulator dashboard', async () => {
    await expectSameAnswer(p, DASHBOARD);
  });

  it('every field and relation of each trust, found by ODS code', async () => {
    const codes = await env.db.orm.em.fork().getConnection().execute<{ ods_code: string }[]>('select ods_code from trust order by ods_code');
    for (const { ods_code } of [...codes, { ods_code: 'NOPE1' }]) await expectSameAnswer(p, EVERYTHING_OF_A_TRUST, { ods: ods_code });
  });

  it('page after page, with aliases, fragments, directives and __typename', async () => {
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const body = await expectSameAnswer(p, PAGES, { after, skipMoney: page % 2 === 1 }) as { data: { first: { pageInfo: { hasNextPage: boolean; endCursor: string } } } };
      if (!body.data.first.pageInfo.hasNextPage) return;
      after = body.data.first.pageInfo.endCursor;
    }
  });

  it.each([
    [{}], [{ inSpecialMeasures: true }], [{ oversightBody: 'MONITOR', sector: 'ACUTE' }], [{ localSystemCode: 'QOX' }],
    [{ currentRating: 'INADEQUATE' }], [{ nameContains: 'a_%' }], [{ type: 'NHS_TRUST', nameContains: 'hospital' }],
  ])('trusts filtered by %j', async (filter) => {
    await expectSameAnswer(p, FILTERED, { filter });
  });

  it('who is asking beside a trust’s name (the fixed cost of a request): `me` needs no SQL', async () => {
    await expectSameAnswer(p, '{ me { role organisation __typename } who: me { role } trust(odsCode: "RN1") { name } }');
  });

  it('local systems and improvement directors, nested both ways', async () => {
    await expectSameAnswer(p, REFERENCE);
  });
});

describe('what the planner does not compile runs through the resolvers, as before', () => {
  const regulator = ALL_PRINCIPALS.find((p) => p.role === 'REGULATOR')!;
  it.each([
    ['introspection beside a planned field', '{ __schema { queryType { name } } trusts(first: 1) { totalCount } }'],
    ['__type', '{ __type(name: "Trust") { name } }'],
    ['a root field it does not know beside one it does', '{ myPermissions { action } trusts(first: 2) { nodes { odsCode } } }'],
  ])('%s', async (_name, query) => {
    const [answer, reference] = await Promise.all([viaHttp(regulator, query, {}), viaResolvers(regulator, query, {})]);
    expect(answer.body).toEqual(reference);
  });
});
