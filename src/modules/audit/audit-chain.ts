import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql/execute';
import { param, Sql, sql } from '../../db/sql/sql';

// The audit log is a set of hash chains, one per trust and one for the events about no trust
// (docs/audit.md). The application writes each event with the hash of its content; the database,
// as it inserts the event (the trigger audit_event_chain), appends it to its trust's chain under a
// lock of that chain's head alone: position n + 1, hash = sha256(previous hash + content hash).
// Changes of different trusts never wait on each other; changes of one trust are chained in the
// order they commit. The events written while the log was one chain form the first chain, closed:
// every trust's chain starts from its last hash, so none of them can go missing unnoticed either.

export const GENESIS_HASH = '0'.repeat(64);
/** The chain of the events about no trust (an improvement director, a local system). */
export const NO_TRUST_CHAIN = '00000000-0000-0000-0000-000000000000';
/** The first chain: the events written while the whole log was one chain, in the order of `seq`. Closed. */
export const FIRST_CHAIN = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** What an event's hash covers: every column but its hashes and positions. */
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

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The hash of an event of the first chain: sha256 of the previous hash and the content together.
 * The partner trust came later: an event without one hashes as every event did before it.
 */
export function eventHash(previous: string, event: ChainedContent): string {
  const { id, at, subject, role, organisation, action, entity, entityId, trustId, partnerTrustId = null, changes } = event;
  const fields = [previous, id, at.toISOString(), subject, role, organisation, action, entity, entityId, trustId, changes];
  if (partnerTrustId !== null) fields.push(partnerTrustId);
  return sha256(canonical(fields));
}

/** The hash of an event's content alone, which the application writes with it (content_hash). */
export function contentHash(event: ChainedContent): string {
  const { id, at, subject, role, organisation, action, entity, entityId, trustId, partnerTrustId = null, changes } = event;
  return sha256(canonical([id, at.toISOString(), subject, role, organisation, action, entity, entityId, trustId, partnerTrustId, changes]));
}

/** An event's place in its chain, as the database computes it: sha256 of the previous hash and the content hash, as hex text. */
export const linkHash = (previous: string, content: string): string => sha256(previous + content);

/** The trigger's rule in SQL (`previous` and `content` text), written into the migration that made it: one definition for both sides. */
export const LINK_HASH_SQL = (previous: string, content: string) => `encode(sha256(convert_to(${previous} || ${content}, 'UTF8')), 'hex')`;

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

interface EventRow {
  chain: string; position: number | null; seq: string; id: string; at: string | Date; subject: string; role: string; organisation: string | null;
  action: string; entity: string; entity_id: string; trust_id: string | null; partner_trust_id: string | null; contract_partner?: string | null;
  changes: unknown; content_hash: string | null; hash: string;
}

const contentOf = (row: EventRow): ChainedContent => ({
  ...row, at: new Date(row.at), entityId: row.entity_id, trustId: row.trust_id, partnerTrustId: row.partner_trust_id, // a raw query returns timestamptz as text
});

/**
 * Whether an event of the first chain has the hash its content and the previous hash give. An event
 * written before the partner column had its partner filled in by the migration that added it (its
 * hash leaves the partner out): that partner must then be the one its contract row names.
 */
function intactInFirstChain(row: EventRow, previous: string): boolean {
  const event = contentOf(row);
  if (row.hash === eventHash(previous, event)) return true;
  return row.partner_trust_id !== null && row.partner_trust_id === row.contract_partner && row.hash === eventHash(previous, { ...event, partnerTrustId: null });
}

/** The first event of a chain that does not hold, or its head that does not match its events. */
export interface ChainBreak {
  /** The chain's key: the trust's id, NO_TRUST_CHAIN or FIRST_CHAIN. */
  chain: string;
  /** The first event that does not hold; null when every event holds but the chain's recorded head does not match them. */
  id: string | null;
  at: Date | null;
  why: string;
}

export interface ChainReport {
  /** Events found intact. */
  count: number;
  /** Chains walked, the first chain included when it has events. */
  chains: number;
  /** The first break of each broken chain; empty when the whole log is intact. */
  broken: ChainBreak[];
}

const PAGE = 1000;
const COLUMNS = sql`e.id, e.seq::text as seq, e.at, e.subject, e.role, e.organisation, e.action, e.entity, e.entity_id, e.trust_id, e.partner_trust_id,
  e.changes, e.content_hash, e.hash`;
/** An event's chain, as the unique index audit_event_chain_position has it. */
const CHAIN_OF_EVENT = Sql.raw(`coalesce(e.trust_id, '${NO_TRUST_CHAIN}'::uuid)`);

interface Walked { length: number; head: string }

/** The first chain, in the order of seq: how many events hold, and its last hash as stored. */
async function walkFirstChain(em: EntityManager, report: ChainReport): Promise<Walked> {
  let previous = GENESIS_HASH;
  let length = 0;
  let broken = false;
  for (let after = '0'; ;) {
    const rows = await execute<EventRow>(em, sql`select ${COLUMNS}, ${Sql.raw(PARTNER_OF_EVENT_SQL)} as contract_partner
      from audit_event e where e.chain_position is null and e.seq > ${param(after)}::bigint order by e.seq limit ${param(PAGE)}`);
    for (const row of rows) {
      if (!broken && !intactInFirstChain(row, previous)) {
        broken = true;
        report.broken.push({ chain: FIRST_CHAIN, id: row.id, at: new Date(row.at), why: 'its hash does not match its content and the hash before it' });
      }
      if (!broken) report.count += 1;
      previous = row.hash; // the stored hash: the trusts' chains start from it, whatever came before
      length += 1;
    }
    if (rows.length < PAGE) return { length, head: previous };
    after = rows[rows.length - 1].seq;
  }
}

/** Every trust's chain, in the order of their positions, each from `start`: how many events each has, and its last hash. */
async function walkTrustChains(em: EntityManager, start: string, report: ChainReport): Promise<Map<string, Walked>> {
  const walked = new Map<string, Walked & { broken: boolean }>();
  for (let after: [string, number] = [NO_TRUST_CHAIN, 0]; ;) { // positions start at 1: every event comes after this
    const rows = await execute<EventRow>(em, sql`select ${CHAIN_OF_EVENT} as chain, e.chain_position as position, ${COLUMNS}
      from audit_event e where e.chain_position is not null and (${CHAIN_OF_EVENT}, e.chain_position) > (${param(after[0])}::uuid, ${param(after[1])}::int)
      order by ${CHAIN_OF_EVENT}, e.chain_position limit ${param(PAGE)}`);
    for (const row of rows) {
      let chain = walked.get(row.chain);
      if (!chain) walked.set(row.chain, (chain = { length: 0, head: start, broken: false }));
      const breaks = (why: string) => {
        chain!.broken = true;
        report.broken.push({ chain: row.chain, id: row.id, at: new Date(row.at), why });
      };
      if (!chain.broken) {
        const content = contentHash(contentOf(row));
        if (row.position !== chain.length + 1) breaks(`it is at position ${row.position} where ${chain.length + 1} should be: an event before it is missing, or it was put in`);
        else if (row.content_hash !== content) breaks('its content does not match its content hash');
        else if (row.hash !== linkHash(chain.head, content)) breaks('its hash does not follow from the event before it');
        else report.count += 1;
      }
      chain.length = row.position!;
      chain.head = row.hash;
    }
    if (rows.length < PAGE) return walked;
    const last = rows[rows.length - 1];
    after = [last.chain, last.position!];
  }
}

/**
 * Walks every chain in order and names the first event of each that does not hold: its content
 * changed, an event before it removed or one put in, its hash not following from the one before.
 * Then checks each chain's head as the database recorded it (audit_chain) against its last event,
 * which finds the newest events of a chain removed.
 */
export async function verifyChain(em: EntityManager): Promise<ChainReport> {
  const report: ChainReport = { count: 0, chains: 0, broken: [] };
  const first = await walkFirstChain(em, report);
  const chains = await walkTrustChains(em, first.head, report);
  if (first.length > 0) chains.set(FIRST_CHAIN, first);
  report.chains = chains.size;
  const heads = await execute<{ chain: string; length: number; head: string }>(em, sql`select chain, length, head from audit_chain order by chain`);
  const brokenChains = new Set(report.broken.map((b) => b.chain));
  for (const { chain, length, head } of heads) {
    const found = chains.get(chain) ?? { length: 0, head: chain === FIRST_CHAIN ? GENESIS_HASH : first.head };
    chains.delete(chain);
    if (brokenChains.has(chain) || (found.length === length && found.head === head)) continue;
    report.broken.push({ chain, id: null, at: null, why: `its head records ${length} events ending in ${head.slice(0, 12)}…; its events end at ${found.length}, ${found.head.slice(0, 12)}…: its newest events are missing, or the head was changed` });
  }
  for (const [chain] of chains) {
    if (!brokenChains.has(chain)) report.broken.push({ chain, id: null, at: null, why: 'it has events but no head recorded in audit_chain' });
  }
  return report;
}
