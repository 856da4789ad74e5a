import { Cursor, type EntityClass, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { accessFilter } from '../auth/access-filter';
import type { RequestContext } from '../context';
import { ImprovementDirector, LocalSystem, Trust } from '../modules/entities';
import { trustService } from '../modules/trust/trust.service';
import type { TrustFilter } from '../modules/trust/trust.inputs';

/** Which rows a root field answers with, as its service decides them; null where it answers null. */
export type RootRows =
  | { kind: 'connection'; entity: EntityClass<object>; where: FilterQuery<object>; orderBy: QueryOrderMap<object>; first: number; after?: unknown[] }
  | { kind: 'list'; entity: EntityClass<object>; where: FilterQuery<object>; orderBy: QueryOrderMap<object> }
  | { kind: 'single'; entity: EntityClass<object>; where: FilterQuery<object> | null };

type Args = Record<string, unknown>;

const byName = { name: 'asc', id: 'asc' } as const;

/** The root fields the planned read path answers; any other root field runs through its resolver. */
export const PLANNED_ROOTS: Record<string, (ctx: RequestContext, args: Args) => RootRows> = {
  trusts: (ctx, args) => {
    const { where, page, orderBy } = trustService.listCriteria(ctx, args.filter as TrustFilter | null, args.first as number | null, args.after as string | null);
    return { kind: 'connection', entity: Trust, where, orderBy, first: page.first, after: page.after ? (Cursor.decode(page.after) as unknown[]) : undefined };
  },
  trust: (ctx, args) => ({ kind: 'single', entity: Trust, where: trustService.findCriteria(ctx, args.id as string | null, args.odsCode as string | null) }),
  localSystems: (ctx) => ({ kind: 'list', entity: LocalSystem, where: accessFilter(ctx.ability, 'read', 'LocalSystem'), orderBy: byName }),
  improvementDirectors: (ctx) => ({ kind: 'list', entity: ImprovementDirector, where: accessFilter(ctx.ability, 'read', 'ImprovementDirector'), orderBy: byName }),
};
