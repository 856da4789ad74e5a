import { getNullableType, isListType, isObjectType, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryCost } from '../../src/limits/cost';
import { LIST_BOUNDS, MAX_COST } from '../../src/limits/query-limits';
import { getSchema } from '../../src/schema';
import { aliasFlood, contractCycle, DASHBOARD, fragmentChain, nestedSystems, oneTrustWithEverything, REQUEST_TEXTS_FLOOD } from './queries';

// The cost of a query is the longest its answer can be, in characters: each value at its longest,
// each list at the most rows it may give. Hostile queries cost far more than MAX_COST; the
// regulator's reads less.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number | undefined {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return queryCost(schema, document, operation, variables);
}

describe('hostile queries and the regulator’s reads', () => {
  it('the hostile ones cost far more than the limit', () => {
    expect(cost(nestedSystems(7))).toBeGreaterThan(MAX_COST * 1e9); // 500 systems × 100 trusts, 7 times over
    expect(cost(contractCycle(16))).toBeGreaterThan(1e32); // 100 contracts × 100 partner contracts per cycle
    expect(cost(REQUEST_TEXTS_FLOOD)).toBeGreaterThan(MAX_COST * 15); // 15 × 500 answers of 20,000 characters, askers' questions beside
    expect(() => cost(aliasFlood())).toThrow(/maximum allowed number of nodes/); // refused before it is counted out
  });

  it("the regulator's dashboard costs less, and so does one trust's everything when its lists are sized; at the default 100 a row, not", () => {
    expect(cost(DASHBOARD)).toBeLessThan(MAX_COST);
    expect(cost(oneTrustWithEverything(true), { ods: 'RN1' })).toBeLessThan(MAX_COST);
    expect(cost(oneTrustWithEverything(false), { ods: 'RN1' })).toBeGreaterThan(MAX_COST);
  });
});

describe('what a value costs: the longest it can be written', () => {
  const nodes = (field: string) => cost(`{ informationRequests(first: 10) { nodes { ${field} } } }`)!;

  it('an answer of up to 20,000 characters costs what 20,000 characters do, a boolean what `false` does', () => {
    expect(nodes('answer') - nodes('overdue')).toBe(10 * (20_000 - 5) + 10 * ('answer'.length - 'overdue'.length));
  });

  it('a money, date or enum value at its longest', () => {
    expect(nodes('dueOn') - nodes('overdue')).toBe(10 * (12 - 5) + 10 * ('dueOn'.length - 'overdue'.length));
    expect(nodes('status') - nodes('overdue')).toBe(10 * ('"WITHDRAWN"'.length - 5) + 10 * ('status'.length - 'overdue'.length));
  });
});

describe('a list costs its rows times a row', () => {
  const page = (args: string) => cost(`{ trusts${args} { nodes { inspections { overall } } } }`)!;
  const nested = (args: string) => cost(`{ trust(odsCode: "RN1") { inspections${args} { overall } } }`)!;

  it.each([
    ['first: 10', '(first: 10)', 10],
    ['no first: the default page of 50', '', 50],
    ['last: 20, backwards', '(last: 20)', 20],
    ['first: 0 (refused by the service): as the largest page', '(first: 0)', 500],
    ['first: 100000 (refused by the service): as the largest page', '(first: 100000)', 500],
  ])('a connection with %s', (_what, args, rows) => {
    const row = page('(first: 2)') - page('(first: 1)');
    expect(page(args) - page('(first: 1)')).toBe((rows - 1) * row);
  });

  it('a nested list at its `first`, or at 100 without one', () => {
    const row = nested('(first: 2)') - nested('(first: 1)');
    expect(nested('') - nested('(first: 1)')).toBe(99 * row);
    expect(nested('(first: 7)') - nested('(first: 1)')).toBe(6 * row);
  });

  it('with `first` in a variable, its value', () => {
    expect(cost('query($n: Int) { trusts(first: $n) { nodes { id } } }', { n: 7 })).toBe(cost('{ trusts(first: 7) { nodes { id } } }'));
  });

  it('with variables that do not fit the operation, nothing: execution refuses them before any resolver', () => {
    expect(cost('query($n: Int) { trusts(first: $n) { nodes { id } } }', { n: 'many' })).toBeUndefined();
  });
});

it('a chain of fragments each spread twice is refused, not walked 2^n times', () => {
  const started = Date.now();
  expect(() => cost(fragmentChain(40))).toThrow(/maximum allowed number of nodes/);
  expect(Date.now() - started).toBeLessThan(1000);
});

it('every list that takes no `first` has a stated bound, and every bound such a list', () => {
  const lists = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__') && type.name !== 'Subscription')
    .flatMap((type) => Object.values(type.getFields())
      .filter((field) => isListType(getNullableType(field.type)) && !field.args.some((arg) => arg.name === 'first'))
      .map((field) => `${type.name}.${field.name}`));
  expect(lists.sort()).toEqual(Object.keys(LIST_BOUNDS).sort());
});
