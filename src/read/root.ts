import {
  getNamedType, isObjectType, type FieldNode, type GraphQLField, type GraphQLObjectType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import type { Rows } from '../modules/rows';
import { ident, literal, param, Sql, sql } from '../db/sql/sql';
import { asJson } from './fields';
import { cursorSql, pageRows } from './page';
import { Planner, type Built, type Keys, type Scope, type Shape, type ShapeEntry } from './plan';
import { entitiesByName } from '../modules/entities';
import { DerivedSource, entitySource, type Source } from './sources';

/** One root field compiled: a SELECT of its answer's JSON text (`data`) and its refusals (`errors`), and their shape. */
export interface CompiledRoot { key: string; sql: Sql; entry: ShapeEntry }

type Node = readonly FieldNode[];

const objectType = (type: unknown, field: string): GraphQLObjectType => {
  const named = getNamedType(type as never);
  if (!isObjectType(named)) throw new Error(`the read engine cannot read ${field}: not an object type`);
  return named;
};

/** The most rows a root may read for which its lists are read row by row rather than for the whole level. */
const FEW_ROWS = 25;

/** Whether a root reads so few rows that reading its lists beside each row costs PostgreSQL less: one row, a small page, a caller's few trusts. */
function few(rows: Rows): boolean {
  if (rows.kind === 'one') return true;
  if (rows.kind === 'page') return rows.page.size <= FEW_ROWS || idsAtMost(rows.where, FEW_ROWS);
  if (rows.kind === 'list') return rows.limit <= FEW_ROWS || idsAtMost(rows.where, FEW_ROWS);
  return rows.kind === 'derived' && rows.limit <= FEW_ROWS;
}

/** The filter allows only rows whose id is one of at most `n` (a caller's scope): the rows can be no more. */
function idsAtMost(filter: unknown, n: number): boolean {
  return idsAllowed(filter) <= n;
}

/** How many ids at most a filter allows (Infinity when it does not say). */
function idsAllowed(filter: unknown): number {
  if (filter === null || typeof filter !== 'object') return Infinity;
  const { id, $and, $or } = filter as { id?: { $in?: unknown[] }; $and?: unknown[]; $or?: unknown[] };
  const bounds = [Array.isArray(id?.$in) ? id.$in.length : Infinity];
  if (Array.isArray($and)) bounds.push(...$and.map(idsAllowed));
  if (Array.isArray($or)) bounds.push($or.reduce<number>((sum, part) => sum + idsAllowed(part), 0));
  return Math.min(...bounds);
}

/**
 * The rows of level `root` and how their lists are read. A few rows carry their columns in `root`
 * (`wide`); many carry their ids only and are joined back to their table, so the level stays narrow
 * however wide its rows. Derived rows are read as they are.
 */
function level(source: Source, correlated: boolean) {
  const wide = correlated || source instanceof DerivedSource;
  const from = wide ? Sql.raw('root t') : sql`root x join ${source.from} t on t.id = x.id`;
  const keys: Keys = (column) => (!wide && column !== 'id'
    ? sql`select k.${Sql.raw(ident(column))} from ${source.from} k where k.id in (select id from root)`
    : sql`select ${Sql.raw(ident(column))} from root`);
  const scope: Scope = correlated ? { kind: 'correlated' } : { kind: 'set', keys };
  return { from, scope, alias: 't', position: wide ? 't.n' : 'x.n', columns: Sql.raw(wide ? 'r.*' : 'r.id') };
}

/** A list's JSON and refusals over `from`, one aggregate: its elements, and their refusals by position (wrapped by `wrap`). */
function aggregate(built: Built, from: Sql, position: string, wrap: (errs: Sql) => Sql = (errs) => errs) {
  const order = Sql.raw(position);
  const errs = built.errs ? sql`case when bool_or(${built.errs} is not null) then json_agg(${wrap(built.errs)} order by ${order}) end` : Sql.raw('null::json');
  return sql`(select coalesce(json_agg(${built.json} order by ${order}), '[]'::json) as v, ${errs} as e
    from ${from} ${Sql.join(built.joins, ' ')})`;
}

function statement(planner: Planner, first: Sql[], data: Sql, errs: Sql, from: Sql = Sql.raw('')): Sql {
  return sql`${planner.withClause(first)}select (${data})::text as data, (${errs})::text as errors ${from}`;
}

function compileOne(planner: Planner, rows: Rows & { kind: 'one' }, type: GraphQLObjectType, nodes: Node): { sql: Sql; shape: Shape } {
  const source = entitySource(planner.input.metadata, rows.entity);
  if (rows.where === null) return { sql: Sql.raw(`select 'null' as data, null as errors`), shape: new Map() };
  const { from, scope, alias, columns } = level(source, true);
  const built = planner.object(type, source, alias, nodes, scope);
  const root = sql`root as (select ${columns}, 1 as n from ${source.from} r where ${planner.where(source, rows.where, 'r')} limit 1)`;
  const row = sql`left join (select ${built.json} as v, ${built.errs ?? Sql.raw('null::json')} as e from ${from} ${Sql.join(built.joins, ' ')}) d on true`;
  return { sql: statement(planner, [root], Sql.raw('d.v'), Sql.raw('d.e'), sql`from (select 1) one ${row}`), shape: built.shape };
}

function compileList(planner: Planner, rows: Rows & { kind: 'list' | 'derived' }, type: GraphQLObjectType, nodes: Node) {
  const source = rows.kind === 'list'
    ? entitySource(planner.input.metadata, rows.entity)
    : new DerivedSource(rows.typeName, rows.sql, rows.columns, rows.relations);
  const { from, scope, alias, position, columns } = level(source, few(rows));
  const root = rows.kind === 'list'
    ? sql`root as materialized (select ${columns}, row_number() over (order by ${planner.orderSql(source, rows.orderBy, 'r')}) as n from ${source.from} r
        where ${planner.where(source, rows.where, 'r')} order by ${planner.orderSql(source, rows.orderBy, 'r')} limit ${Sql.raw(String(rows.limit))})`
    : sql`root as materialized (select d.* from (${rows.sql}) d order by d.n limit ${Sql.raw(String(rows.limit))})`;
  const built = planner.object(type, source, alias, nodes, scope);
  const [data, errs] = rows.kind === 'derived' && rows.single ? ['list.v->0', 'list.e->0'] : ['list.v', 'list.e'];
  return { sql: statement(planner, [root], Sql.raw(data), Sql.raw(errs), sql`from ${aggregate(built, from, position)} list`), shape: built.shape };
}

/** A Relay connection's page: its nodes and edges, pageInfo and totalCount, in the order the selection asks. */
function compilePage(planner: Planner, rows: Rows & { kind: 'page' }, type: GraphQLObjectType, nodes: Node, entry: ShapeEntry) {
  const { schema, fragments, variables } = planner.input;
  const source = entitySource(planner.input.metadata, rows.entity);
  const { from, scope, alias, position, columns } = level(source, few(rows));
  const page = pageRows(planner, source, rows, columns);
  const connection = collectSubfields(schema, fragments, variables, type, nodes);
  const nodeType = objectType(type.getFields().nodes.type, `${type.name}.nodes`);
  const pairs: Sql[] = [];
  const errs: Sql[] = [];
  const lists: Sql[] = [];
  const shape: Shape = new Map();
  for (const [key, fieldNodes] of connection) {
    const name = fieldNodes[0].name.value;
    const child: ShapeEntry = { node: fieldNodes[0] };
    shape.set(key, child);
    let value: Sql;
    if (name === '__typename') value = literal(type.name);
    else if (name === 'totalCount') value = sql`(select count(*)::int from ${source.from} r where ${planner.where(source, rows.where, 'r')})`;
    else if (name === 'pageInfo') value = pageInfo(planner, source, rows, fieldNodes, page, from, position);
    else {
      const list = planner.name('list');
      if (name === 'nodes') {
        const built = planner.object(nodeType, source, alias, fieldNodes, scope);
        child.child = built.shape;
        child.list = true;
        lists.push(sql`${aggregate(built, from, position)} ${Sql.raw(list)}`);
      } else {
        // edges { cursor node }: each edge an object of its own selection
        const edgeType = objectType(type.getFields().edges.type, `${type.name}.edges`);
        const edge = edgeObject(planner, source, rows, edgeType, nodeType, fieldNodes, scope, alias);
        child.child = edge.shape;
        child.list = true;
        lists.push(sql`${aggregate(edge, from, position)} ${Sql.raw(list)}`);
      }
      value = Sql.raw(`${list}.v`);
      errs.push(sql`${literal(key)}, ${Sql.raw(`${list}.e`)}`);
    }
    pairs.push(sql`${literal(key)}, ${value}`);
  }
  entry.child = shape;
  const data = sql`json_build_object(${Sql.join(pairs, ', ')})`;
  const errors = errs.length ? sql`nullif(json_strip_nulls(json_build_object(${Sql.join(errs, ', ')}))::text, '{}')::json` : Sql.raw('null::json');
  const from_ = lists.length ? sql`from ${Sql.join(lists, ' cross join ')}` : Sql.raw('');
  return { sql: statement(planner, page.ctes, data, errors, from_), shape };
}

function edgeObject(planner: Planner, source: Source, rows: Rows & { kind: 'page' }, edgeType: GraphQLObjectType, nodeType: GraphQLObjectType, nodes: Node, scope: Scope, alias: string): Built {
  const { schema, fragments, variables } = planner.input;
  const pairs: Sql[] = [];
  const errs: Sql[] = [];
  const joins: Sql[] = [];
  const shape: Shape = new Map();
  for (const [key, fieldNodes] of collectSubfields(schema, fragments, variables, edgeType, nodes)) {
    const name = fieldNodes[0].name.value;
    const entry: ShapeEntry = { node: fieldNodes[0] };
    shape.set(key, entry);
    if (name === '__typename') pairs.push(sql`${literal(key)}, ${literal(edgeType.name)}`);
    else if (name === 'cursor') pairs.push(sql`${literal(key)}, ${cursorSql(source, rows, alias)}`);
    else {
      const built = planner.object(nodeType, source, alias, fieldNodes, scope);
      entry.child = built.shape;
      joins.push(...built.joins);
      pairs.push(sql`${literal(key)}, ${built.json}`);
      if (built.errs) errs.push(sql`${literal(key)}, ${built.errs}`);
    }
  }
  const errsObject = errs.length ? sql`nullif(json_strip_nulls(json_build_object(${Sql.join(errs, ', ')}))::text, '{}')::json` : null;
  return { json: sql`json_build_object(${Sql.join(pairs, ', ')})`, errs: errsObject, joins, shape };
}

function pageInfo(planner: Planner, source: Source, rows: Rows & { kind: 'page' }, nodes: Node, page: ReturnType<typeof pageRows>, from: Sql, position: string): Sql {
  const { schema, fragments, variables } = planner.input;
  const type = schema.getType('PageInfo') as GraphQLObjectType;
  const cursorAt = (at: string) => sql`(select ${cursorSql(source, rows, 't')} from ${from} where ${Sql.raw(position)} = ${Sql.raw(at)})`;
  const values: Record<string, Sql> = {
    __typename: literal('PageInfo'),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: cursorAt('1'),
    endCursor: cursorAt('(select max(n) from root)'),
  };
  const pairs = [...collectSubfields(schema, fragments, variables, type, nodes)].map(([key, fieldNodes]) =>
    sql`${literal(key)}, ${values[fieldNodes[0].name.value]}`);
  return sql`json_build_object(${Sql.join(pairs, ', ')})`;
}

/**
 * Relay's node: the row with this id in whichever table holds it, if the caller may read it, with
 * the fields the query selects for its type. One subquery per type, each a primary key lookup.
 */
function compileNode(planner: Planner, rows: Rows & { kind: 'node' }, nodes: Node, entry: ShapeEntry) {
  entry.byType = new Map();
  if (rows.id === null) return Sql.raw(`select 'null' as data, null as errors`);
  const found = Object.keys(entitiesByName).map((subject) => {
    const type = planner.input.schema.getType(subject) as GraphQLObjectType;
    const source = entitySource(planner.input.metadata, subject);
    const alias = planner.name('n');
    const built = planner.object(type, source, alias, nodes, { kind: 'correlated' });
    entry.byType!.set(subject, built.shape);
    const errs = built.errs ? sql`json_build_array(${literal(subject)}, ${built.errs})` : Sql.raw('null::json');
    return sql`(select json_build_array(${built.json}, ${errs}) from ${source.from} ${Sql.raw(alias)} ${Sql.join(built.joins, ' ')}
      where ${Sql.raw(alias)}.id = ${param(rows.id, 'uuid')} and ${planner.where(source, planner.readable(source), alias)})`;
  });
  return sql`select (found.row->0)::text as data, (found.row->1)::text as errors from (select coalesce(${Sql.join(found, ', ')}) as row) found`;
}

/** A scalar a statement computes, written as its GraphQL type writes it. */
function compileValue(rows: Rows & { kind: 'value' }, field: GraphQLField<unknown, unknown>) {
  const json = asJson(field.type, sql`(${rows.sql})`);
  if (!json) throw new Error(`the read engine cannot write ${field.name}`);
  return { sql: sql`select to_json(${json})::text as data, null as errors`, shape: new Map() as Shape };
}

/** Compiles one root field's rows and selection into one statement. */
export function compileRoot(planner: Planner, rows: Rows, field: GraphQLField<unknown, unknown>, nodes: Node, key: string): CompiledRoot {
  const entry: ShapeEntry = { node: nodes[0] };
  if (rows.kind === 'value') return { key, entry, sql: compileValue(rows, field).sql };
  if (rows.kind === 'node') return { key, entry, sql: compileNode(planner, rows, nodes, entry) };
  const type = objectType(field.type, field.name);
  const compiled = rows.kind === 'one' ? compileOne(planner, rows, type, nodes)
    : rows.kind === 'page' ? compilePage(planner, rows, type, nodes, entry)
      : compileList(planner, rows, type, nodes);
  entry.child = compiled.shape;
  entry.list = rows.kind === 'list' || (rows.kind === 'derived' && !rows.single);
  return { key, entry, sql: compiled.sql };
}

