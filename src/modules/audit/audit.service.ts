import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter } from '../../auth/access-filter';
import type { PageArgs } from '../../common/pagination';
import { page, type PageOrderKey, type Rows } from '../rows';
import { checkCode, checkText } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { AuditEvent } from './audit-event.entity';
import type { AuditFilter } from './audit.inputs';

const NEWEST_FIRST: PageOrderKey[] = [{ name: 'seq', kind: 'bigint', desc: true }];

function filterWhere(filter: AuditFilter | null | undefined): FilterQuery<AuditEvent>[] {
  if (!filter) return [];
  const where: FilterQuery<AuditEvent>[] = [];
  if (filter.entity != null) where.push({ entity: checkText(filter.entity, 'entity', { max: 100 }) });
  if (filter.entityId != null) where.push({ entityId: checkText(filter.entityId, 'entityId', { max: 40 }) });
  if (filter.organisation != null) where.push({ organisation: checkCode(filter.organisation, 'organisation') });
  if (filter.since != null) where.push({ at: { $gte: filter.since } });
  return where;
}

export const auditService = {
  /** The events the caller may read, filtered in SQL, a page at a time newest first (their changes as the caller may see them). */
  list(ctx: RequestContext, filter: AuditFilter | null | undefined, args: PageArgs): Rows {
    const where = { $and: [accessFilter<AuditEvent>(ctx.ability, 'read', 'AuditEvent'), ...filterWhere(filter)] };
    return page(AuditEvent, where, NEWEST_FIRST, args);
  },
};
