import { Cursor } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { isIsoDate } from '../clock';
import { BadInputError } from '../errors';
import { parseId } from './ids';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A `XConnection` type: nodes, pageInfo, totalCount. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(name)
  class ConnectionType implements Page<T> {
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType;
}

/** What each order-by value of a cursor must look like: a row's text column, its id, a bigint or a date column. */
export type CursorKey = 'text' | 'id' | 'bigint' | 'date';

const CURSOR_VALUE: Record<CursorKey, (value: string) => boolean> = {
  text: (value) => value.length <= 500 && !value.includes('\u0000'),
  id: (value) => parseId(value) === value,
  bigint: (value) => /^\d{1,18}$/.test(value),
  date: isIsoDate,
};

const isCursorValue = (value: unknown, key: CursorKey) => typeof value === 'string' && CURSOR_VALUE[key](value);

/**
 * Checks `first` and `after` (an opaque cursor of order-by values, as MikroORM's findByCursor
 * writes them) before they reach SQL: a forged cursor is bad input, never a database error.
 */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, keys: CursorKey[]) {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (after != null) {
    let values: unknown;
    try {
      values = Cursor.decode(after);
    } catch {
      throw new BadInputError('after is not a cursor this API gave out');
    }
    const wellFormed = Array.isArray(values) && values.length === keys.length && values.every((v, i) => isCursorValue(v, keys[i]));
    if (!wellFormed) throw new BadInputError('after is not a cursor this API gave out');
  }
  return { first: size, after: after ?? undefined };
}

export function toPage<T extends object>(cursor: { items: T[]; hasNextPage: boolean; endCursor: string | null; totalCount: number }): Page<T> {
  return {
    nodes: cursor.items,
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: cursor.totalCount,
  };
}
