import { ForbiddenError } from '@casl/ability';
import { LockMode, type EntityClass } from '@mikro-orm/core';
import { parseId } from '../common/ids';
import type { RequestContext } from '../context';
import { NotFoundError } from '../errors';
import type { Action } from './abilities';

ForbiddenError.setDefaultMessage(({ action, field, subjectType }) =>
  field ? `you may not ${action} the ${field} of this ${subjectType}` : `you may not ${action} this ${subjectType}`);

/** The row if it exists and the caller may read it; null otherwise (the two look the same). */
export async function findReadable<T extends object>(ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined, lock = false): Promise<T | null> {
  const key = parseId(id);
  if (!key) return null;
  // `lock` holds the row until the transaction ends, so a concurrent change waits and then sees this one.
  const row = await ctx.em.findOne(entity, { id: key } as never, { refresh: true, lockMode: lock ? LockMode.PESSIMISTIC_WRITE : undefined });
  return row && ctx.ability.can('read', row) ? row : null;
}

/** Like findReadable, for a change: NOT_FOUND when the caller may not read the row. */
export async function loadReadable<T extends object>(
  ctx: RequestContext, entity: EntityClass<T>, id: string | null | undefined, options: { what?: string; lock?: boolean } = {},
): Promise<T> {
  const row = await findReadable(ctx, entity, id, options.lock);
  const what = options.what ?? entity.name;
  if (!row) throw new NotFoundError(what);
  return row;
}

/** FORBIDDEN unless the ability allows `action` on this row (or this field of it). */
export function authorize(ctx: RequestContext, action: Action, row: object, field?: string): void {
  ForbiddenError.from(ctx.ability).throwUnlessCan(action, row as never, field);
}
