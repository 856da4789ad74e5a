import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter } from '../../auth/access-filter';
import { trustTypeOverseenBy } from '../../common/enums';
import { parseId } from '../../common/ids';
import { pageArgs, toPage, type Page } from '../../common/pagination';
import { checkCode, checkText } from '../../common/validate';
import type { RequestContext } from '../../context';
import { BadInputError } from '../../errors';
import { Trust } from './trust.entity';
import type { TrustFilter } from './trust.inputs';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterWhere(filter: TrustFilter | null | undefined): FilterQuery<Trust>[] {
  if (!filter) return [];
  const where: FilterQuery<Trust>[] = [];
  if (filter.inSpecialMeasures != null) where.push({ inSpecialMeasures: filter.inSpecialMeasures });
  if (filter.currentRating != null) where.push({ currentRating: filter.currentRating });
  if (filter.type != null) where.push({ type: filter.type });
  if (filter.sector != null) where.push({ sector: filter.sector });
  if (filter.oversightBody != null) where.push({ type: trustTypeOverseenBy(filter.oversightBody) });
  if (filter.localSystemCode != null) where.push({ localSystem: { code: checkCode(filter.localSystemCode, 'localSystemCode') } });
  if (filter.nameContains != null) {
    where.push({ name: { $ilike: `%${escapeLike(checkText(filter.nameContains, 'nameContains', { max: 100 }))}%` } });
  }
  return where;
}

export const trustService = {
  /** Which trusts `trusts` lists, in what order: for the resolver below and the planned read path alike. */
  listCriteria(ctx: RequestContext, filter: TrustFilter | null | undefined, first?: number | null, after?: string | null) {
    const page = pageArgs(first, after, ['text', 'id']);
    const where: FilterQuery<Trust> = { $and: [accessFilter<Trust>(ctx.ability, 'read', 'Trust'), ...filterWhere(filter)] };
    return { where, page, orderBy: { name: 'asc', id: 'asc' } as const };
  },

  /** Trusts the caller may read, by name then id, filtered in SQL. */
  async list(ctx: RequestContext, filter: TrustFilter | null | undefined, first?: number | null, after?: string | null): Promise<Page<Trust>> {
    const { where, page, orderBy } = this.listCriteria(ctx, filter, first, after);
    return toPage(await ctx.em.findByCursor(Trust, where, { ...page, orderBy, includeCount: true }));
  },

  /** The one trust `trust` names (exactly one of id and odsCode), among those the caller may read; null for none. */
  findCriteria(ctx: RequestContext, id?: string | null, odsCode?: string | null): FilterQuery<Trust> | null {
    if ((id == null) === (odsCode == null)) throw new BadInputError('give exactly one of id and odsCode');
    const key = id != null ? parseId(id) : null;
    if (id != null && !key) return null;
    const named = key ? { id: key } : { odsCode: checkCode(odsCode!, 'odsCode') };
    return { $and: [named, accessFilter<Trust>(ctx.ability, 'read', 'Trust')] };
  },

  async find(ctx: RequestContext, id?: string | null, odsCode?: string | null): Promise<Trust | null> {
    const where = this.findCriteria(ctx, id, odsCode);
    return where === null ? null : ctx.em.findOne(Trust, where, { refresh: true });
  },
};
