import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

// The audit log is a hash chain: each event stores sha256(previous event's hash + its own
// content), in the order the database numbered them (seq). Changing or removing one event breaks
// every hash after it, which `npm run audit:verify` finds.

/** The advisory lock that serialises writers at the head of the chain, so it never forks. */
const CHAIN_HEAD_LOCK = 7_203_001;
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What an event's hash covers: every column but its hash and position. The partner trust came later
 * (a trust reads the events about the contracts it is the partner of): an event without one hashes as
 * every event did before it, so their hashes still hold.
 */
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
  partnerTrustId?: string | null;
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
  const { id, at, subject, role, organisation, action, entity, entityId, trustId, partnerTrustId = null, changes } = event;
  const fields = [previous, id, at.toISOString(), subject, role, organisation, action, entity, entityId, trustId, changes];
  if (partnerTrustId !== null) fields.push(partnerTrustId);
  return createHash('sha256').update(canonical(fields)).digest('hex');
}

/**
 * The partner trust of the contract row an event names (the contract, or one of its outcomes,
 * payments and claims, each of which carries it), in SQL over the event as `e`; null for any other row.
 */
export const PARTNER_OF_EVENT_SQL = `case e.entity
  when 'BuddyContract' then (select r.partner_trust_id from buddy_contract r where r.id = e.entity_id::uuid)
  when 'ContractOutcome' then (select r.partner_trust_id from contract_outcome r where r.id = e.entity_id::uuid)
  when 'IncentivePayment' then (select r.partner_trust_id from incentive_payment r where r.id = e.entity_id::uuid)
  when 'ReimbursementClaim' then (select r.partner_trust_id from reimbursement_claim r where r.id = e.entity_id::uuid)
end`;

/** Takes the chain's head for this transaction (others wait until it ends) and returns its hash. */
export async function lockChainHead(em: EntityManager): Promise<string> {
  await em.execute('select pg_advisory_xact_lock(?)', [CHAIN_HEAD_LOCK]);
  const [head] = await em.execute<{ hash: string }[]>('select hash from audit_event order by seq desc limit 1');
  return head?.hash ?? GENESIS_HASH;
}

type Row = Omit<ChainedContent, 'trustId' | 'partnerTrustId' | 'entityId' | 'at'> & {
  at: string | Date; entity_id: string; trust_id: string | null; partner_trust_id: string | null; contract_partner: string | null; hash: string; position: string;
};

/**
 * Whether the row's hash is the one its content and the previous hash give. An event written before
 * the partner column had its partner filled in by the migration that added it (its hash leaves the
 * partner out): that partner must then be the one its contract row names.
 */
function intact(row: Row, previous: string): boolean {
  const event = { ...row, at: new Date(row.at), entityId: row.entity_id, trustId: row.trust_id, partnerTrustId: row.partner_trust_id }; // a raw query returns timestamptz as text
  if (row.hash === eventHash(previous, event)) return true;
  return row.partner_trust_id !== null && row.partner_trust_id === row.contract_partner && row.hash === eventHash(previous, { ...event, partnerTrustId: null });
}

/** Walks the whole chain in order: how many events, and the first whose hash does not match. */
export async function verifyChain(em: EntityManager): Promise<{ count: number; broken: { id: string; at: Date } | null }> {
  let previous = GENESIS_HASH;
  let count = 0;
  let after = '0';
  for (;;) {
    const rows = await em.execute<Row[]>(
      // seq as text only in the output: ordering by it must stay numeric (10 after 9).
      `select seq::text as position, id, at, subject, role, organisation, action, entity, entity_id, trust_id, partner_trust_id,
        ${PARTNER_OF_EVENT_SQL} as contract_partner, changes, hash from audit_event e where seq > ? order by seq limit 1000`,
      [after],
    );
    for (const row of rows) {
      if (!intact(row, previous)) return { count, broken: { id: row.id, at: new Date(row.at) } };
      previous = row.hash;
      count += 1;
    }
    if (rows.length < 1000) return { count, broken: null };
    after = rows[rows.length - 1].position;
  }
}
