import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { correlatedRow, derivedOf } from '../common/derived';
import { heldLocked } from './sql/row-lock';
import { run } from './sql/run';
import { ident, param, Sql, sql } from './sql/sql';
import { filterRenderer } from './sql/where';

// Rows a change reads, one statement each with bound values, made entities of the change's
// EntityManager as MikroORM's own find would make them. Derived facts are read only when a business
// rule asks for them: each is a subquery or more, and most changes need none.

const OWN_COLUMN = new Set<string>([ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE]);

const columnLists = new WeakMap<EntityMetadata, Sql>();

/** The columns of the row itself: every persisted property (a relation's key included), no formula. */
function columnsOf(meta: EntityMetadata): Sql {
  let columns = columnLists.get(meta);
  if (!columns) {
    const props = meta.props.filter((p) => OWN_COLUMN.has(p.kind) && !(p.kind === ReferenceKind.ONE_TO_ONE && !p.owner) && !p.formula && p.persist !== false && p.fieldNames?.length);
    columnLists.set(meta, (columns = Sql.raw(props.flatMap((p) => p.fieldNames).map((column) => `t.${ident(column)}`).join(', '))));
  }
  return columns;
}

/** The facts named, each computed for the row `t` and named as MikroORM maps its formula. */
function factsOf(meta: EntityMetadata, facts: readonly string[]): Sql {
  return Sql.join(facts.map((name) => {
    const derived = derivedOf(meta.class, name);
    const prop = meta.properties[name as never] as EntityMetadata['props'][number] | undefined;
    if (!derived || !prop?.formula) throw new Error(`${meta.className}.${name} is no derived fact of a formula`);
    return sql`${derived(correlatedRow('t'))} as ${Sql.raw(ident(prop.fieldNames[0]))}`;
  }), ', ');
}

export interface ReadRowOptions {
  /** Locked until the transaction ends (FOR NO KEY UPDATE), and read as the change that held it left it. */
  lock?: boolean;
  /** A condition on the row `t` besides its id: a row that fails it is neither returned nor locked, nor waited for. */
  where?: Sql;
  /** Derived facts a business rule reads (formula properties of the entity). */
  facts?: readonly string[];
}

/**
 * The row with this id as an entity of `em`, or null. Locked, it is read by the locking statement
 * itself: PostgreSQL returns the row as it is once the lock is granted. The condition `where` is
 * checked before the lock is asked for (on the row as the statement found it, and again on the row as
 * it is once granted), so a row that fails it is never waited for. The row's facts are then read by a
 * statement of their own, which sees what the change that held the lock committed (a subquery of the
 * locking statement would still see the rows as they were when it began).
 */
export async function readRow<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string, options: ReadRowOptions = {}): Promise<T | null> {
  const meta = em.getMetadata().get(entity.name);
  const table = Sql.raw(`${ident(meta.tableName)} t`);
  const facts = options.facts?.length ? options.facts : null;
  const inOne = facts && !options.lock ? sql`, ${factsOf(meta, facts)}` : Sql.raw('');
  const where = options.where ? sql` and (${options.where})` : Sql.raw('');
  const [row] = await run(em, sql`select ${columnsOf(meta)}${inOne} from ${table} where t.id = ${param(id)}${where}${Sql.raw(options.lock ? ' for no key update of t' : '')}`);
  if (!row) return null;
  if (options.lock) heldLocked(em, entity.name, [id]);
  const [later] = facts && options.lock ? await run(em, sql`select ${factsOf(meta, facts)} from ${table} where t.id = ${param(id)}`) : [];
  return em.map(entity, { ...row, ...later } as never);
}

/** A filter as MikroORM writes them (`{ trust, endsOn: null, status: { $in: [...] } }`), rendered with bound values by src/db/sql/where.ts. */
export type RowFilter = Record<string, unknown>;

export interface FindOptions {
  /** Properties to order by, in order. */
  orderBy?: Record<string, 'asc' | 'desc'>;
  limit?: number;
  /** Read over what this EntityManager holds of these rows (as find's `refresh`); else its changes to them are kept. */
  refresh?: boolean;
}

/** A filter as a condition on the row `t` (readRow's `where`). */
export function rowCondition(em: EntityManager, entity: EntityClass<object>, filter: RowFilter): Sql {
  return filterRenderer(em.getMetadata())(entity.name, filter, 't');
}

/** How many rows match: one statement, every value bound. */
export async function countRows(em: EntityManager, entity: EntityClass<object>, filter: RowFilter): Promise<number> {
  const { tableName } = em.getMetadata().get(entity.name);
  const [row] = await run<{ n: number }>(em, sql`select count(*)::int as n from ${Sql.raw(`${ident(tableName)} t`)} where ${rowCondition(em, entity, filter)}`);
  return row.n;
}

/** The rows that match, as entities of `em` (as its find would make them): one statement, every value bound. */
export async function findRows<T extends object>(em: EntityManager, entity: EntityClass<T>, filter: RowFilter, options: FindOptions = {}): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const order = Object.entries(options.orderBy ?? {}).map(([name, direction]) => `t.${ident(meta.properties[name as never].fieldNames[0])} ${direction}`);
  const rows = await run(em, sql`select ${columnsOf(meta)} from ${Sql.raw(`${ident(meta.tableName)} t`)} where ${rowCondition(em, entity as EntityClass<object>, filter)}${Sql.raw(
    `${order.length ? ` order by ${order.join(', ')}` : ''}${options.limit ? ` limit ${Number(options.limit)}` : ''}`)}`);
  return rows.map((row) => em.map(entity, row as never, { refresh: options.refresh ?? false } as never)); // em.map passes its options to merge
}

/** The first row that matches, or null. */
export async function findRow<T extends object>(em: EntityManager, entity: EntityClass<T>, filter: RowFilter, options: Omit<FindOptions, 'limit'> = {}): Promise<T | null> {
  const [row] = await findRows(em, entity, filter, { ...options, limit: 1 });
  return row ?? null;
}
