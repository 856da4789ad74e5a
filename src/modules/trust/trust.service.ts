import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter } from '../../auth/access-filter';
import { trustTypeOverseenBy } from '../../common/enums';
import { parseId } from '../../common/ids';
import type { PageArgs } from '../../common/pagination';
import { one, page, type PageOrderKey, type Rows } from '../../common/rows';
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

const BY_NAME: PageOrderKey[] = [{ name: 'name', kind: 'text' }, { name: 'id', kind: 'id' }];

export const trustService = {
  /** The trusts the caller may read, filtered in SQL, a page at a time by name then id. */
  list(ctx: RequestContext, filter: TrustFilter | null | undefined, args: PageArgs): Rows {
    const where: FilterQuery<Trust> = { $and: [accessFilter<Trust>(ctx.ability, 'read', 'Trust'), ...filterWhere(filter)] };
    return page(Trust, where, BY_NAME, args);
  },

  /** The one trust `trust` names (exactly one of id and odsCode), among those the caller may read; none for an id that names no row. */
  find(ctx: RequestContext, id?: string | null, odsCode?: string | null): Rows {
    if ((id == null) === (odsCode == null)) throw new BadInputError('give exactly one of id and odsCode');
    const key = id != null ? parseId(id) : null;
    if (id != null && !key) return one(Trust, null);
    const named = key ? { id: key } : { odsCode: checkCode(odsCode!, 'odsCode') };
    return one(Trust, { $and: [named, accessFilter<Trust>(ctx.ability, 'read', 'Trust')] });
  },
};
