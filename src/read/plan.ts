import type { FilterQuery, MetadataStorage, QueryOrderMap } from '@mikro-orm/core';
import {
  getArgumentValues, getNamedType, isNonNullType, isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLField,
  type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import type { AppAbility } from '../auth/abilities';
import { accessCondition, accessFilter } from '../auth/access-filter';
import { isRestricted } from '../auth/restricted-fields';
import type { DerivedGroup, DerivedRow } from '../common/derived';
import { nestedFirst } from '../common/pagination';
import { ident, literal, param, Sql, sql } from '../db/sql/sql';
import type { FilterRenderer } from '../db/sql/where';
import type { SubjectName } from '../modules/entities';
import type { DerivedRelation, Reader, ToMany, ToOne } from '../modules/relations';
import { asJson } from './fields';
import { readFilters } from './filters';
import { DerivedSource, entitySource, type Source } from './sources';

/** For each response key of an object: the field node (its location), why it may be refused, and the shape beneath it. */
export type Shape = Map<string, ShapeEntry>;
export interface ShapeEntry { node: FieldNode; forbidden?: string; child?: Shape; list?: boolean; byType?: Map<string, Shape> }

/**
 * One object's SQL: its JSON, the tree of its refusals (null where there are none; `true` for a
 * restricted field the caller may not read, `"h"` for a required row it may not read, an object by
 * response key, an array by position beneath a list), and the joins both need on the row's alias.
 */
export interface Built { json: Sql; errs: Sql | null; joins: Sql[]; shape: Shape }

/** The values of a column over the rows an alias ranges over, as a subquery: what groups and child lists are read for. */
export type Keys = (column: string) => Sql;

/**
 * How the rows beneath an alias are read. `set`: for all the rows the alias ranges over at once
 * (their keys), each child table read once and grouped by parent: for a page of many rows.
 * `correlated`: row by row, each child list an index lookup beside its parent: for a few rows
 * (one trust, a commissioner's six), where PostgreSQL does less so.
 */
export type Scope = { kind: 'set'; keys: Keys } | { kind: 'correlated' };

export interface PlanInput {
  /** Mark each object with its type (`$type`): for the executor, which resolves an interface (Node) from it. */
  typed?: boolean;
  metadata: MetadataStorage;
  ability: AppAbility;
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

const MAX_KEYS = 50; // json_build_object takes at most 100 arguments
const HIDDEN = Sql.raw(`'"h"'::json`);
const TRUE = Sql.raw('true');

/** A JSON object from key and value pairs, in order; past 50 keys, pieces joined as text. */
function jsonObject(pairs: Sql[]): Sql {
  if (pairs.length <= MAX_KEYS) return sql`json_build_object(${Sql.join(pairs, ', ')})`;
  const chunks: Sql[] = [];
  for (let i = 0; i < pairs.length; i += MAX_KEYS) chunks.push(sql`json_build_object(${Sql.join(pairs.slice(i, i + MAX_KEYS), ', ')})::text`);
  const inner = chunks.map((chunk, i) => (i === 0 ? sql`left(${chunk}, -1)` : i === chunks.length - 1 ? sql`right(${chunk}, -1)` : sql`substr(left(${chunk}, -1), 2)`));
  return sql`(${Sql.join(inner, ` || ', ' || `)})::json`;
}

/** The refusals of an object from its fields' (null ones dropped), null when none. */
function errsObject(pairs: Sql[]): Sql | null {
  if (pairs.length === 0) return null;
  return sql`nullif(json_strip_nulls(${jsonObject(pairs)})::text, '{}')::json`;
}

/** A list's elements in order, cut at `first`: an array sliced, the one aggregate that can stop at a count per group. */
const firstOf = (value: Sql, order: Sql, first: number) => sql`array_to_json((array_agg(${value} order by ${order}))[1:${param(first, 'int')}])`;

/**
 * Compiles selections into SQL that builds their JSON, with the caller's access at every level.
 * For many rows, in levels: a root's page, then for each list beneath it the rows of all its
 * parents at once, a common table expression over the level above; each list is aggregated once,
 * grouped by parent, and each derived value read once per level. For a few rows, each list and
 * derived value is read beside its row (a lateral join on an index).
 */
export class Planner {
  readonly filters: FilterRenderer;
  private count = 0;
  private readonly levels: Sql[] = [];
  private readonly aggregates: Sql[] = [];

  constructor(readonly input: PlanInput) {
    this.filters = readFilters(input.metadata);
  }

  name(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  /** A WITH clause of every level and aggregate so far (children before the lists that hold them). */
  withClause(first: Sql[] = []): Sql {
    const all = [...first, ...this.levels, ...this.aggregates];
    return all.length ? sql`with ${Sql.join(all, ', ')} ` : Sql.raw('');
  }

  where(source: Source, filter: FilterQuery<object>, alias: string): Sql {
    return this.filters(source.subject!, filter, alias);
  }

  readable(source: Source): FilterQuery<object> {
    return source.subject ? accessFilter(this.input.ability, 'read', source.subject) : {};
  }

  orderSql(source: Source, orderBy: QueryOrderMap<object>, alias: string): Sql {
    const terms = Object.entries(orderBy).map(([prop, dir]) => `${alias}.${ident(source.keyColumn(prop))} ${String(dir)}`);
    return Sql.raw(terms.join(', '));
  }

  /** The JSON of row `alias` of `source`, for the fields `nodes` select of `type`. */
  object(type: GraphQLObjectType, source: Source, alias: string, nodes: readonly FieldNode[], scope: Scope): Built {
    const { schema, fragments, variables } = this.input;
    const fields = collectSubfields(schema, fragments, variables, type, nodes);
    const joins: Sql[] = [];
    const row = this.derivedRow(alias, scope, joins);
    const pairs: Sql[] = [];
    const errs: Sql[] = [];
    const shape: Shape = new Map();
    if (this.input.typed) pairs.push(sql`'$type', ${literal(type.name)}`);
    for (const [key, fieldNodes] of fields) {
      const name = fieldNodes[0].name.value;
      const entry: ShapeEntry = { node: fieldNodes[0] };
      shape.set(key, entry);
      if (name === '__typename') {
        pairs.push(sql`${literal(key)}, ${literal(type.name)}`);
        continue;
      }
      const field = type.getFields()[name];
      const relation = source.relation(name);
      const target = getNamedType(field.type);
      let built: { json: Sql; errs: Sql | null };
      if (relation && isObjectType(target)) {
        const args = getArgumentValues(field, fieldNodes[0], variables);
        const child = relation.kind === 'one'
          ? this.toOne(relation, target, source, alias, fieldNodes, scope, isNonNullType(field.type))
          : relation.kind === 'many' ? this.toMany(relation, target, alias, fieldNodes, scope, args)
            : this.toDerived(relation, target, row, fieldNodes, args);
        joins.push(...child.joins);
        entry.child = child.shape;
        entry.list = relation.kind !== 'one' && !relation.single;
        built = child;
      } else {
        built = this.scalar(type, field, source, row, alias, entry);
      }
      pairs.push(sql`${literal(key)}, ${built.json}`);
      if (built.errs) errs.push(sql`${literal(key)}, ${built.errs}`);
    }
    return { json: jsonObject(pairs), errs: errsObject(errs), joins, shape };
  }

  /** The row a derived value is computed on: each group it reads from joined once, for all the level's rows or beside the row. */
  private derivedRow(alias: string, scope: Scope, joins: Sql[]): DerivedRow {
    const joined = new Map<DerivedGroup, string>();
    return {
      canRead: (subject, field, values) => this.canRead(subject as SubjectName, field, values),
      column: (name) => Sql.raw(`${alias}.${ident(name)}`),
      from: (group, value) => {
        let groupAlias = joined.get(group);
        if (!groupAlias) {
          groupAlias = this.name('g');
          joined.set(group, groupAlias);
          const key = Sql.raw(`${alias}.${ident(group.on ?? 'id')}`);
          joins.push(scope.kind === 'set'
            ? sql`left join (${group.rows((column) => sql`${Sql.raw(column)} in (${scope.keys(group.on ?? 'id')})`)}) ${Sql.raw(groupAlias)} on ${Sql.raw(groupAlias)}.key = ${key}`
            : sql`left join lateral (${group.rows((column) => sql`${Sql.raw(column)} = ${key}`)}) ${Sql.raw(groupAlias)} on true`);
        }
        return Sql.raw(`${groupAlias}.${ident(value)}`);
      },
    };
  }

  /** Whether the reader may read `field` of a `subject` row given by its properties' values (a row that is not a table's). */
  private canRead(subject: SubjectName, field: string, values: Record<string, Sql>): Sql {
    const condition = accessCondition<object>(this.input.ability, 'read', subject, field);
    if (!condition) return Sql.raw('false');
    if (Object.keys(condition).length === 0) return Sql.raw('true');
    // The row as far as the values know it: every other column null (of its type), so a rule on it denies.
    const meta = this.input.metadata.get(subject);
    const columns = Object.values(meta.properties).flatMap((prop) => {
      if (prop.formula || prop.fieldNames?.length !== 1) return [];
      const value = values[prop.name] ?? Sql.raw(`null::${prop.columnTypes[0]}`);
      return [sql`${value} as ${Sql.raw(ident(prop.fieldNames[0]))}`];
    });
    const row = this.name('w');
    return sql`coalesce((select ${this.filters(subject, condition, row)} from (select ${Sql.join(columns, ', ')}) ${Sql.raw(row)}), false)`;
  }

  /** A column or derived value; a restricted one reads as null, with a refusal, on the rows the caller may not read it of. */
  private scalar(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, source: Source, row: DerivedRow, alias: string, entry: ShapeEntry) {
    const value = source.scalar(field.name, row);
    const json = value && asJson(field.type, value);
    if (!json) throw new Error(`the read engine cannot read ${type.name}.${field.name}`);
    if (!source.subject || !isRestricted(source.subject, field.name)) return { json, errs: null };
    const condition = accessCondition<object>(this.input.ability, 'read', source.subject, field.name);
    if (condition && Object.keys(condition).length === 0) return { json, errs: null };
    entry.forbidden = `you may not read the ${field.name} of this ${source.subject}`;
    if (!condition) return { json: Sql.raw('null'), errs: TRUE };
    const allowed = this.where(source, condition, alias);
    return { json: sql`case when ${allowed} then ${json} end`, errs: sql`case when ${allowed} then null else true end` };
  }

  private toOne(relation: ToOne, type: GraphQLObjectType, source: Source, alias: string, nodes: readonly FieldNode[], scope: Scope, required: boolean): Built {
    const target = entitySource(this.input.metadata, relation.target());
    const fk = `${alias}.${ident(source.keyColumn(relation.key))}`;
    const child = this.name('o');
    const filter = this.readable(target);
    const join = sql`left join ${target.from} ${Sql.raw(child)} on ${Sql.raw(`${child}.id = ${fk}`)} and ${this.where(target, filter, child)}`;
    const inner = this.name('k');
    const childScope: Scope = scope.kind === 'correlated' ? scope : {
      kind: 'set',
      keys: (column) => sql`select ${Sql.raw(`${inner}.${ident(column)}`)} from ${target.from} ${Sql.raw(inner)}
        where ${Sql.raw(`${inner}.id`)} in (${scope.keys(source.keyColumn(relation.key))})`,
    };
    const built = this.object(type, target, child, nodes, childScope);
    const present = Sql.raw(`${child}.id is not null`);
    const mayBeHidden = required && Object.keys(filter).length > 0;
    const errs = mayBeHidden
      ? sql`case when ${present} then ${built.errs ?? Sql.raw('null')} when ${Sql.raw(fk)} is not null then ${HIDDEN} end`
      : built.errs && sql`case when ${present} then ${built.errs} end`;
    return { json: sql`case when ${present} then ${built.json} end`, errs, joins: [join, ...built.joins], shape: built.shape };
  }

  /**
   * The rows of a relation to many: in a set, one level for all parents (the child table read once)
   * and one aggregate grouped by parent; correlated, a lateral subquery beside each parent that
   * stops at `first` itself. Either way the elements come in the relation's order, at most `first`,
   * and their refusals as an array beside them (null where an element has none).
   */
  private toMany(relation: ToMany, type: GraphQLObjectType, alias: string, nodes: readonly FieldNode[], scope: Scope, args: Record<string, unknown>): Built {
    const target = entitySource(this.input.metadata, relation.target());
    const fk = ident(target.keyColumn(relation.key));
    const first = relation.single ? 1 : nestedFirst(args.first);
    const readable = this.where(target, { $and: [this.readable(target), relation.where?.(args) ?? {}] }, 'c');
    const t = this.name('t');
    const aggregate = this.name('a');
    const order = this.orderSql(target, relation.orderBy, t);
    let built: Built;
    if (scope.kind === 'set') {
      const level = this.name('l');
      this.levels.push(sql`${Sql.raw(level)} as (select c.* from ${target.from} c where ${Sql.raw(`c.${fk}`)} in (${scope.keys('id')}) and ${readable})`);
      built = this.object(type, target, t, nodes, { kind: 'set', keys: (column) => sql`select ${Sql.raw(ident(column))} from ${Sql.raw(level)}` });
      const errs = built.errs ? sql`, case when bool_or(${built.errs} is not null) then ${firstOf(built.errs, order, first)} end as e` : Sql.raw('');
      this.aggregates.push(sql`${Sql.raw(aggregate)} as (select ${Sql.raw(`${t}.${fk}`)} as k, ${firstOf(built.json, order, first)} as v${errs}
        from ${Sql.raw(`${level} ${t}`)} ${Sql.join(built.joins, ' ')} group by 1)`);
    } else {
      built = this.object(type, target, t, nodes, scope);
      const errs = built.errs ? sql`, case when bool_or(${built.errs} is not null) then json_agg(${built.errs} order by ${order}) end as e` : Sql.raw('');
      const rows = sql`select c.* from ${target.from} c where ${Sql.raw(`c.${fk} = ${alias}.id`)} and ${readable}
        order by ${this.orderSql(target, relation.orderBy, 'c')} limit ${param(first, 'int')}`;
      built = { ...built, joins: [sql`left join lateral (select json_agg(${built.json} order by ${order}) as v${errs}
        from (${rows}) ${Sql.raw(t)} ${Sql.join(built.joins, ' ')}) ${Sql.raw(aggregate)} on true`] };
    }
    return {
      json: relation.single ? Sql.raw(`${aggregate}.v->0`) : Sql.raw(`coalesce(${aggregate}.v, '[]'::json)`),
      errs: built.errs ? Sql.raw(relation.single ? `${aggregate}.e->0` : `${aggregate}.e`) : null,
      joins: scope.kind === 'set' ? [Sql.raw(`left join ${aggregate} on ${aggregate}.k = ${alias}.id`)] : built.joins,
      shape: built.shape,
    };
  }

  /** The reader, for a derived relation's rows: the rows of an entity it may read. */
  private get reader(): Reader {
    return {
      readable: (entity) => {
        const source = entitySource(this.input.metadata, entity);
        const row = this.name('r');
        return sql`select ${Sql.raw(`${row}.id`)} from ${source.from} ${Sql.raw(row)} where ${this.where(source, this.readable(source), row)}`;
      },
    };
  }

  /** Rows derived beside the parent row: a lateral subquery over its columns, in the order of their `n`, cut at `first`. */
  private toDerived(relation: DerivedRelation, type: GraphQLObjectType, parent: DerivedRow, nodes: readonly FieldNode[], args: Record<string, unknown>): Built {
    const d = this.name('d');
    const aggregate = this.name('a');
    const source = new DerivedSource(relation.typeName, Sql.raw(''), relation.columns, relation.relations);
    const built = this.object(type, source, d, nodes, { kind: 'correlated' });
    const rows = relation.rows(parent, args, this.reader);
    const first = relation.single ? 1 : relation.fixed ? undefined : nestedFirst(args.first);
    const limited = first === undefined ? rows : sql`select * from (${rows}) ${Sql.raw(`${d}_rows`)} order by n limit ${param(first, 'int')}`;
    const order = Sql.raw(`${d}.n`);
    const errs = built.errs ? sql`, case when bool_or(${built.errs} is not null) then json_agg(${built.errs} order by ${order}) end as e` : Sql.raw('');
    return {
      json: relation.single ? Sql.raw(`${aggregate}.v->0`) : Sql.raw(`coalesce(${aggregate}.v, '[]'::json)`),
      errs: built.errs ? Sql.raw(relation.single ? `${aggregate}.e->0` : `${aggregate}.e`) : null,
      joins: [sql`left join lateral (select json_agg(${built.json} order by ${order}) as v${errs}
        from (${limited}) ${Sql.raw(d)} ${Sql.join(built.joins, ' ')}) ${Sql.raw(aggregate)} on true`],
      shape: built.shape,
    };
  }
}
