import {
  getArgumentValues, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLFieldResolver, type GraphQLResolveInfo,
  type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import { isRows } from '../modules/rows';
import type { RequestContext } from '../auth/context';
import { Sql, sql } from '../db/sql/sql';
import { Planner, type ShapeEntry } from './plan';
import { compileRoot } from './root';
import { statementOf, type Statement } from './run';

/** An operation the engine leaves to the executor: introspection. */
export class LeftToExecutor extends Error {}

/** A root field of a compiled operation: its answer's columns in the statement, or a value node computes on each request. */
export type Part =
  | { key: string; kind: 'typename' }
  | { key: string; kind: 'sql'; column: number; entry: ShapeEntry }
  | { key: string; kind: 'value'; field: GraphQLField<unknown, unknown>; nodes: readonly FieldNode[] };

/** An operation compiled once: one statement for all its root fields that read rows, and how to assemble its answer. */
export interface CompiledOperation { parts: Part[]; statement: Statement | null }

export interface OperationInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** What each Query field's own resolver returns: the rows it answers with (src/modules/rows.ts), or a value. */
const rowResolvers = new WeakMap<GraphQLField<unknown, unknown>, GraphQLFieldResolver<unknown, RequestContext>>();

export function setRowResolver(field: GraphQLField<unknown, unknown>, resolve: GraphQLFieldResolver<unknown, RequestContext>): void {
  rowResolvers.set(field, resolve);
}

/** The resolve info graphql-js would give a root field, for its own resolver to decide its rows. */
export function rootInfo(input: OperationInput, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], key: string): GraphQLResolveInfo {
  const parentType = input.schema.getRootType(input.operation.operation)!;
  return {
    fieldName: field.name, fieldNodes: nodes, returnType: field.type, parentType, path: { prev: undefined, key, typename: parentType.name },
    schema: input.schema, fragments: input.fragments, rootValue: undefined, operation: input.operation, variableValues: input.variables,
  };
}

/** What a root field answers with: its resolver's rows or value, given the field's arguments. Throws what the resolver throws. */
export async function rootAnswer(ctx: RequestContext, input: OperationInput, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], key: string) {
  const resolve = rowResolvers.get(field);
  if (!resolve) throw new LeftToExecutor(field.name);
  const args = getArgumentValues(field, nodes[0], input.variables);
  return resolve(undefined, args, ctx, rootInfo(input, field, nodes, key));
}

/**
 * Compiles every root field of a query: rows into one statement (each root a subquery of it, with
 * its own levels), values left to be computed per request. Throws what a root's resolver throws
 * (a bad argument), and LeftToExecutor for a field the engine does not read (introspection).
 */
export async function compileOperation(ctx: RequestContext, input: OperationInput): Promise<CompiledOperation> {
  const { schema, operation, fragments, variables } = input;
  const queryType = schema.getQueryType()!;
  const fields = collectFields(schema, fragments, variables, queryType, operation.selectionSet);
  const parts: Part[] = [];
  const selects: Sql[] = [];
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      parts.push({ key, kind: 'typename' });
      continue;
    }
    const field = queryType.getFields()[name];
    if (!field) throw new LeftToExecutor(name); // __schema, __type
    const answer = await rootAnswer(ctx, input, field, nodes, key);
    if (!isRows(answer)) {
      parts.push({ key, kind: 'value', field, nodes });
      continue;
    }
    const planner = new Planner({ metadata: ctx.em.getMetadata(), ability: ctx.ability, schema, fragments, variables });
    const root = compileRoot(planner, answer, field, nodes, key);
    parts.push({ key, kind: 'sql', column: selects.length * 2, entry: root.entry });
    selects.push(root.sql);
  }
  if (selects.length === 0) return { parts, statement: null };
  if (selects.length === 1) return { parts, statement: statementOf(selects[0]) };
  const columns = selects.map((_, i) => Sql.raw(`r${i}.data, r${i}.errors`));
  const from = selects.map((select, i) => sql`(${select}) ${Sql.raw(`r${i}`)}`);
  return { parts, statement: statementOf(sql`select ${Sql.join(columns, ', ')} from ${Sql.join(from, ' cross join ')}`) };
}
