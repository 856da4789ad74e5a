import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { getArgumentValues, getNamedType, getVariableValues, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLFormattedError, type GraphQLObjectType } from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import type { RequestContext } from '../context';
import { DomainError } from '../errors';
import { endCursor, HiddenRequiredRow, resolveMarkers, shapeNeedsWalk } from './answer';
import { Planner, Unplannable } from './plan';
import { nodesOf, planRoot } from './root-sql';
import { PLANNED_ROOTS } from './roots';

type Request = GraphQLRequestContextResponseForOperation<RequestContext>;
type Json = Record<string, unknown>;
interface RootResult { nodes: Json[] | Json[][]; count?: number; last?: unknown[] | null; total?: number }

/** The value of one root field: the rows' JSON from its one SQL statement, wrapped as a connection where it is one. */
async function answerRoot(planner: Planner, request: Request, key: string, nodes: readonly FieldNode[], errors: GraphQLFormattedError[]): Promise<unknown> {
  const { schema, contextValue: ctx } = request;
  const queryType = schema.getQueryType()!;
  const name = nodes[0].name.value;
  const root = Object.hasOwn(PLANNED_ROOTS, name) ? PLANNED_ROOTS[name] : undefined; // __schema, __type and others: the executor's
  if (!root) throw new Unplannable(name);
  const field = queryType.getFields()[name];
  const rows = root(ctx, getArgumentValues(field, nodes[0], planner.variables));
  const connectionType = rows.kind === 'connection' ? (getNamedType(field.type) as GraphQLObjectType) : null;
  const connectionFields = connectionType ? collectSubfields(schema, planner.fragments, planner.variables, connectionType, nodes) : new Map();
  const nodesKeys = [...connectionFields].filter(([, fieldNodes]) => fieldNodes[0].name.value === 'nodes');
  if (nodesKeys.length > 1) throw new Unplannable('nodes asked twice');
  const { nodeType, objectNodes } = nodesOf(field, rows, nodesKeys[0]?.[1], nodes);
  const planned = planRoot(planner, field, nodes, rows, nodeType, objectNodes);
  const [row] = await ctx.em.getConnection().execute<{ result: RootResult | null }[]>(planned.sql.text, [...planned.sql.values]);
  const result = row.result;
  if (rows.kind === 'single') {
    const value = result?.nodes[0] ?? null;
    if (shapeNeedsWalk(planned.shape)) resolveMarkers(value, planned.shape, [key], errors);
    return value;
  }
  const list = result!.nodes;
  if (rows.kind === 'list') {
    if (shapeNeedsWalk(planned.shape)) resolveMarkers(list, planned.shape, [key], errors);
    return list;
  }
  const connection: Json = {};
  for (const [connectionKey, fieldNodes] of connectionFields) {
    const name = fieldNodes[0].name.value;
    if (name === 'nodes') {
      if (shapeNeedsWalk(planned.shape)) resolveMarkers(list, planned.shape, [key, connectionKey], errors);
      connection[connectionKey] = list;
    } else if (name === 'totalCount') connection[connectionKey] = Number(result!.total);
    else if (name === '__typename') connection[connectionKey] = connectionType!.name;
    else if (name === 'pageInfo') connection[connectionKey] = pageInfo(planner, fieldNodes, Number(result!.count) > rows.first, list.length ? endCursor(result!.last ?? null) : null);
    else throw new Unplannable(name);
  }
  return connection;
}

function pageInfo(planner: Planner, nodes: readonly FieldNode[], hasNextPage: boolean, cursor: string | null): Json {
  const type = planner.schema.getType('PageInfo') as GraphQLObjectType;
  const info: Json = {};
  for (const [key, fieldNodes] of collectSubfields(planner.schema, planner.fragments, planner.variables, type, nodes)) {
    const name = fieldNodes[0].name.value;
    info[key] = name === 'hasNextPage' ? hasNextPage : name === 'endCursor' ? cursor : 'PageInfo';
  }
  return info;
}

async function answer(request: Request): Promise<GraphQLResponse | null> {
  const { schema, document, operation, contextValue: ctx } = request;
  if (operation.operation !== 'query') return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {});
  if (coerced.errors) return null;
  const fragments = Object.fromEntries(document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]));
  const planner = new Planner(ctx.em, ctx.ability, schema, fragments, coerced.coerced);
  const data: Json = {};
  const errors: GraphQLFormattedError[] = [];
  for (const [key, nodes] of collectFields(schema, fragments, coerced.coerced, schema.getQueryType()!, operation.selectionSet)) {
    data[key] = nodes[0].name.value === '__typename' ? 'Query' : await answerRoot(planner, request, key, nodes, errors);
  }
  return {
    http: { status: undefined, headers: new HeaderMap([['x-read-path', 'planned']]) },
    body: { kind: 'single', singleResult: errors.length ? { data, errors } : { data } },
  };
}

/**
 * The planned read path: a query whose every field the planner knows is answered by one SQL statement
 * per root field that builds its JSON (src/read/plan.ts), instead of a resolver per field and a managed
 * entity per row. Anything else (mutations, fields it does not know, answers with a hidden required row)
 * runs through the resolvers as before, which stay the reference the tests compare it with.
 */
export function plannedReadsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          try {
            return await answer(request);
          } catch (error) {
            // The resolvers give the same refusal (a bad argument) in their own words, and answer what the planner does not.
            if (error instanceof Unplannable || error instanceof HiddenRequiredRow || error instanceof DomainError) return null;
            throw error;
          }
        },
      };
    },
  };
}
