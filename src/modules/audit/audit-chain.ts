import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

// The audit log is a hash chain: each event stores sha256(previous event's hash + its own
// content), in the order the database numbered them (seq). Changing or removing one event breaks
// every hash after it, which `npm run audit:verify` finds.

/** The advisory lock that serialises writers at the head of the chain, so it never forks. */
const CHAIN_HEAD_LOCK = 7_203_001;
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: every column but its hash and position. */
export interface ChainedContent {
  id: string;
  at: Date;
  subject: string;
  role: string;
  organisation: string | null;
  action: string;
  entity: string;
  entityId: string;
  trustId: string | null;
  changes: unknown;
}

/** JSON with object keys sorted, so the hash does not depend on how jsonb orders them. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function eventHash(previous: string, event: ChainedContent): string {
  const { id, at, subject, role, organisation, action, entity, entityId, trustId, changes } = event;
  const content = canonical([previous, id, at.toISOString(), subject, role, organisation, action, entity, entityId, trustId, changes]);
  return createHash('sha256').update(content).digest('hex');
}

/** Takes the chain's head for this transaction (others wait until it ends) and returns its hash. */
export async function lockChainHead(em: EntityManager): Promise<string> {
  await em.execute('select pg_advisory_xact_lock(?)', [CHAIN_HEAD_LOCK]);
  const [head] = await em.execute<{ hash: string }[]>('select hash from audit_event order by seq desc limit 1');
  return head?.hash ?? GENESIS_HASH;
}

type Row = Omit<ChainedContent, 'trustId' | 'entityId' | 'at'> & { at: string | Date; entity_id: string; trust_id: string | null; hash: string; position: string };

/** Walks the whole chain in order: how many events, and the first whose hash does not match. */
export async function verifyChain(em: EntityManager): Promise<{ count: number; broken: { id: string; at: Date } | null }> {
  let previous = GENESIS_HASH;
  let count = 0;
  let after = '0';
  for (;;) {
    const rows = await em.execute<Row[]>(
      // seq as text only in the output: ordering by it must stay numeric (10 after 9).
      'select seq::text as position, id, at, subject, role, organisation, action, entity, entity_id, trust_id, changes, hash from audit_event where seq > ? order by seq limit 1000',
      [after],
    );
    for (const row of rows) {
      const at = new Date(row.at); // a raw query returns timestamptz as text
      const expected = eventHash(previous, { ...row, at, entityId: row.entity_id, trustId: row.trust_id });
      if (row.hash !== expected) return { count, broken: { id: row.id, at } };
      previous = row.hash;
      count += 1;
    }
    if (rows.length < 1000) return { count, broken: null };
    after = rows[rows.length - 1].position;
  }
}
