import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter } from '../../auth/access-filter';
import { findReadable } from '../../auth/guard';
import { trustTypeOverseenBy } from '../../common/enums';
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
  /** Trusts the caller may read, by name then id, filtered in SQL. */
  async list(ctx: RequestContext, filter: TrustFilter | null | undefined, first?: number | null, after?: string | null): Promise<Page<Trust>> {
    const page = pageArgs(first, after, ['text', 'id']);
    const where = { $and: [accessFilter<Trust>(ctx.ability, 'read', 'Trust'), ...filterWhere(filter)] };
    const cursor = await ctx.em.findByCursor(Trust, where, { ...page, orderBy: { name: 'asc', id: 'asc' }, includeCount: true });
    return toPage(cursor);
  },

  /** Exactly one of id and odsCode; null when there is no such trust the caller may read. */
  async find(ctx: RequestContext, id?: string | null, odsCode?: string | null): Promise<Trust | null> {
    if ((id == null) === (odsCode == null)) throw new BadInputError('give exactly one of id and odsCode');
    if (id != null) return findReadable(ctx, Trust, id);
    const trust = await ctx.em.findOne(Trust, { odsCode: checkCode(odsCode!, 'odsCode') }, { refresh: true });
    return trust && ctx.ability.can('read', trust) ? trust : null;
  },
};
