import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode, type GraphQLFormattedError } from 'graphql';
import { today } from '../clock';
import type { RequestContext } from '../context';
import { DomainError } from '../errors';
import { accessService } from '../modules/access/access.service';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '../format-error';
import { endCursor, HiddenRequiredRow, resolveMarkers } from './answer';
import { compileOperation, type CompiledOperation, type CompiledRoot } from './compile';
import { Planner, Unplannable } from './plan';

type Request = GraphQLRequestContextResponseForOperation<RequestContext>;
type Json = Record<string, unknown>;
interface RootResult { nodes: Json[]; count?: number; last?: unknown[] | null; total?: number }

const PLAN_CACHE_SIZE = 500;
/** Compiled operations by everything their SQL depends on; null for one that runs through the resolvers. */
const plans = new Map<string, CompiledOperation | null>();

function cacheKey(request: Request, variables: Json): string {
  const { principal, scope } = request.contextValue;
  const parts = [request.queryHash, request.operationName ?? '', JSON.stringify(variables), principal.role, principal.organisation ?? '', scope.trustIds.join(','), today()];
  return createHash('sha256').update(parts.join('\u0000')).digest('base64');
}

function compile(request: Request, variables: Json): CompiledOperation | null {
  const key = cacheKey(request, variables);
  if (plans.has(key)) return plans.get(key)!;
  const fragments = Object.fromEntries(request.document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]));
  const ctx = request.contextValue;
  let compiled: CompiledOperation | null;
  try {
    compiled = compileOperation(new Planner(ctx.em, ctx.ability, request.schema, fragments, variables), ctx, request.operation);
  } catch (error) {
    // The resolvers give the same refusal (a bad argument) in their own words, and answer what the planner does not.
    if (!(error instanceof Unplannable || error instanceof DomainError)) throw error;
    compiled = null;
  }
  if (plans.size >= PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value!);
  plans.set(key, compiled);
  return compiled;
}

async function answerRoot(ctx: RequestContext, root: CompiledRoot & { kind: 'rows' }, errors: GraphQLFormattedError[]): Promise<unknown> {
  const [row] = await ctx.em.getConnection(ctx.wrote ? 'write' : 'read').execute<{ result: RootResult | null }[]>(root.sql.text, [...root.sql.values]);
  const result = row.result;
  const { rows, shape } = root;
  if (rows.kind !== 'connection') {
    const value = rows.kind === 'single' ? (result?.nodes[0] ?? null) : result!.nodes;
    if (root.walk) resolveMarkers(value, shape, [root.key], errors);
    return value;
  }
  const connection: Json = {};
  for (const field of root.connection!.fields) {
    if (field.name === 'nodes') {
      if (root.walk) resolveMarkers(result!.nodes, shape, [root.key, field.key], errors);
      connection[field.key] = result!.nodes;
    } else if (field.name === 'totalCount') connection[field.key] = Number(result!.total);
    else if (field.name === '__typename') connection[field.key] = root.connection!.typeName;
    else if (field.name === 'pageInfo') {
      const values: Json = { hasNextPage: Number(result!.count) > rows.first, endCursor: result!.nodes.length ? endCursor(result!.last ?? null) : null, __typename: 'PageInfo' };
      connection[field.key] = Object.fromEntries(field.fields.map(([key, name]) => [key, values[name]]));
    }
  }
  return connection;
}

/** `me`, as accessService.me gives it to its resolver. */
function callerOf(ctx: RequestContext, fields: [string, string][]): Json {
  const principal: Json = { ...accessService.me(ctx), __typename: 'Principal' };
  return Object.fromEntries(fields.map(([key, name]) => [key, principal[name] ?? null]));
}

async function answer(request: Request): Promise<GraphQLResponse | null> {
  // No operation resolved (two of them, no operationName): the executor answers 400.
  if (request.operation?.operation !== 'query') return null;
  const coerced = getVariableValues(request.schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {});
  if (coerced.errors) return null;
  const compiled = compile(request, coerced.coerced);
  if (!compiled) return null;
  const data: Json = {};
  const errors: GraphQLFormattedError[] = [];
  for (const root of compiled.roots) {
    if (root.kind === 'typename') data[root.key] = 'Query';
    else if (root.kind === 'caller') data[root.key] = callerOf(request.contextValue, root.fields);
    else data[root.key] = await answerRoot(request.contextValue, root, errors);
  }
  return {
    http: { status: undefined, headers: new HeaderMap([['x-read-path', 'planned']]) },
    body: { kind: 'single', singleResult: errors.length ? { data, errors } : { data } },
  };
}

/**
 * The planned read path: a query whose every field the planner knows is answered by one SQL statement
 * per root field that builds its JSON (src/read/plan.ts), instead of a resolver per field and a managed
 * entity per row. The compiled SQL is kept per operation, variables and caller's access, so a repeated
 * query costs its statement and little else. Anything else (mutations, fields it does not know, answers
 * with a hidden required row) runs through the resolvers, which stay the reference the tests compare it with.
 */
export function plannedReadsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          try {
            return await answer(request);
          } catch (error) {
            if (error instanceof HiddenRequiredRow) return null;
            // Thrown from here, Apollo would mask it as a bare "Internal server error".
            if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(error);
            throw error;
          }
        },
      };
    },
  };
}
