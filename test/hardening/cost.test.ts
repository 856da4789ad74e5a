import { getNamedType, getNullableType, isListType, isObjectType, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryCost } from '../../src/limits/cost';
import { LIST_BOUNDS, MAX_COST } from '../../src/limits/query-limits';
import { getSchema } from '../../src/schema';
import { aliasFlood, contractCycle, DASHBOARD, fragmentChain, nestedSystems, ONE_TRUST_WITH_EVERYTHING } from './queries';

// The cost of a query multiplies by every list's size (`first`, or the list's stated bound), so the
// queries that exhausted the server cost far more than MAX_COST and the regulator's reads less.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number | undefined {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return queryCost(schema, document, operation, variables);
}

describe('the queries of issue 11', () => {
  it('the hostile ones cost far more than the limit', () => {
    expect(cost(nestedSystems(7))).toBe(1_206_620_689_551); // 50 systems × 30 trusts, 7 times over
    expect(cost(contractCycle(16))).toBeGreaterThan(1e32); // 10 contracts × 10 partner contracts per cycle
    const oneAlias = cost('{ trusts(first: 500) { nodes { id name } } }')!;
    expect(oneAlias).toBe(1_501);
    expect(oneAlias * 24_661).toBeGreaterThan(MAX_COST * 70);
    expect(() => cost(aliasFlood())).toThrow(/maximum allowed number of nodes/); // refused before it is counted out
  });

  it("the regulator's dashboard and one trust with everything cost less", () => {
    expect(cost(DASHBOARD)).toBe(116_501);
    expect(cost(ONE_TRUST_WITH_EVERYTHING, { ods: 'RN1' })).toBe(42_072);
    expect(MAX_COST).toBeGreaterThan(116_501);
  });
});

describe('a connection costs its children times its page size', () => {
  const page = (first: string) => `{ trusts${first} { nodes { inspections { overall } } } }`;
  const perTrust = 1 + 1 + 30; // nodes, inspections, 30 inspections' overall

  it.each([
    ['first: 10', '(first: 10)', 1 + 10 * perTrust],
    ['no first: the default page of 50', '', 1 + 50 * perTrust],
    ['first: 0 (refused by the resolver): as the largest page', '(first: 0)', 1 + 500 * perTrust],
    ['first: 100000 (refused by the resolver): as the largest page', '(first: 100000)', 1 + 500 * perTrust],
  ])('%s', (_what, args, expected) => {
    expect(cost(page(args))).toBe(expected);
  });

  it('with `first` in a variable, its value', () => {
    expect(cost('query($n: Int) { trusts(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 7 * 2);
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

it('every list of objects in the schema has a stated bound, and every bound a list', () => {
  const lists = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) => Object.values(type.getFields())
      .filter((field) => isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type)))
      .map((field) => `${type.name}.${field.name}`));
  expect(Object.keys(LIST_BOUNDS).sort()).toEqual(lists.sort());
});
