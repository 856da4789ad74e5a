import {
  getNamedType, getNullableType, getVariableValues, GraphQLError, isListType, Kind,
  type DocumentNode, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, LIST_BOUNDS, MAX_COSTED_FIELDS, MAX_PAGE_SIZE, UNSTATED_LIST_BOUND } from './query-limits';

const isConnection = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => arg.name === 'first') && getNamedType(field.type).name.endsWith('Connection');

/** Rows a page may hold: an invalid `first` is refused by the resolver, and costed as the largest page meanwhile. */
function pageSize(first: unknown): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  return Number.isInteger(first) && (first as number) >= 1 && (first as number) <= MAX_PAGE_SIZE ? (first as number) : MAX_PAGE_SIZE;
}

/** How many times a field's children are counted: the rows it can give. */
export function rowsOf(parent: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (isConnection(field)) return pageSize(args.first);
  if (!isListType(getNullableType(field.type))) return 1;
  if (parent.startsWith('__')) return 1; // introspection: as large as the schema, no larger
  return LIST_BOUNDS[`${parent}.${field.name}`] ?? UNSTATED_LIST_BOUND;
}

export function fieldCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  return 1 + rowsOf(type.name, field, args) * childComplexity;
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
