import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter } from '../../auth/access-filter';
import { findReadable } from '../../auth/guard';
import { trustTypeOverseenBy } from '../../common/enums';
import { parseId } from '../../common/ids';
import { pageArgs, toPage, type Page } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { BuddyContract } from './buddy-contract.entity';
import type { ContractFilter } from './buddy-contract.inputs';

const NO_ROW = '00000000-0000-0000-0000-000000000000';

function filterWhere(filter: ContractFilter | null | undefined): FilterQuery<BuddyContract>[] {
  if (!filter) return [];
  const where: FilterQuery<BuddyContract>[] = [];
  if (filter.status != null) where.push({ status: filter.status });
  // An id that cannot name a trust matches no contract.
  if (filter.supportedTrustId != null) where.push({ supportedTrust: parseId(filter.supportedTrustId) ?? NO_ROW });
  if (filter.partnerTrustId != null) where.push({ partnerTrust: parseId(filter.partnerTrustId) ?? NO_ROW });
  if (filter.contractingBody != null) {
    where.push({ supportedTrust: { type: trustTypeOverseenBy(filter.contractingBody) } });
  }
  return where;
}

export const buddyContractService = {
  /** Contracts the caller may read, by reference, filtered in SQL. */
  async list(ctx: RequestContext, filter: ContractFilter | null | undefined, first?: number | null, after?: string | null): Promise<Page<BuddyContract>> {
    const page = pageArgs(first, after, ['text']);
    const where = { $and: [accessFilter<BuddyContract>(ctx.ability, 'read', 'BuddyContract'), ...filterWhere(filter)] };
    const cursor = await ctx.em.findByCursor(BuddyContract, where, { ...page, orderBy: { reference: 'asc' }, includeCount: true });
    return toPage(cursor);
  },

  find(ctx: RequestContext, id: string): Promise<BuddyContract | null> {
    return findReadable(ctx, BuddyContract, id);
  },
};
