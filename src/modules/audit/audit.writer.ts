import { randomUUID } from 'node:crypto';
import { ChangeSetType, type ChangeSet } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../../clock';
import type { Principal } from '../../auth/principal';
import { lockChainHead, eventHash } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

type Row = { id: string; trust?: { id: string } | null; supportedTrust?: { id: string }; partnerTrust?: { id: string } };

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
export function owningTrustId(row: Row, entityName: string): string | null {
  if (entityName === 'Trust') return row.id;
  return row.trust?.id ?? row.supportedTrust?.id ?? null;
}

/** Adds one AuditEvent per changed row to the unit of work, chained to the log's head: they are written in the same flush. */
export async function recordAuditEvents(em: EntityManager, changeSets: ChangeSet<object>[], principal: Principal, action: string): Promise<void> {
  let previous = await lockChainHead(em);
  const at = now();
  for (const cs of changeSets as ChangeSet<Row>[]) {
    const content = {
      id: randomUUID(), at, subject: principal.subject, role: principal.role, organisation: principal.organisation, action,
      entity: cs.name, entityId: cs.entity.id, trustId: owningTrustId(cs.entity, cs.name),
      // A contract and its outcomes, payments and claims name their partner trust: it reads their events too.
      partnerTrustId: cs.entity.partnerTrust?.id ?? null, changes: changesOf(cs),
    };
    const hash = eventHash(previous, content);
    const { trustId, partnerTrustId, ...columns } = content;
    em.persist(em.create(AuditEvent, { ...columns, trust: trustId, partnerTrust: partnerTrustId, hash }));
    previous = hash;
  }
}
