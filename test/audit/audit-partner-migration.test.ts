import { randomBytes, randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { setToday } from '../../src/clock';
import { ormConfig } from '../../src/db/config';
import { contentHash, eventHash, GENESIS_HASH, verifyChain } from '../../src/modules/audit/audit-chain';
import { insertRows } from '../fixtures/sql-rows';
import { TEST_TODAY } from '../support/today';

// Migration20261206223823 gives each audit event the partner trust of the contract row it is about,
// so that the partner reads it. Events written before were hashed without one: the migration fills it
// in from the contract row, verifyChain finds them intact, and a partner changed afterwards (on an old
// event or a new one) breaks the chain, as does one given to an event about no contract.

const BEFORE = 'Migration20261206223822';
const name = `test_partner_migration_${randomBytes(6).toString('hex')}`;
const serverUrl = (database: string) => Object.assign(new URL(inject('serverUrl')), { pathname: `/${database}` }).toString();
async function onDatabase(database: string, statements: string[], values: unknown[][] = []): Promise<void> {
  const client = new Client({ connectionString: serverUrl(database) });
  await client.connect();
  try {
    for (const [i, text] of statements.entries()) await client.query(text, values[i]);
  } finally {
    await client.end();
  }
}
let orm: MikroORM;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(text, params);

const [SYSTEM, SUPPORTED, PARTNER, CONTRACT, CLAIM] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const EVENTS = [
  { entity: 'Trust', entityId: SUPPORTED, trustId: SUPPORTED, changes: { financialForecast: { from: null, to: '-5.00' } } },
  { entity: 'BuddyContract', entityId: CONTRACT, trustId: SUPPORTED, changes: { status: { from: 'DRAFT', to: 'ACTIVE' } } },
  { entity: 'ReimbursementClaim', entityId: CLAIM, trustId: SUPPORTED, changes: { amount: { from: null, to: '10.00' } } },
].map((event, i) => ({
  ...event, id: randomUUID(), at: new Date(Date.UTC(2026, 0, 1 + i)), subject: `person-${i}`, role: 'OVERSIGHT', organisation: 'MONITOR', action: 'test',
}));

/** Changes one column of one event as the owner, with the append-only trigger lifted. */
const tamper = (set: string, id: string) => onDatabase(name, [
  'alter table audit_event disable trigger audit_event_append_only', `update audit_event set ${set} where id = $1`,
  'alter table audit_event enable trigger audit_event_append_only',
], [[], [id], []]);

beforeAll(async () => {
  setToday(TEST_TODAY);
  await onDatabase('postgres', [`create database "${name}"`]);
  orm = await MikroORM.init(ormConfig(serverUrl(name)));
  await orm.getMigrator().up({ to: BEFORE });
  const em = orm.em.fork();
  await insertRows(em, 'local_system', [{ id: SYSTEM, code: 'TESTSYS', name: 'Test system' }]);
  await insertRows(em, 'trust', [SUPPORTED, PARTNER].map((id, i) => ({
    id, ods_code: `TST${i}`, name: `Trust ${i}`, type: 'NHS_TRUST', sector: 'ACUTE', local_system_id: SYSTEM, autonomy_suspended: false,
  })));
  await insertRows(em, 'buddy_contract', [{
    id: CONTRACT, reference: 'BC-T', supported_trust_id: SUPPORTED, partner_trust_id: PARTNER, starts_on: '2026-01-01', ends_on: '2026-12-31',
    status: 'ACTIVE', reimbursement_cap: '100.00', incentive_fund: '100.00', version: 1,
  }]);
  await insertRows(em, 'reimbursement_claim', [{
    id: CLAIM, contract_id: CONTRACT, supported_trust_id: SUPPORTED, partner_trust_id: PARTNER, period: '2026-01', days_given: 1, amount: '10.00',
    status: 'SUBMITTED', submitted_at: '2026-01-31T12:00:00Z',
  }]);
  // Chained as the writer did before the partner column: its hash knows no partner.
  let previous = GENESIS_HASH;
  for (const [i, e] of EVENTS.entries()) {
    previous = eventHash(previous, e);
    await insertRows(em, 'audit_event', [{
      id: e.id, seq: i + 1, at: e.at.toISOString(), subject: e.subject, role: e.role, organisation: e.organisation, action: e.action,
      entity: e.entity, entity_id: e.entityId, trust_id: e.trustId, changes: JSON.stringify(e.changes), hash: previous,
    }]);
  }
  await sql(`select setval(pg_get_serial_sequence('audit_event', 'seq'), ${EVENTS.length})`);
  await orm.getMigrator().up();
});

afterAll(async () => {
  await orm?.close();
  await onDatabase('postgres', [`drop database if exists "${name}" with (force)`]);
});

describe('the events written before the partner column', () => {
  it('get the partner of the contract row they name, and the others none', async () => {
    const rows = await sql<{ id: string; partner_trust_id: string | null }>('select id, partner_trust_id from audit_event order by seq');
    expect(rows.map((row) => row.partner_trust_id)).toEqual([null, PARTNER, PARTNER]);
  });

  it('are found intact, and so is an event written next with its partner in its hash', async () => {
    const next = { id: randomUUID(), at: new Date(Date.UTC(2026, 1, 1)), subject: 'person-next', role: 'TRUST', organisation: 'TST1', action: 'test',
      entity: 'ReimbursementClaim', entityId: CLAIM, trustId: SUPPORTED, partnerTrustId: PARTNER, changes: { status: { from: 'SUBMITTED', to: 'APPROVED' } } };
    await insertRows(orm.em.fork(), 'audit_event', [{
      id: next.id, at: next.at.toISOString(), subject: next.subject, role: next.role, organisation: next.organisation, action: next.action, entity: next.entity,
      entity_id: next.entityId, trust_id: next.trustId, partner_trust_id: PARTNER, changes: JSON.stringify(next.changes), content_hash: contentHash(next),
    }]);
    expect(await verifyChain(orm.em.fork())).toEqual({ count: EVENTS.length + 1, chains: 2, broken: [] });
  });

  it('a partner changed afterwards breaks the chain: on an old event, on a new one, or given to an event about no contract', async () => {
    const [newest] = await sql<{ id: string }>('select id from audit_event order by seq desc limit 1');
    for (const [set, id] of [[`partner_trust_id = '${SUPPORTED}'`, EVENTS[2].id], [`partner_trust_id = '${PARTNER}'`, EVENTS[0].id], ['partner_trust_id = null', newest.id]]) {
      const [{ partner_trust_id: was }] = await sql<{ partner_trust_id: string | null }>('select partner_trust_id from audit_event where id = ?', [id]);
      await tamper(set, id);
      expect(await verifyChain(orm.em.fork()), set).toMatchObject({ broken: [{ id }] });
      await tamper(`partner_trust_id = ${was === null ? 'null' : `'${was}'`}`, id);
    }
    expect(await verifyChain(orm.em.fork())).toEqual({ count: EVENTS.length + 1, chains: 2, broken: [] });
  });
});
