import 'reflect-metadata';
import { Formula } from '@mikro-orm/core';
import { ident, Sql, sql } from '../db/sql/sql';

/**
 * Rows of another table that derived values of a row are read from, keyed by a column of that row
 * (its id unless `on` says otherwise). `rows(match)` selects a `key` column and named values, where
 * `match(column)` is the condition that ties a row of it to the rows asked about: for a page of rows
 * the read engine makes it `column in (their keys)`, so the table is read once for the page; for one
 * row (a filter, an order, an entity loaded for a change) it is `column = that row's key`.
 */
export interface DerivedGroup {
  readonly name: string;
  readonly on?: string;
  rows(match: (column: string) => Sql): Sql;
}

/** The row a derived value is computed on: its own columns, and values from groups. */
export interface DerivedRow {
  column(name: string): Sql;
  from(group: DerivedGroup, value: string): Sql;
  /**
   * Whether the reader may read `field` of the `subject` row whose properties are these values:
   * for a value that shows each reader what it may read (an audit event's changes). Only the read
   * engine, which knows the reader, answers it.
   */
  canRead(subject: string, field: string, row: Record<string, Sql>): Sql;
}

/** A derived value in SQL: the same value as the entity's getter or formula, for the row it is given. */
export type DerivedValue = (row: DerivedRow) => Sql;

const DERIVED = Symbol('derived');

/** Marks a field whose value the database derives: the read engine selects it with `value` (its one definition). */
export function Derived(value: DerivedValue) {
  return (target: object, key: string | symbol, _descriptor?: PropertyDescriptor): void => {
    Reflect.defineMetadata(DERIVED, value, target, key);
  };
}

export function derivedOf(entity: Function, field: string): DerivedValue | undefined {
  return Reflect.getMetadata(DERIVED, entity.prototype, field);
}

/** The row `alias`, each group read for that row alone by a subquery: for filters and orders. */
export function correlatedRow(alias: string): DerivedRow {
  return {
    column: (name) => Sql.raw(`${alias}.${ident(name)}`),
    from: (group, value) => {
      const rows = group.rows((column) => Sql.raw(`${column} = ${alias}.${ident(group.on ?? 'id')}`));
      return sql`(select ${Sql.raw(`g.${ident(value)}`)} from (${rows}) g)`;
    },
    canRead: () => {
      throw new Error('a value that depends on its reader cannot be filtered or ordered on');
    },
  };
}

function sqlLiteral(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  throw new Error(`a derived value bound ${typeof value}, which a formula cannot inline`);
}

/**
 * The derived value as a MikroORM formula, for a find that populates it. MikroORM formulas take no
 * bound values, so the ones used here (dates, codes written by the code itself) are written in as
 * literals. The write path reads the facts its rules need with bound values instead (src/db/entity-rows.ts).
 */
export function formulaOf(value: DerivedValue) {
  return (table: { alias: string }): string => {
    const rendered = value(correlatedRow(table.alias));
    let i = 0;
    return rendered.text.replace(/\?/g, () => sqlLiteral(rendered.values[i++]));
  };
}

/**
 * A derived value that MikroORM knows too (a formula), for the business rules of a change: one
 * definition for both. Lazy: a find computes it only when asked to populate it, and a change reads it
 * only when one of its rules names it (loadForChange's `facts`), since each costs a subquery or more.
 */
export function DerivedFormula(value: DerivedValue, type: string) {
  return (target: object, key: string): void => {
    Derived(value)(target, key);
    Formula(formulaOf(value), { type, lazy: true })(target as never, key);
  };
}
