import { subject } from '@casl/ability';
import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter } from '../../auth/access-filter';
import { RESTRICTED_FIELDS } from '../../auth/abilities';
import { pageArgs, toPage, type Page } from '../../common/pagination';
import { checkCode, checkText } from '../../common/validate';
import type { RequestContext } from '../../context';
import type { SubjectName } from '../entities';
import { AuditEvent } from './audit-event.entity';
import type { AuditFilter } from './audit.inputs';

const RESTRICTED = '[restricted]';

const restrictedFieldsOf = (entity: string): string[] =>
  Object.values(RESTRICTED_FIELDS).flatMap((bySubject) => bySubject[entity as SubjectName] ?? []);

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
  /** The events the caller may read, newest first, filtered in SQL. */
  async list(ctx: RequestContext, filter: AuditFilter | null | undefined, first?: number | null, after?: string | null): Promise<Page<AuditEvent>> {
    const page = pageArgs(first, after, ['bigint']);
    const where = { $and: [accessFilter<AuditEvent>(ctx.ability, 'read', 'AuditEvent'), ...filterWhere(filter)] };
    return toPage(await ctx.em.findByCursor(AuditEvent, where, { ...page, orderBy: { seq: 'desc' }, includeCount: true }));
  },

  /**
   * An event's changes as this reader may see them: the value of a restricted field is replaced
   * unless the ability lets the reader read that field of the changed row (as far as the event
   * knows the row: its id, its trust and its partner trust; anything it does not know denies).
   */
  visibleChanges(ctx: RequestContext, event: AuditEvent): Record<string, unknown> | null {
    if (!event.changes) return null;
    const hidden = restrictedFieldsOf(event.entity).filter((field) => field in event.changes!);
    if (hidden.length === 0) return event.changes;
    const trust = event.trust?.id ?? null;
    const row = subject(event.entity, { id: event.entityId, trust, supportedTrust: trust, partnerTrust: event.partnerTrust?.id ?? null });
    const visible: Record<string, unknown> = { ...event.changes };
    for (const field of hidden) if (!ctx.ability.can('read', row as never, field)) visible[field] = RESTRICTED;
    return visible;
  },
};
