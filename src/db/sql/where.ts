import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import { ident, param, Sql, sql } from './sql';

type Filter = Record<string, unknown>;

/** A key of a filter that is no column of the row: a derived field, a relation to many rows. */
export type FilterExtension = (entity: string, key: string, alias: string, value: unknown, nested: FilterRenderer) => Sql | undefined;

/** Renders a filter on another entity's rows under a fresh alias (a relation's subquery). */
export interface FilterRenderer {
  (entity: string, filter: unknown, alias: string): Sql;
  alias(): string;
}


const COMPARISONS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=', $like: 'like', $ilike: 'ilike' };

const OPERATORS = new Set(['$eq', '$ne', '$in', '$nin', ...Object.keys(COMPARISONS)]);

/** A column's comparisons (`{ $lte: date }`), as against a filter on the row a relation points at. */
const isOperators = (value: unknown): value is Filter =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).every((key) => OPERATORS.has(key));

/**
 * One column's condition. Nulls read as they do on a loaded row (src/auth/row-matcher.ts): `$ne`
 * and `$nin` hold for a null, an ordering never does; lists are one bound array (`= any(?)`), so the
 * text is the same however many values a caller's scope holds.
 */
export function columnCondition(column: Sql, value: unknown): Sql {
  if (value === null || value === undefined) return sql`${column} is null`;
  if (Array.isArray(value)) return sql`${column} = any(${param(value)})`;
  if (!isOperators(value)) return sql`${column} = ${param(value)}`;
  const terms = Object.entries(value).map(([op, operand]): Sql => {
    switch (op) {
      case '$eq':
        return columnCondition(column, operand);
      case '$ne':
        return operand === null ? sql`${column} is not null` : sql`${column} is distinct from ${param(operand)}`;
      case '$in':
        return sql`${column} = any(${param(operand)})`;
      case '$nin':
        return sql`not coalesce(${column} = any(${param(operand)}), false)`;
      default:
        if (!(op in COMPARISONS)) throw new Error(`a filter operator the SQL renderer does not know: ${op}`);
        return sql`${column} ${Sql.raw(COMPARISONS[op])} ${param(operand)}`;
    }
  });
  return and(terms);
}

/** A loaded row standing for its key (a relation compared with an entity). */
const isEntity = (value: unknown): value is { id: unknown } =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) !== Object.prototype && 'id' in value && !Array.isArray(value);

const and = (terms: Sql[]): Sql => (terms.length === 0 ? Sql.raw('true') : terms.length === 1 ? terms[0] : sql`(${Sql.join(terms, ' and ')})`);
const or = (terms: Sql[]): Sql => (terms.length === 0 ? Sql.raw('false') : sql`(${Sql.join(terms, ' or ')})`);

/**
 * Renders a MikroORM-style filter (the ability's conditions, a list's arguments) as a condition on
 * the rows of `alias`, with every value bound. The one place filters become SQL: the read engine's
 * WHERE at every level, the access scope and the aggregates all use it.
 */
export function filterRenderer(metadata: MetadataStorage, extension?: FilterExtension): FilterRenderer {
  let aliases = 0;
  const render = ((entity: string, filter: unknown, alias: string): Sql => {
    const meta = metadata.get(entity);
    const terms = Object.entries((filter ?? {}) as Filter).map(([key, value]) => renderKey(meta, key, value, alias));
    return and(terms);
  }) as FilterRenderer;
  render.alias = () => `w${aliases++}`;

  function renderKey(meta: EntityMetadata, key: string, value: unknown, alias: string): Sql {
    if (key === '$and') return and((value as Filter[]).map((part) => render(meta.className, part, alias)));
    if (key === '$or') return or((value as Filter[]).map((part) => render(meta.className, part, alias)));
    if (key === '$nor') return sql`not ${or((value as Filter[]).map((part) => render(meta.className, part, alias)))}`;
    if (key === '$not') return sql`not coalesce(${render(meta.className, value, alias)}, false)`;
    const prop = meta.properties[key as never] as EntityMetadata['properties'][never] | undefined;
    const special = !prop || prop.formula ? extension?.(meta.className, key, alias, value, render) : undefined;
    if (special) return special;
    if (!prop || prop.formula || !prop.fieldNames?.length) throw new Error(`a filter on ${meta.className}.${key}, which is no column`);
    const column = Sql.raw(`${alias}.${ident(prop.fieldNames[0])}`);
    if (prop.kind === 'scalar') return columnCondition(column, value);
    if (isEntity(value)) return columnCondition(column, value.id);
    // A relation held by this row: compare its key, or filter the row it points at.
    if (!isOperators(value) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const nested = value as Filter;
      if (Object.keys(nested).length === 1 && 'id' in nested) return columnCondition(column, nested.id);
      const target = metadata.get(prop.type);
      const inner = render.alias();
      return sql`${column} in (select ${Sql.raw(`${inner}.id`)} from ${Sql.raw(`${ident(target.tableName)} ${inner}`)} where ${render(target.className, nested, inner)})`;
    }
    return columnCondition(column, value);
  }

  return render;
}
