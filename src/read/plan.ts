import type { EntityClass, EntityMetadata, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getArgumentValues, getNamedType, isListType, isNonNullType, isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import type { AppAbility } from '../auth/abilities';
import { RESTRICTED_FIELDS } from '../auth/abilities';
import { accessCondition, accessFilter } from '../auth/access-filter';
import type { SubjectName } from '../modules/entities';
import { scalarSql } from './fields';
import { RELATIONS, type ToMany, type ToOne } from './relations';
import { literal, Sql, sql } from './sql';
import { whereSql } from './where';

/** The selection asks for something the planner does not compile: the operation runs through the resolvers. */
export class Unplannable extends Error {}

/** Where the answer may hold markers to replace: a restricted field read as null with FORBIDDEN, a hidden required row. */
export type Shape = Map<string, { node: FieldNode; forbidden?: string; missing?: boolean; list?: boolean; child?: Shape }>;

export interface Planned { json: Sql; joins: Sql[]; shape: Shape; mayBeHidden?: boolean }

export const FORBIDDEN_MARK = '$forbidden';
export const MISSING_MARK = '$missing';
const MAX_KEYS = 50; // json_build_object takes at most 100 arguments

const restricted = new Set(Object.values(RESTRICTED_FIELDS).flatMap((bySubject) =>
  Object.entries(bySubject).flatMap(([subject, fields]) => fields!.map((field) => `${subject}.${field}`))));

/** Compiles one operation's selections into SQL that builds their JSON, with the caller's access at every level. */
export class Planner {
  private aliases = 0;

  constructor(
    readonly em: EntityManager,
    readonly ability: AppAbility,
    readonly schema: GraphQLSchema,
    readonly fragments: Record<string, FragmentDefinitionNode>,
    readonly variables: Record<string, unknown>,
  ) {}

  alias(): string {
    return `"x${this.aliases++}"`;
  }

  meta(entity: EntityClass<object>): EntityMetadata {
    return this.em.getMetadata().get(entity.name);
  }

  where(entity: EntityClass<object>, filter: FilterQuery<object>, alias: string): Sql {
    return whereSql(this.em, entity, filter, alias.slice(1, -1));
  }

  readable(entity: EntityClass<object>): FilterQuery<object> {
    return accessFilter(this.ability, 'read', entity.name as SubjectName);
  }

  /** The JSON object of row `alias` of `entity`, for the fields `nodes` select; `ids` selects the ids the alias ranges over. */
  object(type: GraphQLObjectType, entity: EntityClass<object>, alias: string, nodes: readonly FieldNode[], ids: Sql): Planned {
    const meta = this.meta(entity);
    const fields = collectSubfields(this.schema, this.fragments, this.variables, type, nodes);
    if (fields.size > MAX_KEYS) throw new Unplannable('too many fields in one object');
    const pairs: Sql[] = [];
    const joins: Sql[] = [];
    const shape: Shape = new Map();
    for (const [key, fieldNodes] of fields) {
      const name = fieldNodes[0].name.value;
      const entry: Shape extends Map<string, infer E> ? E : never = { node: fieldNodes[0] };
      let value: Sql;
      if (name === '__typename') value = literal(type.name);
      else {
        const field = type.getFields()[name];
        const relation = RELATIONS[type.name]?.[name];
        const targetType = getNamedType(field.type);
        if (relation && isObjectType(targetType)) {
          const args = getArgumentValues(field, fieldNodes[0], this.variables);
          const planned = relation.kind === 'one'
            ? this.toOne(relation, targetType, meta, alias, fieldNodes, ids, isNonNullType(field.type))
            : this.toMany(relation, targetType, alias, fieldNodes, ids, args);
          value = planned.json;
          joins.push(...planned.joins);
          entry.child = planned.shape;
          entry.list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
          entry.missing = planned.mayBeHidden;
        } else {
          const column = field && !relation ? scalarSql(meta, alias, field) : undefined;
          if (column === undefined) throw new Unplannable(`${type.name}.${name}`);
          value = this.guarded(type.name, name, entity, alias, column, entry);
        }
      }
      pairs.push(sql`${literal(key)}, ${value}`);
      shape.set(key, entry);
    }
    return { json: sql`json_build_object(${Sql.join(pairs, ', ')})`, joins, shape };
  }

  /** A restricted column reads as a marker on the rows where the caller may not read it. */
  private guarded(subject: string, name: string, entity: EntityClass<object>, alias: string, column: string, entry: { forbidden?: string }): Sql {
    if (!restricted.has(`${subject}.${name}`)) return Sql.raw(column);
    const condition = accessCondition<object>(this.ability, 'read', subject as SubjectName, name);
    if (condition && Object.keys(condition).length === 0) return Sql.raw(column);
    entry.forbidden = `you may not read the ${name} of this ${subject}`;
    const mark = Sql.raw(`'{"${FORBIDDEN_MARK}":true}'::json`);
    if (!condition) return mark;
    return sql`case when ${this.where(entity, condition, alias)} then to_json(${Sql.raw(column)}) else ${mark} end`;
  }

  private toOne(relation: ToOne, type: GraphQLObjectType, meta: EntityMetadata, alias: string, nodes: readonly FieldNode[], ids: Sql, required: boolean): Planned {
    const target = relation.target();
    const fk = `"${meta.properties[relation.key as never].fieldNames[0]}"`;
    const child = this.alias();
    const parent = this.alias();
    const filter = this.readable(target);
    const table = Sql.raw(`"${this.meta(target).tableName}"`);
    const planned = this.object(type, target, child, nodes,
      sql`select ${Sql.raw(`${parent}.${fk}`)} from ${Sql.raw(`"${meta.tableName}" ${parent}`)} where ${Sql.raw(`${parent}.id`)} in (${ids})`);
    const mayBeHidden = required && Object.keys(filter).length > 0;
    const hidden = Sql.raw(mayBeHidden ? `'{"${MISSING_MARK}":true}'::json` : 'null');
    const join = sql`left join ${table} ${Sql.raw(child)} on ${Sql.raw(`${child}.id = ${alias}.${fk}`)} and ${this.where(target, filter, child)}`;
    return {
      json: sql`case when ${Sql.raw(`${child}.id`)} is not null then ${planned.json} when ${Sql.raw(`${alias}.${fk}`)} is null then null else ${hidden} end`,
      joins: [join, ...planned.joins],
      shape: planned.shape,
      mayBeHidden,
    };
  }

  private toMany(relation: ToMany, type: GraphQLObjectType, alias: string, nodes: readonly FieldNode[], ids: Sql, args: Record<string, unknown>): Planned {
    const target = relation.target();
    const meta = this.meta(target);
    const fk = `"${meta.properties[relation.key as never].fieldNames[0]}"`;
    const filter = { $and: [this.readable(target), relation.where?.(args) ?? {}] };
    const table = Sql.raw(`"${meta.tableName}"`);
    const [child, childIds, group] = [this.alias(), this.alias(), this.alias()];
    const rows = (a: string) => sql`from ${table} ${Sql.raw(a)} where ${Sql.raw(`${a}.${fk}`)} in (${ids}) and ${this.where(target, filter, a)}`;
    const planned = this.object(type, target, child, nodes, sql`select ${Sql.raw(`${childIds}.id`)} ${rows(childIds)}`);
    const order = Object.entries(relation.orderBy).map(([prop, dir]) =>
      `${child}."${meta.properties[prop as never].fieldNames[0]}" ${String(dir)}`).join(', ');
    const aggregate = sql`select ${Sql.raw(`${child}.${fk}`)} as k, json_agg(${planned.json} order by ${Sql.raw(order)}) as v
      from ${table} ${Sql.raw(child)} ${Sql.join(planned.joins, ' ')}
      where ${Sql.raw(`${child}.${fk}`)} in (${ids}) and ${this.where(target, filter, child)} group by 1`;
    return {
      json: relation.single ? sql`${Sql.raw(group)}.v->0` : sql`coalesce(${Sql.raw(group)}.v, '[]'::json)`,
      joins: [sql`left join (${aggregate}) ${Sql.raw(group)} on ${Sql.raw(`${group}.k = ${alias}.id`)}`],
      shape: planned.shape,
    };
  }
}
