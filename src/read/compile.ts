import { getArgumentValues, getNamedType, type FieldNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import type { RequestContext } from '../context';
import { shapeNeedsWalk } from './answer';
import { Planner, Unplannable, type Shape } from './plan';
import { nodesOf, planRoot } from './root-sql';
import { PLANNED_ROOTS, type RootRows } from './roots';
import type { Sql } from './sql';

/** What a connection's answer holds besides its nodes, by response key. */
export type ConnectionField = { key: string; name: 'nodes' | 'totalCount' | '__typename' } | { key: string; name: 'pageInfo'; fields: [string, string][] };

export type CompiledRoot =
  | { key: string; kind: 'typename' }
  | { key: string; kind: 'caller'; fields: [string, string][] }
  | { key: string; kind: 'rows'; rows: RootRows; sql: Sql; shape: Shape; walk: boolean; connection?: { typeName: string; fields: ConnectionField[] } };

/** An operation compiled once: SQL per root field and how to assemble its answer. */
export interface CompiledOperation { roots: CompiledRoot[] }

function connectionFields(planner: Planner, type: GraphQLObjectType, nodes: readonly FieldNode[]): ConnectionField[] {
  return [...collectSubfields(planner.schema, planner.fragments, planner.variables, type, nodes)].map(([key, fieldNodes]): ConnectionField => {
    const name = fieldNodes[0].name.value;
    if (name !== 'pageInfo') return { key, name: name as 'nodes' };
    const pageInfo = planner.schema.getType('PageInfo') as GraphQLObjectType;
    const fields = [...collectSubfields(planner.schema, planner.fragments, planner.variables, pageInfo, fieldNodes)];
    return { key, name, fields: fields.map(([subKey, subNodes]) => [subKey, subNodes[0].name.value]) };
  });
}

function compileRoot(planner: Planner, ctx: RequestContext, key: string, nodes: readonly FieldNode[]): CompiledRoot {
  const name = nodes[0].name.value;
  if (name === '__typename') return { key, kind: 'typename' };
  if (name === 'me') {
    // Who is asking needs no SQL: its fields are read off the request's principal when answered.
    const type = getNamedType(planner.schema.getQueryType()!.getFields().me.type) as GraphQLObjectType;
    const fields = [...collectSubfields(planner.schema, planner.fragments, planner.variables, type, nodes)];
    return { key, kind: 'caller', fields: fields.map(([subKey, subNodes]) => [subKey, subNodes[0].name.value]) };
  }
  const root = Object.hasOwn(PLANNED_ROOTS, name) ? PLANNED_ROOTS[name] : undefined; // __schema, __type and others: the executor's
  if (!root) throw new Unplannable(name);
  const field = planner.schema.getQueryType()!.getFields()[name];
  const rows = root(ctx, getArgumentValues(field, nodes[0], planner.variables));
  let connection: { typeName: string; fields: ConnectionField[] } | undefined;
  if (rows.kind === 'connection') {
    const type = getNamedType(field.type) as GraphQLObjectType;
    connection = { typeName: type.name, fields: connectionFields(planner, type, nodes) };
  }
  const nodesFields = connection?.fields.filter((f) => f.name === 'nodes') ?? [];
  if (nodesFields.length > 1) throw new Unplannable('nodes asked twice');
  const nodesOfConnection = nodesFields.length
    ? collectSubfields(planner.schema, planner.fragments, planner.variables, getNamedType(field.type) as GraphQLObjectType, nodes).get(nodesFields[0].key)
    : undefined;
  const { nodeType, objectNodes } = nodesOf(field, rows, nodesOfConnection, nodes);
  const planned = planRoot(planner, rows, nodeType, objectNodes);
  return { key, kind: 'rows', rows, sql: planned.sql, shape: planned.shape, walk: shapeNeedsWalk(planned.shape), connection };
}

/** Compiles every root field of a query, or throws Unplannable for one the planner does not know. */
export function compileOperation(planner: Planner, ctx: RequestContext, operation: OperationDefinitionNode): CompiledOperation {
  const fields = collectFields(planner.schema, planner.fragments, planner.variables, planner.schema.getQueryType()!, operation.selectionSet);
  return { roots: [...fields].map(([key, nodes]) => compileRoot(planner, ctx, key, nodes)) };
}
