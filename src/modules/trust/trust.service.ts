import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter } from '../../auth/access-filter';
import { OrderDirection, ratingPlaceSql, trustTypeOverseenBy } from '../../common/enums';
import { parseId } from '../../common/ids';
import type { PageArgs } from '../../common/pagination';
import { one, page, type PageOrderKey, type Rows } from '../rows';
import { checkCode, checkText } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BadInputError } from '../../errors';
import { Trust } from './trust.entity';
import { trustFacts } from './trust.facts';
import { TrustOrderField, type TrustFilter, type TrustOrderBy } from './trust.inputs';

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

/** Each order of trusts as an order key: a column, or a derived value (a rating by its place on the scale). */
const ORDER_KEYS: Record<TrustOrderField, Omit<PageOrderKey, 'desc'>> = {
  [TrustOrderField.NAME]: { name: 'name', kind: 'text' },
  [TrustOrderField.ODS_CODE]: { name: 'odsCode', kind: 'text' },
  [TrustOrderField.CURRENT_RATING]: {
    name: 'currentRating', kind: 'int', nullable: true,
    value: (trust) => ratingPlaceSql(trustFacts.currentRating(trust)),
  },
  [TrustOrderField.REINSPECTION_DUE_ON]: { name: 'reinspectionDueOn', kind: 'date', nullable: true, value: trustFacts.reinspectionDueOn },
  [TrustOrderField.CHIEF_EXECUTIVES_IN_LAST_12_MONTHS]: { name: 'chiefExecutivesInLast12Months', kind: 'int' },
};

/** The order asked for (by name when none), then id: a unique order, so a cursor names one place in it. */
function orderOf(orderBy: TrustOrderBy[] | null | undefined): PageOrderKey[] {
  const keys = (orderBy?.length ? orderBy : [{ field: TrustOrderField.NAME, direction: OrderDirection.ASC }])
    .map(({ field, direction }) => ({ ...ORDER_KEYS[field], desc: direction === OrderDirection.DESC }));
  return [...keys, { name: 'id', kind: 'id' }];
}

export const trustService = {
  /** The trusts the caller may read, filtered in SQL, a page at a time in the order asked (by name by default), then by id. */
  list(ctx: RequestContext, filter: TrustFilter | null | undefined, args: PageArgs, orderBy?: TrustOrderBy[] | null): Rows {
    if (new Set(orderBy?.map((o) => o.field)).size !== (orderBy?.length ?? 0)) throw new BadInputError('orderBy names each field at most once');
    const where: FilterQuery<Trust> = { $and: [accessFilter<Trust>(ctx.ability, 'read', 'Trust'), ...filterWhere(filter)] };
    return page(Trust, where, orderOf(orderBy), args);
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
