import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { Sql } from '../db/sql/sql';
import type { Relation } from './relations';
import type { DerivedValue } from '../common/derived';
import { pageRequest, type OrderKey, type PageArgs, type PageRequest } from '../common/pagination';

const ROWS = Symbol('rows');

/** An order key of a page, with the SQL of its value when it is no column (a derived value ranked, say). */
export type PageOrderKey = OrderKey & { value?: DerivedValue };

/**
 * Which rows a query answers with, as its service decides them (the caller's read filter and the
 * arguments): the read engine (src/read/) turns them, and the fields the query selects, into SQL.
 */
export type Rows = { readonly [ROWS]: true } & (
  /** A page of a Relay connection: `order` ends with a unique key, so the cursor names one place. */
  | { kind: 'page'; entity: EntityClass<object>; where: FilterQuery<object>; order: PageOrderKey[]; page: PageRequest }
  /** Every row, in order, at most `limit`. */
  | { kind: 'list'; entity: EntityClass<object>; where: FilterQuery<object>; orderBy: QueryOrderMap<object>; limit: number }
  /** The one row, or null (`where` null: none can match). */
  | { kind: 'one'; entity: EntityClass<object>; where: FilterQuery<object> | null }
  /** Rows a statement derives, already filtered by the caller's access, in the order of a column `n`; `single`: the first, or null. */
  | { kind: 'derived'; typeName: string; sql: Sql; columns: Record<string, string>; relations?: Record<string, Relation>; limit: number; single?: boolean }
  /** One value a statement computes. */
  | { kind: 'value'; sql: Sql }
  /** The row with this id, whatever its type (Relay's node), if the caller may read it; none for null. */
  | { kind: 'node'; id: string | null });

/** Rows as a service asks for them: branded, so that no value computed in node passes for them. */
export const rows = <T extends Omit<Rows, typeof ROWS>>(request: T): Rows => ({ ...request, [ROWS]: true }) as unknown as Rows;

export const page = (entity: EntityClass<object>, where: FilterQuery<object>, order: PageOrderKey[], args: PageArgs): Rows =>
  rows({ kind: 'page', entity, where, order, page: pageRequest(args, order) });

export const one = (entity: EntityClass<object>, where: FilterQuery<object> | null): Rows => rows({ kind: 'one', entity, where });

export const list = (entity: EntityClass<object>, where: FilterQuery<object>, orderBy: QueryOrderMap<object>, limit: number): Rows =>
  rows({ kind: 'list', entity, where, orderBy, limit });

/** A root field's answer: rows for the read engine, or a value computed in node (who is asking, say). */
export const isRows = (value: unknown): value is Rows => value !== null && typeof value === 'object' && ROWS in value;
