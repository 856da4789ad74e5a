import { ForbiddenError } from '@casl/ability';
import type { EntityClass } from '@mikro-orm/core';
import { parseId } from '../common/ids';
import type { RequestContext } from './context';
import { readRow } from '../db/entity-rows';
import type { Sql } from '../db/sql/sql';
import { filterRenderer } from '../db/sql/where';
import type { SubjectName } from '../modules/entities';
import { accessFilter } from './access-filter';
import { NotFoundError } from '../errors';
import type { Action } from './abilities';

ForbiddenError.setDefaultMessage(({ action, field, subjectType }) =>
  field ? `you may not ${action} the ${field} of this ${subjectType}` : `you may not ${action} this ${subjectType}`);

type Row = { id: string };

/** The derived facts (formula properties) of a row a change's business rules read; none unless named. */
export interface Facts { facts?: readonly string[] }

/** The row if it exists and the caller may read it; null otherwise (the two look the same). */
export async function findReadable<T extends Row>(ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined, { facts }: Facts = {}): Promise<T | null> {
  const key = parseId(id);
  if (!key) return null;
  const row = await readRow(ctx.em, entity, key, { facts });
  return row && ctx.ability.can('read', row) ? row : null;
}

/** Like findReadable, for a change: NOT_FOUND when the caller may not read the row. */
export async function loadReadable<T extends Row>(ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined, what = entity.name, facts: Facts = {}): Promise<T> {
  const row = await findReadable(ctx, entity, id, facts);
  if (!row) throw new NotFoundError(what);
  return row;
}

/** Each ability's read filter of each entity as a condition on the row `t`: an ability is kept a few seconds (access-cache.ts), and serves many changes. */
const readableConditions = new WeakMap<object, Map<string, Sql>>();

function readableCondition(ctx: RequestContext, entity: string): Sql {
  let byEntity = readableConditions.get(ctx.ability);
  if (!byEntity) readableConditions.set(ctx.ability, (byEntity = new Map()));
  let condition = byEntity.get(entity);
  if (!condition) {
    condition = filterRenderer(ctx.em.getMetadata())(entity, accessFilter(ctx.ability, 'read', entity as SubjectName), 't');
    byEntity.set(entity, condition);
  }
  return condition;
}

/**
 * The row a change updates, read, checked and locked by one statement: NOT_FOUND as loadReadable,
 * else locked until the transaction ends and read as it then is, so a concurrent change waits and
 * then sees this one (its facts, if named, read after the lock). The caller's read filter (the
 * ability's, as every list has it) is the statement's condition, which PostgreSQL checks before it
 * asks for the lock: a caller who may not read the row never waits on it.
 */
export async function loadForChange<T extends Row>(ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined, what = entity.name, { facts }: Facts = {}): Promise<T> {
  const key = parseId(id);
  const row = key ? await readRow(ctx.em, entity, key, { lock: true, facts, where: readableCondition(ctx, entity.name) }) : null;
  if (!row || !ctx.ability.can('read', row)) throw new NotFoundError(what);
  return row;
}

/** FORBIDDEN unless the ability allows `action` on this row (or this field of it). */
export function authorize(ctx: RequestContext, action: Action, row: object, field?: string): void {
  if (ctx.ability.can(action, row as never, field)) return; // CASL's error, with its stack, only when it is thrown
  ForbiddenError.from(ctx.ability).throwUnlessCan(action, row as never, field);
}
