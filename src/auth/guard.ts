import { ForbiddenError } from '@casl/ability';
import type { EntityClass } from '@mikro-orm/core';
import { parseId } from '../common/ids';
import type { RequestContext } from '../context';
import { lockRows } from '../db/row-lock';
import { NotFoundError } from '../errors';
import type { Action } from './abilities';

ForbiddenError.setDefaultMessage(({ action, field, subjectType }) =>
  field ? `you may not ${action} the ${field} of this ${subjectType}` : `you may not ${action} this ${subjectType}`);

type Row = { id: string };

/** The row if it exists and the caller may read it; null otherwise (the two look the same). */
export async function findReadable<T extends Row>(ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined): Promise<T | null> {
  const key = parseId(id);
  if (!key) return null;
  const row = await ctx.em.findOne(entity, { id: key } as never, { refresh: true });
  return row && ctx.ability.can('read', row) ? row : null;
}

/** Like findReadable, for a change: NOT_FOUND when the caller may not read the row. */
export async function loadReadable<T extends Row>(ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined, what = entity.name): Promise<T> {
  const row = await findReadable(ctx, entity, id);
  if (!row) throw new NotFoundError(what);
  return row;
}

/**
 * The row a change updates: NOT_FOUND as loadReadable, then locked until the transaction ends and
 * read again as it now is, so a concurrent change waits and then sees this one. The lock comes after
 * the read check: a caller who may not read the row never waits on it.
 */
export async function loadForChange<T extends Row>(ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined, what = entity.name): Promise<T> {
  const row = await loadReadable(ctx, entity, id, what);
  await lockRows(ctx.em, entity, [row.id]);
  await ctx.em.findOne(entity, { id: row.id } as never, { refresh: true });
  return row;
}

/** FORBIDDEN unless the ability allows `action` on this row (or this field of it). */
export function authorize(ctx: RequestContext, action: Action, row: object, field?: string): void {
  ForbiddenError.from(ctx.ability).throwUnlessCan(action, row as never, field);
}
