import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter, readableRow } from '../../auth/access-filter';
import { findReadable } from '../../auth/guard';
import { readableIds } from '../../auth/readable-sql';
import { today } from '../../clock';
import { parseId } from '../../common/ids';
import { pageArgs, toPage, type Page } from '../../common/pagination';
import { checkInOrder } from '../../common/validate';
import type { RequestContext } from '../../context';
import type { Trust } from '../trust/trust.entity';
import { InformationRequest } from './information-request.entity';
import type { InformationRequestFilter } from './information-request.inputs';
import { RequestAsker } from './request-asker.entity';

const NO_ROW = '00000000-0000-0000-0000-000000000000';

/** One trust's reporting burden: asks made, the distinct requests they came to, and what became of those. */
export interface ReportingBurdenRow {
  trustId: string;
  asked: number;
  distinct: number;
  duplicatesAvoided: number;
  answered: number;
  overdue: number;
}

/** The requests the calling body currently asks. */
async function askedByCaller(ctx: RequestContext): Promise<string[]> {
  const asks = await ctx.em.find(RequestAsker, { organisation: ctx.principal.organisation ?? '', withdrawnOn: null }, { fields: ['request'] });
  return asks.map((a) => a.request.id);
}

async function filterWhere(ctx: RequestContext, filter: InformationRequestFilter | null | undefined): Promise<FilterQuery<InformationRequest>[]> {
  if (!filter) return [];
  const where: FilterQuery<InformationRequest>[] = [];
  if (filter.trustId != null) where.push({ trust: readableRow<Trust>(ctx.ability, 'Trust', parseId(filter.trustId) ?? NO_ROW) });
  if (filter.topic != null) where.push({ topic: filter.topic });
  if (filter.status != null) where.push({ status: filter.status });
  if (filter.overdue != null) where.push({ overdue: filter.overdue });
  if (filter.mine != null) {
    const mine = await askedByCaller(ctx);
    where.push({ id: filter.mine ? { $in: mine } : { $nin: mine } });
  }
  return where;
}

export const informationRequestService = {
  /** The requests the caller may read, by due date then id, filtered in SQL. */
  async list(ctx: RequestContext, filter: InformationRequestFilter | null | undefined, first?: number | null, after?: string | null): Promise<Page<InformationRequest>> {
    const page = pageArgs(first, after, ['date', 'id']);
    const where = { $and: [accessFilter<InformationRequest>(ctx.ability, 'read', 'InformationRequest'), ...(await filterWhere(ctx, filter))] };
    return toPage(await ctx.em.findByCursor(InformationRequest, where, { ...page, orderBy: { dueOn: 'asc', id: 'asc' }, includeCount: true }));
  },

  find(ctx: RequestContext, id: string): Promise<InformationRequest | null> {
    return findReadable(ctx, InformationRequest, id);
  },

  /** Per trust, over the requests the caller may read with an ask made from `from` to `to`: heaviest burden first. */
  async reportingBurden(ctx: RequestContext, from?: string | null, to?: string | null): Promise<ReportingBurdenRow[]> {
    if (from && to) checkInOrder(from, to, 'from', 'to');
    const requests = readableIds(ctx, InformationRequest);
    const asks = readableIds(ctx, RequestAsker);
    const sql = `select r.trust_id as "trustId", count(*)::int as asked, count(distinct r.id)::int as "distinct",
        (count(*) - count(distinct r.id))::int as "duplicatesAvoided",
        count(distinct r.id) filter (where r.status = 'ANSWERED')::int as answered,
        count(distinct r.id) filter (where r.status = 'OPEN' and r.due_on < ?::date)::int as overdue
      from request_asker a join information_request r on r.id = a.request_id join trust t on t.id = r.trust_id
      where a.withdrawn_on is null and r.id in (${requests.sql}) and a.id in (${asks.sql})
        and (?::date is null or a.asked_on >= ?::date) and (?::date is null or a.asked_on <= ?::date)
      group by r.trust_id, t.name order by asked desc, "distinct" desc, t.name, r.trust_id`;
    const bindings = [today(), ...requests.bindings, ...asks.bindings, from ?? null, from ?? null, to ?? null, to ?? null];
    return ctx.em.execute<ReportingBurdenRow[]>(sql, bindings);
  },
};
