import {
  getNamedType, getNullableType, getVariableValues, GraphQLError, isEnumType, isLeafType, isListType, Kind,
  type DocumentNode, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { lengthOf } from '../common/lengths';
import { entitiesByName } from '../modules/entities';
import { DEFAULT_NESTED_FIRST, DEFAULT_PAGE_SIZE, LIST_BOUNDS, MAX_COSTED_FIELDS, MAX_PAGE_SIZE, UNSTATED_STRING_LENGTH } from './query-limits';

// The cost of a query is the most characters its answer can hold: each value at its longest (a
// text at its column's declared length, a boolean as `false`), each list at the most rows it may
// give. The engine cuts every list at that size, so an answer can never exceed its cost.

const isConnection = (field: GraphQLField<unknown, unknown>) => getNamedType(field.type).name.endsWith('Connection');

/** Rows a list may give: an invalid size is refused by the service, and counted as the largest meanwhile. */
function size(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_PAGE_SIZE ? (value as number) : MAX_PAGE_SIZE;
}

/** How many times a field's children are counted: the rows it can give. */
export function rowsOf(parent: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (isConnection(field)) return size(args.last ?? args.first, DEFAULT_PAGE_SIZE);
  if (!isListType(getNullableType(field.type))) return 1;
  if (parent.startsWith('__')) return 1; // introspection: as large as the schema, no larger
  if (field.args.some((arg) => arg.name === 'first')) return size(args.first, DEFAULT_NESTED_FIRST);
  return LIST_BOUNDS[`${parent}.${field.name}`] ?? MAX_PAGE_SIZE;
}

/** The longest a leaf value is written, in characters. */
const LEAF_LENGTH: Record<string, number> = { Boolean: 5, Int: 11, Float: 24, ID: 38, Date: 12, DateTime: 26, Money: 18, JSON: 100_000 };

export function leafLength(parent: string, field: GraphQLField<unknown, unknown>): number {
  if (field.name === '__typename') return parent.length + 2; // clients (Apollo, urql) ask for it on every object
  const type = getNamedType(field.type);
  if (isEnumType(type)) return Math.max(...type.getValues().map((value) => value.name.length)) + 2;
  if (type.name === 'String') {
    const entity = (entitiesByName as Record<string, Function>)[parent];
    return (entity ? lengthOf(entity, field.name) : undefined) ?? UNSTATED_STRING_LENGTH + 2;
  }
  return LEAF_LENGTH[type.name] ?? UNSTATED_STRING_LENGTH;
}

export function fieldCost({ type, field, args, childComplexity, node }: ComplexityEstimatorArgs): number {
  const key = (node.alias ?? node.name).value.length + 4; // "key": and a comma
  const rows = rowsOf(type.name, field, args);
  const one = isLeafType(getNamedType(field.type)) ? leafLength(type.name, field) : childComplexity + 2; // an object's braces
  return key + (isConnection(field) || isListType(getNullableType(field.type)) ? 2 + rows * (one + 1) : one);
}

/**
 * The cost of `operation` with these variables; undefined when the variables do not fit the
 * operation (execution then refuses them before any resolver runs). Throws a GraphQLError past
 * MAX_COSTED_FIELDS.
 */
export function queryCost(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {},
): number | undefined {
  const coerced = declaredVariables(schema, operation, variables);
  if (!coerced) return undefined;
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  // The chosen operation alone: getComplexity would otherwise add up every operation in the document.
  const query: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  return getComplexity({ schema, query, variables: coerced, estimators: [fieldCost], maxQueryNodes: MAX_COSTED_FIELDS });
}

/**
 * The variables `operation` declares, coerced to their types; undefined when they do not fit. A
 * variable the request sends but the operation does not declare is ignored, as GraphQL says, however
 * large or deeply nested it is.
 */
export function declaredVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return coerced.errors ? undefined : coerced.coerced;
}

/** What graphql-query-complexity throws past MAX_COSTED_FIELDS. */
export const isTooManyNodes = (error: unknown): boolean => error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message);
