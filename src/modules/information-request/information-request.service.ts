import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter, readableRow } from '../../auth/access-filter';
import { readableIds } from '../../auth/readable-sql';
import { today } from '../../clock';
import { parseId } from '../../common/ids';
import type { PageArgs } from '../../common/pagination';
import { page, rows, type PageOrderKey, type Rows } from '../rows';
import { checkInOrder } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { param, sql } from '../../db/sql/sql';
import { LIST_BOUNDS } from '../../limits/query-limits';
import { Trust } from '../trust/trust.entity';
import { InformationRequest } from './information-request.entity';
import type { InformationRequestFilter } from './information-request.inputs';
import { RequestAsker } from './request-asker.entity';

const NO_ROW = '00000000-0000-0000-0000-000000000000';
const BY_DUE_DATE: PageOrderKey[] = [{ name: 'dueOn', kind: 'date' }, { name: 'id', kind: 'id' }];

function filterWhere(ctx: RequestContext, filter: InformationRequestFilter | null | undefined): FilterQuery<InformationRequest>[] {
  if (!filter) return [];
  const where: FilterQuery<InformationRequest>[] = [];
  if (filter.trustId != null) where.push({ trust: readableRow<Trust>(ctx.ability, 'Trust', parseId(filter.trustId) ?? NO_ROW) });
  if (filter.topic != null) where.push({ topic: filter.topic });
  if (filter.status != null) where.push({ status: filter.status });
  if (filter.overdue != null) where.push({ overdue: filter.overdue });
  if (filter.mine != null) {
    // The calling body is among the current askers (a relation to many rows: some asker matches).
    const asking = { askers: { organisation: ctx.principal.organisation ?? '', withdrawnOn: null } } as FilterQuery<InformationRequest>;
    where.push(filter.mine ? asking : { $not: asking });
  }
  return where;
}

export const informationRequestService = {
  /** The requests the caller may read, filtered in SQL, a page at a time by due date then id. */
  list(ctx: RequestContext, filter: InformationRequestFilter | null | undefined, args: PageArgs): Rows {
    const where = { $and: [accessFilter<InformationRequest>(ctx.ability, 'read', 'InformationRequest'), ...filterWhere(ctx, filter)] };
    return page(InformationRequest, where, BY_DUE_DATE, args);
  },

  /** Per trust, over the requests the caller may read with an ask made from `from` to `to`: heaviest burden first. */
  reportingBurden(ctx: RequestContext, from?: string | null, to?: string | null): Rows {
    if (from && to) checkInOrder(from, to, 'from', 'to');
    const [start, end] = [param(from ?? null), param(to ?? null)];
    const query = sql`select r.trust_id, count(*)::int as asked, count(distinct r.id)::int as "distinct",
        (count(*) - count(distinct r.id))::int as duplicates_avoided,
        count(distinct r.id) filter (where r.status = 'ANSWERED')::int as answered,
        count(distinct r.id) filter (where r.status = 'OPEN' and r.due_on < ${param(today())}::date)::int as overdue,
        row_number() over (order by count(*) desc, count(distinct r.id) desc, t.name, r.trust_id) as n
      from request_asker a join information_request r on r.id = a.request_id join trust t on t.id = r.trust_id
      where a.withdrawn_on is null and r.id in (${readableIds(ctx, InformationRequest)}) and a.id in (${readableIds(ctx, RequestAsker)})
        and (${start}::date is null or a.asked_on >= ${start}::date) and (${end}::date is null or a.asked_on <= ${end}::date)
      group by r.trust_id, t.name`;
    return rows({
      kind: 'derived', typeName: 'ReportingBurden', sql: query, limit: LIST_BOUNDS['Query.reportingBurden'],
      columns: { asked: 'asked', distinct: 'distinct', duplicatesAvoided: 'duplicates_avoided', answered: 'answered', overdue: 'overdue' },
      relations: { trust: { kind: 'one', target: () => Trust, key: 'trust_id' } },
    });
  },
};
