import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { now } from '../../clock';
import { AuditEvent } from './audit-event.entity';
import { auditScope } from './audit-scope';

type Row = { id: string; trust?: { id: string } | null; supportedTrust?: { id: string } };

const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value ?? null);

function changesOf(cs: ChangeSet<Row>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(cs.payload)) {
    if (field === 'id') continue;
    const from = cs.type === ChangeSetType.CREATE ? null : (cs.originalEntity as Record<string, unknown> | undefined)?.[field];
    changes[field] = { from: plain(from), to: plain(to) };
  }
  return changes;
}

/** The trust a changed row belongs to: a trust may read the events about its own rows. */
function owningTrustId(row: Row, entityName: string): string | null {
  if (entityName === 'Trust') return row.id;
  return row.trust?.id ?? row.supportedTrust?.id ?? null;
}

/**
 * Writes one AuditEvent per changed row, in the same flush (and so the same transaction) as the
 * change. Only flushes made under an audit scope (a mutation) are audited: the seed is not.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const actor = auditScope.getStore();
    if (!actor) return;
    for (const cs of uow.getChangeSets() as ChangeSet<Row>[]) {
      if (cs.entity instanceof AuditEvent || cs.type === ChangeSetType.DELETE_EARLY) continue;
      const event = em.create(AuditEvent, {
        at: now(),
        ...actor,
        entity: cs.name,
        entityId: cs.entity.id,
        trust: owningTrustId(cs.entity, cs.name),
        changes: changesOf(cs),
      });
      uow.computeChangeSet(event);
    }
  }
}
