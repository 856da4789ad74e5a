import { randomUUID } from 'node:crypto';
import { ChangeSetType, type ChangeSet } from '@mikro-orm/core';
import type { Principal } from '../auth/principal';
import { param, sql, type Sql } from '../db/sql/sql';
import { contentHash, NO_TRUST_CHAIN, type ChainedContent } from '../modules/audit/audit-chain';

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

/** The trust a changed row belongs to: a trust may read the events about its own rows, and its chain holds them. */
export function owningTrustId(row: Row, entityName: string): string | null {
  if (entityName === 'Trust') return row.id;
  return row.trust?.id ?? row.supportedTrust?.id ?? null;
}

/**
 * One audit event per changed row, with its content hash, in the order of their chains: the
 * database locks each chain's head as it appends an event, so every change takes them in one order
 * and two changes never wait on each other in a circle.
 */
export function auditEventsOf(changeSets: ChangeSet<object>[], principal: Principal, action: string, at: Date): (ChainedContent & { contentHash: string })[] {
  const events = (changeSets as ChangeSet<Row>[]).map((cs) => {
    const content: ChainedContent = {
      id: randomUUID(), at, subject: principal.subject, role: principal.role, organisation: principal.organisation, action,
      entity: cs.name, entityId: cs.entity.id, trustId: owningTrustId(cs.entity, cs.name),
      // A contract and its outcomes, payments and claims name their partner trust: it reads their events too.
      partnerTrustId: cs.entity.partnerTrust?.id ?? null, changes: changesOf(cs),
    };
    return { ...content, contentHash: contentHash(content) };
  });
  const chain = (event: ChainedContent) => event.trustId ?? NO_TRUST_CHAIN;
  return events.map((event, n) => ({ event, n })).sort((a, b) => chain(a.event).localeCompare(chain(b.event)) || a.n - b.n).map(({ event }) => event);
}

/**
 * The INSERT of the events, as one statement whatever their number (they travel as one JSON value),
 * from the rows of `source` that pass `when`. The database chains each one (audit_event_chain).
 */
export function insertAuditEvents(events: (ChainedContent & { contentHash: string })[], from: Sql, when: Sql): Sql {
  const rows = JSON.stringify(events.map((e) => ({ ...e, at: e.at.toISOString() })));
  return sql`insert into audit_event (id, at, subject, role, organisation, action, entity, entity_id, trust_id, partner_trust_id, changes, content_hash)
    select (a.e->>'id')::uuid, (a.e->>'at')::timestamptz, a.e->>'subject', a.e->>'role', a.e->>'organisation', a.e->>'action', a.e->>'entity',
      a.e->>'entityId', (a.e->>'trustId')::uuid, (a.e->>'partnerTrustId')::uuid, a.e->'changes', a.e->>'contentHash'
    from ${from}, jsonb_array_elements(${param(rows)}::jsonb) with ordinality as a(e, n) where ${when} order by a.n
    returning 1`;
}
