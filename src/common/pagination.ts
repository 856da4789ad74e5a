import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { isIsoDate } from '../clock';
import { BadInputError } from '../errors';
import { parseId } from './ids';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/** What a nested list holds when its `first` is not given. */
export const DEFAULT_NESTED_FIRST = 100;

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Int, { nullable: true }) last?: number | null;
  @Field(() => String, { nullable: true }) before?: string | null;
}

/** A Relay connection `XConnection` with its `XEdge`: edges, nodes, pageInfo, totalCount. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  const edgeName = name.replace(/Connection$/, 'Edge');
  @ObjectType(edgeName)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(name)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType;
}

/** What a value in a cursor must look like: a text column, a row id, a bigint as text, a date, a whole number. */
export type CursorKind = 'text' | 'id' | 'bigint' | 'date' | 'int';

const CURSOR_VALUE: Record<CursorKind, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string' && value.length <= 500 && !value.includes('\u0000'),
  id: (value) => typeof value === 'string' && parseId(value) === value,
  bigint: (value) => typeof value === 'string' && /^\d{1,18}$/.test(value),
  date: (value) => typeof value === 'string' && isIsoDate(value),
  int: (value) => Number.isInteger(value) && Math.abs(value as number) < 2 ** 31,
};

/** One key of a list's order: its kind (how its cursor value is checked), direction, and whether it may be null (then last). */
export interface OrderKey { name: string; kind: CursorKind; desc?: boolean; nullable?: boolean }

/** A page asked for: its size, its direction, and the cursor's values in the order's keys. */
export interface PageRequest { size: number; backward: boolean; cursor?: unknown[]; tag: string }

/** The name a cursor carries of the order it was made in: a cursor from another order is refused. */
export const orderTag = (order: OrderKey[]): string => order.map((key) => `${key.name}${key.desc ? '-' : '+'}`).join(',');

/** A cursor as the read engine writes it in SQL: base64url of the JSON array [order, ...values]. */
export function decodeCursor(cursor: string, order: OrderKey[], argument: string): unknown[] {
  const refuse = () => new BadInputError(`${argument} is not a cursor this list gave out in this order`);
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(values) || values.length !== order.length + 1 || values[0] !== orderTag(order)) throw refuse();
  const keys = values.slice(1);
  const wellFormed = keys.every((value, i) => (value === null ? order[i].nullable === true : CURSOR_VALUE[order[i].kind](value)));
  if (!wellFormed) throw refuse();
  return keys;
}

const size = (value: number | null | undefined, name: string, fallback: number): number => {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) throw new BadInputError(`${name} must be between 1 and ${MAX_PAGE_SIZE}`);
  return n;
};

/**
 * Checks a connection's arguments before they reach SQL: `first` and `after`, or `last` and
 * `before`, a forged or foreign cursor being bad input, never a database error.
 */
export function pageRequest(args: PageArgs, order: OrderKey[]): PageRequest {
  const tag = orderTag(order);
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) throw new BadInputError('page forwards (first, after) or backwards (last, before), not both');
  if (backward) {
    return { size: size(args.last, 'last', DEFAULT_PAGE_SIZE), backward, tag, cursor: args.before != null ? decodeCursor(args.before, order, 'before') : undefined };
  }
  return { size: size(args.first, 'first', DEFAULT_PAGE_SIZE), backward, tag, cursor: args.after != null ? decodeCursor(args.after, order, 'after') : undefined };
}

/** A nested list's `first`: 1 to 500, DEFAULT_NESTED_FIRST when not given. */
export const nestedFirst = (first: unknown): number => size(first as number | null | undefined, 'first', DEFAULT_NESTED_FIRST);
