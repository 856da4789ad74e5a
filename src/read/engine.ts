import { createHash } from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import {
  defaultFieldResolver, isObjectType, type FragmentDefinitionNode, type GraphQLFieldResolver, type GraphQLFormattedError,
  type GraphQLResolveInfo, type GraphQLSchema,
} from 'graphql';
import type { AppAbility } from '../auth/abilities';
import { today } from '../clock';
import { isRows, one, type Rows } from '../modules/rows';
import type { RequestContext } from '../auth/context';
import { FieldForbiddenError } from '../errors';
import { markRefusals, Refusal, refusalErrors } from './answer';
import { compileOperation, rootAnswer, setRowResolver, type CompiledOperation, type OperationInput } from './compile';
import { Planner } from './plan';
import { project } from './project';
import { compileRoot } from './root';
import { runStatement, statementOf } from './run';

/** A root field's answer as PostgreSQL wrote it: spliced into the response text as it is (stringifyResult). */
export class RawJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

const PLANS_KEPT = 500;
/** Compiled operations by everything their SQL depends on: the query, its variables, the caller's access and today. */
const plans = new Map<string, CompiledOperation>();
const accessDigests = new WeakMap<AppAbility, string>();

/** What a compiled read depends on of its reader: role, organisation and the rows it acts for. */
export function accessDigest(ctx: RequestContext): string {
  let digest = accessDigests.get(ctx.ability);
  if (!digest) {
    const { role, organisation } = ctx.principal;
    digest = createHash('sha1').update([role, organisation ?? '', ...ctx.scope.trustIds].join('\u0000')).digest('base64');
    accessDigests.set(ctx.ability, digest);
  }
  return digest;
}

async function compiled(ctx: RequestContext, input: OperationInput, queryHash: string): Promise<CompiledOperation> {
  const key = [queryHash, input.operation.name?.value ?? '', JSON.stringify(input.variables), accessDigest(ctx), today()].join('\u0000');
  let plan = plans.get(key);
  if (plan) {
    plans.delete(key); // kept as the most recently used
  } else {
    plan = await compileOperation(ctx, input);
    if (plans.size >= PLANS_KEPT) plans.delete(plans.keys().next().value!);
  }
  plans.set(key, plan);
  return plan;
}

/**
 * A query's whole answer: one statement for the root fields that read rows, whose JSON text goes
 * to the client untouched, and FORBIDDEN errors from the refusals PostgreSQL reported beside it.
 * Undefined when only the executor can answer: a hidden required row to null out, or an error.
 */
export async function answerQuery(ctx: RequestContext, input: OperationInput, queryHash: string) {
  const plan = await compiled(ctx, input, queryHash);
  const columns = plan.statement ? await runStatement(ctx, plan.statement) : [];
  const data: Record<string, unknown> = {};
  const errors: GraphQLFormattedError[] = [];
  for (const part of plan.parts) {
    if (part.kind === 'typename') data[part.key] = input.schema.getQueryType()!.name;
    else if (part.kind === 'value') {
      const value = await rootAnswer(ctx, input, part.field, part.nodes, part.key);
      data[part.key] = project(value, part.field.type, part.nodes, input);
    } else {
      const refused = refusalErrors(columns[part.column + 1], part.entry, part.key);
      if (!refused) return undefined;
      errors.push(...refused);
      data[part.key] = new RawJson(columns[part.column] ?? 'null');
    }
  }
  return errors.length ? { data, errors } : { data };
}

/** The response text, the engine's raw JSON spliced in: Apollo's serialiser, otherwise (stringifyResult). */
export function stringifyResult(value: { data?: Record<string, unknown> | null; errors?: readonly unknown[]; extensions?: unknown }): string {
  const data = value.data;
  if (!data || !Object.values(data).some((v) => v instanceof RawJson)) return `${JSON.stringify(value)}\n`;
  const parts: string[] = [];
  if (value.errors) parts.push(`"errors":${JSON.stringify(value.errors)}`);
  const fields = Object.entries(data).map(([key, v]) => `${JSON.stringify(key)}:${v instanceof RawJson ? v.text : JSON.stringify(v)}`);
  parts.push(`"data":{${fields.join(',')}}`);
  if (value.extensions) parts.push(`"extensions":${JSON.stringify(value.extensions)}`);
  return `{${parts.join(',')}}\n`;
}

function inputOf(info: GraphQLResolveInfo): OperationInput {
  return { schema: info.schema, operation: info.operation, fragments: info.fragments as Record<string, FragmentDefinitionNode>, variables: info.variableValues };
}

/** Reads rows for the executor: the same statement, its JSON parsed, each refusal marked for its field to throw. */
export async function readForExecutor(ctx: RequestContext, info: GraphQLResolveInfo, rows: Rows): Promise<unknown> {
  const { schema, fragments, variables } = inputOf(info);
  const planner = new Planner({ metadata: ctx.em.getMetadata(), ability: ctx.ability, schema, fragments, variables, typed: true });
  const field = info.parentType.getFields()[info.fieldName];
  const root = compileRoot(planner, rows, field, info.fieldNodes, info.path.key as string);
  const [data, refusals] = await runStatement(ctx, statementOf(root.sql));
  const value = data === null ? null : JSON.parse(data);
  markRefusals(value, refusals, root.entry);
  return value;
}

/** A change's answer: its row as the caller now reads it, within the change's transaction, by the same engine. */
export function readChanged(ctx: RequestContext, info: GraphQLResolveInfo, entity: EntityClass<object>, id: string): Promise<unknown> {
  return readForExecutor(ctx, info, one(entity, { id }));
}

/** A field of an answer the engine built: its value under the field's response key (aliases included). */
const byResponseKey: GraphQLFieldResolver<Record<string, unknown>, unknown> = (source, _args, _ctx, info) => {
  if (source === null || typeof source !== 'object' || !(info.path.key in source)) return defaultFieldResolver(source, _args, _ctx, info);
  const value = source[info.path.key];
  if (value instanceof Refusal) throw new FieldForbiddenError(value.message);
  return value;
};

/**
 * Makes the executor read through the engine: each Query field's resolver decides its rows (or
 * computes a value), and the engine reads them; every field beneath reads the engine's answer by
 * response key. The resolvers' rows serve the fast path (src/read/plugin.ts) too.
 */
export function readThroughEngine(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    const decide = field.resolve ?? defaultFieldResolver;
    setRowResolver(field, decide as GraphQLFieldResolver<unknown, RequestContext>);
    field.resolve = async (source, args, ctx: RequestContext, info) => {
      const answer = await decide(source, args, ctx, info);
      if (isRows(answer)) return readForExecutor(ctx, info, answer);
      return project(answer, field.type, info.fieldNodes, inputOf(info));
    };
  }
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve = byResponseKey as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}

