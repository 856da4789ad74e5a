import { randomBytes, randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { setToday } from '../../src/clock';
import { ormConfig } from '../../src/db/config';
import { FIRST_CHAIN, linkHash, verifyChain } from '../../src/modules/audit/audit-chain';
import { insertRows } from '../fixtures/sql-rows';
import { RecordInspectionDocument } from '../generated/graphql';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { TEST_TODAY } from '../support/today';

// Migration20261125021706 makes the audit log a hash chain: the events written before it are
// numbered in the order they were written (at, then id) and chained, so that verifyChain finds the
// whole log intact after it. Migration20261206234824 makes it a chain per trust: those events stay as
// they are, the first chain, its head recorded; the application's next event starts its trust's chain
// from the first chain's last hash, so that removing the first chain's last event is found too.

const FIRST_MIGRATION = 'Migration20261124053052';
const name = `test_chain_migration_${randomBytes(6).toString('hex')}`;
const serverUrl = (database: string) => Object.assign(new URL(inject('serverUrl')), { pathname: `/${database}` }).toString();
const onServer = async (text: string) => {
  const client = new Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
};
let orm: MikroORM;
/** As the owner, on a connection of its own, with the append-only trigger lifted. */
async function asOwner(text: string, values: unknown[]): Promise<void> {
  const owner = new Client({ connectionString: serverUrl(name) });
  await owner.connect();
  try {
    await owner.query('alter table audit_event disable trigger audit_event_append_only');
    await owner.query(text, values);
    await owner.query('alter table audit_event enable trigger audit_event_append_only');
  } finally {
    await owner.end();
  }
}
let api: TestApi | undefined;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(text, params);

const TRUST_ID = randomUUID();
// Inserted in this order; written (by `at`) in another, two at the same instant, one to the microsecond.
const EVENTS = [
  { at: '2025-01-05 10:00:00.123456+00', changes: { z: { from: null, to: 1.5 }, a: { from: 'x', to: 'Zoë – “quoted” ✓' } }, trust: true },
  { at: '2025-01-03 09:00:00+00', changes: null, trust: false },
  { at: '2025-01-04 12:00:00+00', changes: { nested: { to: { b: [1, 2, { d: true, c: null }], a: '2026-03-18' }, from: null } }, trust: true },
  { at: '2025-01-04 12:00:00+00', changes: { status: { from: 'NOT_STARTED', to: 'COMPLETE' } }, trust: false },
  { at: '2024-12-31 23:59:59.999+00', changes: { amount: { from: null, to: '125000.00' } }, trust: true },
].map((event, i) => ({ ...event, id: randomUUID(), order: i }));

beforeAll(async () => {
  setToday(TEST_TODAY);
  await onServer(`create database "${name}"`);
  orm = await MikroORM.init(ormConfig(serverUrl(name)));
  await orm.getMigrator().up({ to: FIRST_MIGRATION });
  const systemId = randomUUID();
  await insertRows(orm.em.fork(), 'local_system', [{ id: systemId, code: 'TESTSYS', name: 'Test system' }]);
  await insertRows(orm.em.fork(), 'trust', [{
    id: TRUST_ID, ods_code: 'TST1', name: 'Test Trust', type: 'NHS_TRUST', sector: 'ACUTE', local_system_id: systemId, autonomy_suspended: false,
  }]);
  await insertRows(orm.em.fork(), 'audit_event', EVENTS.map((e) => ({
    id: e.id, at: e.at, subject: `person-${e.order}`, role: e.order % 2 ? 'TRUST' : 'OVERSIGHT', organisation: e.order % 2 ? 'TST1' : 'TDA',
    action: 'setFinancialForecast', entity: 'Trust', entity_id: TRUST_ID, trust_id: e.trust ? TRUST_ID : null,
    changes: e.changes === null ? null : JSON.stringify(e.changes),
  })));
});

afterAll(async () => {
  await api?.stop();
  await orm?.close();
  await onServer(`drop database if exists "${name}" with (force)`);
});

describe('the events written before the chain', () => {
  it('have neither position nor hash before the migration', async () => {
    const columns = await sql<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'audit_event'`);
    expect(columns.map((c) => c.column_name)).not.toContain('hash');
    expect(columns.map((c) => c.column_name)).not.toContain('seq');
  });

  it('are numbered by time, then id, and each given a hash', async () => {
    await orm.getMigrator().up();
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    const byTime = [...EVENTS].sort((a, b) => Date.parse(a.at.replace(' ', 'T').replace('+00', 'Z')) - Date.parse(b.at.replace(' ', 'T').replace('+00', 'Z'))
      || a.id.localeCompare(b.id));
    const numbered = await sql<{ id: string; position: string }>('select id, seq::text as position from audit_event order by audit_event.seq');
    expect(numbered.map((e) => e.id)).toEqual(byTime.map((e) => e.id));
    expect(numbered.map((e) => Number(e.position))).toEqual([1, 2, 3, 4, 5]);
    const hashes = await sql<{ hash: string }>('select hash from audit_event');
    expect(new Set(hashes.map((e) => e.hash)).size).toBe(EVENTS.length);
  });

  it('verifyChain finds them intact, the first chain, whose head is recorded', async () => {
    expect(await verifyChain(orm.em.fork())).toEqual({ count: EVENTS.length, chains: 1, broken: [] });
    const [last] = await sql<{ hash: string }>('select hash from audit_event order by seq desc limit 1');
    expect(await sql('select chain, length, head from audit_chain')).toEqual([{ chain: FIRST_CHAIN, length: EVENTS.length, head: last.hash }]);
  });

  it('the append-only trigger is back after the migration', async () => {
    await expect(sql(`update audit_event set subject = 'rewritten'`)).rejects.toThrow(/never updated or deleted/);
  });

  it('the application\'s next event takes the next seq, and the first position of its trust\'s chain, linked to the first chain\'s last hash', async () => {
    api = await startApi(orm);
    const { body } = await api.request(RecordInspectionDocument, {
      input: { trustId: TRUST_ID, inspectedOn: '2026-03-01', publishedOn: null, overall: 'GOOD', safe: 'GOOD', effective: 'GOOD', caring: 'GOOD',
        responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'NONE' },
    }, tokenFor('REGULATOR', 'CQC'));
    expect(body.errors).toBeUndefined();
    const [last, before] = await sql<{ entity_id: string; position: string; chain_position: number | null; content_hash: string | null; hash: string }>(
      'select entity_id, seq::text as position, chain_position, content_hash, hash from audit_event order by audit_event.seq desc limit 2');
    expect(last).toMatchObject({ entity_id: body.data!.recordInspection.id, position: String(EVENTS.length + 1), chain_position: 1 });
    expect(last.hash).toBe(linkHash(before.hash, last.content_hash!));
  });

  it('and continues the chain: verifyChain finds all of them intact', async () => {
    expect(await verifyChain(orm.em.fork())).toEqual({ count: EVENTS.length + 1, chains: 2, broken: [] });
  });

  it('a migrated event changed afterwards is found', async () => {
    const [third] = await sql<{ id: string; changes: unknown }>('select id, changes from audit_event order by seq offset 2 limit 1');
    await asOwner(`update audit_event set changes = '{"status":{"from":"NOT_STARTED","to":"ON_TRACK"}}' where id = $1`, [third.id]);
    expect(await verifyChain(orm.em.fork())).toMatchObject({ count: 2 + 1, broken: [{ chain: FIRST_CHAIN, id: third.id }] });
    await asOwner('update audit_event set changes = $1 where id = $2', [JSON.stringify(third.changes), third.id]);
    expect((await verifyChain(orm.em.fork())).broken).toEqual([]);
  });

  it('the first chain\'s last event removed is found by its head, and by the trust\'s chain that starts from its hash', async () => {
    const [last] = await sql<{ id: string }>('select id from audit_event where chain_position is null order by seq desc limit 1');
    const [first] = await sql<{ id: string }>('select id from audit_event where chain_position = 1');
    await asOwner('delete from audit_event where id = $1', [last.id]);
    const { broken } = await verifyChain(orm.em.fork());
    expect(broken).toHaveLength(2);
    expect(broken).toEqual(expect.arrayContaining([
      expect.objectContaining({ chain: TRUST_ID, id: first.id, why: expect.stringMatching(/does not follow/) }),
      expect.objectContaining({ chain: FIRST_CHAIN, id: null, why: expect.stringMatching(/newest events are missing/) }),
    ]));
  });
});
