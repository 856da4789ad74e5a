import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash, linkHash, NO_TRUST_CHAIN, verifyChain } from '../../src/modules/audit/audit-chain';
import { Trust } from '../../src/modules/entities';
import { AuditedForecastDocument, PublishPlanUpdateDocument, RecordInspectionDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { makeAuditedChanges } from './audit.helpers';

// The audit log is a hash chain per trust, appended by the database under a lock of that chain's
// head alone: after changes made one by one, fifteen made at once on as many trusts and six at once
// on one trust, every chain holds and `npm run audit:verify` (the built CLI, on this file's
// database) prints `intact (N events in M chains)`. A change of one trust does not wait for one of
// another trust holding its chain; one of the same trust does. An event edited, removed or put in by
// the database owner (triggers lifted), or a chain's newest events removed, makes it exit 1 naming
// the first event (or the chain) that does not hold; the application's role can do none of these.

const env = useTestApi();
const root = join(__dirname, '..', '..');
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => env.db.orm.em.fork().getConnection().execute<T[]>(query, params);
const eventCount = async () => (await sql<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
const chainCount = async () => (await sql<{ n: number }>(`select count(distinct coalesce(trust_id, '${NO_TRUST_CHAIN}'))::int as n from audit_event`))[0].n;
const id = async (odsCode: string) => (await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode })).id;
const sleep = (ms: number) => new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), ms));

function run(file: string, args: string[], environment: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { cwd: root, env: environment, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }));
  });
}
/** `npm run audit:verify` without its build: the built CLI on this file's database. */
const auditVerify = () => run(join('dist', 'src', 'db', 'audit-verify-cli.js'), [], { PATH: process.env.PATH, DATABASE_URL: env.db.url });

/** As the database's owner, on a connection of its own: statements with the audit log's triggers (append-only, chaining) lifted. */
async function asOwnerWithoutTriggers(statements: [string, unknown[]?][]): Promise<void> {
  const owner = new Client({ connectionString: env.db.url });
  await owner.connect();
  try {
    await owner.query('begin');
    await owner.query('alter table audit_event disable trigger user');
    for (const [text, values] of statements) await owner.query(text, values);
    await owner.query('alter table audit_event enable trigger user');
    await owner.query('commit');
  } finally {
    await owner.end();
  }
}

interface Linked { chain: string; position: number; id: string; at: string; hash: string; content_hash: string; changes: { financialForecast?: { from: string; to: string } } }
/** The events of the trusts' chains, chain by chain, in order. */
const chained = () => sql<Linked>(`select coalesce(trust_id, '${NO_TRUST_CHAIN}') as chain, chain_position as position, id,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, hash, content_hash, changes
  from audit_event where chain_position is not null order by 1, 2`);
const chainOf = async (trustId: string) => (await chained()).filter((e) => e.chain === trustId);
/** A whole event, to put back as it was. */
const saved = async (eventId: string) => JSON.stringify((await sql<{ row: unknown }>('select row_to_json(e) as row from audit_event e where id = ?', [eventId]))[0].row);
const putBack = (row: string): [string, unknown[]] => ['insert into audit_event select * from json_populate_record(null::audit_event, $1::json)', [row]];
/** Moves the events of a trust's chain from position `from` on by `by`, through negative positions (the unique index checks each row as it goes). */
const shift = (trustId: string, from: number, by: number): [string, unknown[]][] => [
  ['update audit_event set chain_position = -(chain_position + $3) where trust_id = $1 and chain_position >= $2', [trustId, from, by]],
  ['update audit_event set chain_position = -chain_position where trust_id = $1 and chain_position < 0', [trustId]],
];

let rb1: string;

beforeAll(async () => {
  const build = await run(join('node_modules', 'typescript', 'bin', 'tsc'), ['-b', 'tsconfig.build.json']);
  expect(build.code, build.stdout + build.stderr).toBe(0);
  await makeAuditedChanges(env);
  rb1 = await id('RB1');

  // Fifteen changes at once, each on a trust of its own, and six at once on one trust.
  const sends = [
    ...['RB4', 'RB6', 'RH4', 'RH5', 'RB2'].map(async (ods, i) =>
      env.api.request(AuditedForecastDocument, { trustId: await id(ods), forecast: `${1000 + i}.00` }, tokenFor('OVERSIGHT', ods === 'RB2' ? 'TDA' : 'MONITOR'))),
    ...['RH2', 'RS3', 'RW1', 'RS1', 'RW5'].map(async (ods) =>
      env.api.request(PublishPlanUpdateDocument, { input: { trustId: await id(ods), month: '2026-03', summary: `${ods}: March.` } }, tokenFor('TRUST', ods))),
    ...['RH3', 'RH6', 'RS5', 'RW2', 'RW6'].map(async (ods) => env.api.request(RecordInspectionDocument, {
      input: { trustId: await id(ods), inspectedOn: '2026-03-01', publishedOn: null, overall: 'GOOD', safe: 'GOOD', effective: 'GOOD',
        caring: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'NONE' },
    }, tokenFor('REGULATOR', 'CQC'))),
    ...[1, 2, 3, 4, 5, 6].map((n) => env.api.request(AuditedForecastDocument, { trustId: rb1, forecast: `${n}00.00` }, tokenFor('OVERSIGHT', 'MONITOR'))),
  ];
  const results = await Promise.all(sends);
  for (const { body } of results) expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
}, 180_000);

describe('an intact log', () => {
  it('verifyChain walks every chain and finds each event holding', async () => {
    const count = await eventCount();
    expect(count).toBeGreaterThanOrEqual(9 + 15 + 6);
    expect(await verifyChain(env.db.orm.em.fork())).toEqual({ count, chains: await chainCount(), broken: [] });
  });

  it('each chain numbers its events from 1 without a gap, each linked to the one before, and its head records the last', async () => {
    const events = await chained();
    const heads = await sql<{ chain: string; length: number; head: string }>('select chain, length, head from audit_chain');
    for (const chain of new Set(events.map((e) => e.chain))) {
      const ofChain = events.filter((e) => e.chain === chain);
      expect(ofChain.map((e) => e.position)).toEqual(ofChain.map((_, i) => i + 1));
      for (let i = 1; i < ofChain.length; i++) expect(ofChain[i].hash).toBe(linkHash(ofChain[i - 1].hash, ofChain[i].content_hash));
      expect(heads.find((h) => h.chain === chain)).toEqual({ chain, length: ofChain.length, head: ofChain[ofChain.length - 1].hash });
    }
  });

  it('the changes made at once on one trust are chained in the order they took place: each starts from the value the one before left', async () => {
    const forecasts = (await chainOf(rb1)).map((e) => e.changes.financialForecast!);
    expect(forecasts).toHaveLength(6);
    for (let i = 1; i < forecasts.length; i++) expect(forecasts[i].from).toBe(forecasts[i - 1].to);
    expect(new Set(forecasts.map((f) => f.to))).toEqual(new Set(['100.00', '200.00', '300.00', '400.00', '500.00', '600.00']));
  });

  it('`npm run audit:verify` prints "intact (N events in M chains)" and exits 0', async () => {
    const result = await auditVerify();
    expect(result).toMatchObject({ code: 0, stdout: `intact (${await eventCount()} events in ${await chainCount()} chains)\n` });
  });
});

describe('writes of different trusts go in parallel; of one trust, in order', () => {
  it('while a transaction holds one trust\'s chain, a change of another trust completes, and one of the same trust waits for it', async () => {
    const [rn3, rn5] = [await id('RN3'), await id('RN5')];
    const holder = new Client({ connectionString: env.db.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(`insert into audit_event (id, at, subject, role, organisation, action, entity, entity_id, trust_id, changes, content_hash)
        values (gen_random_uuid(), now(), 'holder', 'REGULATOR', 'CQC', 'hold', 'Trust', $1, $2, '{}', repeat('0', 64))`, [rn3, rn3]);
      const other = env.api.request(AuditedForecastDocument, { trustId: rn5, forecast: '5.00' }, tokenFor('OVERSIGHT', 'MONITOR'));
      expect(await Promise.race([other.then((r) => r.body), sleep(2500)])).toEqual({ data: { setFinancialForecast: { id: rn5, financialForecast: '5.00' } } });
      const same = env.api.request(AuditedForecastDocument, { trustId: rn3, forecast: '3.00' }, tokenFor('OVERSIGHT', 'MONITOR'));
      expect(await Promise.race([same.then((r) => r.body), sleep(1000)])).toBe('waiting');
      await holder.query('rollback');
      expect((await same).body).toEqual({ data: { setFinancialForecast: { id: rn3, financialForecast: '3.00' } } });
    } finally {
      await holder.end();
    }
    expect((await verifyChain(env.db.orm.em.fork())).broken).toEqual([]);
  });
});

describe('tampering', () => {
  it('the application\'s role may not UPDATE or DELETE an event, nor write a chain\'s head; the event and the head stay as they were', async () => {
    const [victim] = await sql<{ id: string }>('select id from audit_event order by seq limit 1 offset 5');
    const before = [await sql('select * from audit_event where id = ?', [victim.id]), await sql('select * from audit_chain order by chain')];
    await expect(sql(`update audit_event set changes = '{}' where id = ?`, [victim.id])).rejects.toThrow(/permission denied for table audit_event/);
    await expect(sql('delete from audit_event where id = ?', [victim.id])).rejects.toThrow(/permission denied for table audit_event/);
    await expect(sql('update audit_chain set length = 0')).rejects.toThrow(/permission denied for table audit_chain/);
    await expect(sql('delete from audit_chain')).rejects.toThrow(/permission denied for table audit_chain/);
    expect([await sql('select * from audit_event where id = ?', [victim.id]), await sql('select * from audit_chain order by chain')]).toEqual(before);
  });

  it('an event\'s position and hash are the database\'s: an insert that brings its own gets the next position and the hash that follows', async () => {
    const rn4 = await id('RN4');
    const [head] = await sql<{ length: number; head: string }>('select length, head from audit_chain where chain = ?', [rn4]);
    const event = { id: crypto.randomUUID(), at: new Date(), subject: 'someone', role: 'REGULATOR', organisation: 'CQC', action: 'forged', entity: 'Trust',
      entityId: rn4, trustId: rn4, partnerTrustId: null, changes: {} };
    await sql(`insert into audit_event (id, at, subject, role, organisation, action, entity, entity_id, trust_id, changes, content_hash, chain_position, hash)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, 1, ?)`, [event.id, event.at, event.subject, event.role, event.organisation, event.action, event.entity, rn4, rn4,
      contentHash(event), 'f'.repeat(64)]);
    const [written] = await sql<{ chain_position: number; hash: string }>('select chain_position, hash from audit_event where id = ?', [event.id]);
    const previous = head?.head ?? (await sql<{ head: string }>(`select head from audit_chain where chain = 'ffffffff-ffff-ffff-ffff-ffffffffffff'`))[0]?.head ?? '0'.repeat(64);
    expect(written).toEqual({ chain_position: (head?.length ?? 0) + 1, hash: linkHash(previous, contentHash(event)) });
    expect((await verifyChain(env.db.orm.em.fork())).broken).toEqual([]);
  });

  it('one event\'s changes rewritten by the owner: the CLI exits 1 naming that event, its time and its chain; the other chains still hold', async () => {
    const rb1Events = await chainOf(rb1);
    const victim = rb1Events[2];
    const before = await eventCount();
    await asOwnerWithoutTriggers([[`update audit_event set changes = jsonb_set(changes, '{tampered}', 'true') where id = $1`, [victim.id]]]);

    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('intact');
    expect(result.stderr).toContain(victim.id);
    expect(result.stderr).toContain(victim.at);
    expect(result.stderr).toContain(rb1);
    expect(await verifyChain(env.db.orm.em.fork())).toEqual({
      count: before - (rb1Events.length - 2), chains: await chainCount(),
      broken: [{ chain: rb1, id: victim.id, at: new Date(victim.at), why: 'its content does not match its content hash' }],
    });

    // Put back as it was, the log holds again.
    await asOwnerWithoutTriggers([['update audit_event set changes = $1 where id = $2', [JSON.stringify(victim.changes), victim.id]]]);
    expect(await auditVerify()).toMatchObject({ code: 0 });
  });

  it('any other column changed, its hash recomputed, or the event moved to another trust\'s chain, is found at that event', async () => {
    const [victim] = (await chainOf(rb1)).slice(3);
    const cases = [
      `update audit_event set organisation = 'TDA' where id = $1`,
      `update audit_event set at = at + interval '1 millisecond' where id = $1`,
      `update audit_event set subject = 'someone else' where id = $1`,
      `update audit_event set content_hash = repeat('a', 64) where id = $1`,
      `update audit_event set hash = repeat('b', 64) where id = $1`,
    ];
    const row = await saved(victim.id);
    for (const statement of cases) {
      await asOwnerWithoutTriggers([[statement, [victim.id]]]);
      expect((await verifyChain(env.db.orm.em.fork())).broken, statement).toMatchObject([{ chain: rb1, id: victim.id }]);
      await asOwnerWithoutTriggers([['delete from audit_event where id = $1', [victim.id]], putBack(row)]);
    }
    const rn6 = await id('RN6');
    await asOwnerWithoutTriggers([['update audit_event set trust_id = $2, chain_position = 1000 where id = $1', [victim.id, rn6]]]);
    const broken = (await verifyChain(env.db.orm.em.fork())).broken;
    expect(broken).toHaveLength(2);
    expect(broken).toEqual(expect.arrayContaining([
      expect.objectContaining({ chain: rb1, id: (await chainOf(rb1))[3].id }), expect.objectContaining({ chain: rn6, id: victim.id }),
    ]));
    await asOwnerWithoutTriggers([['delete from audit_event where id = $1', [victim.id]], putBack(row)]);
    expect((await verifyChain(env.db.orm.em.fork())).broken).toEqual([]);
  });

  it('an event removed, or one put in, is found at the event after it', async () => {
    const events = await chainOf(rb1);
    const removed = await saved(events[2].id);
    await asOwnerWithoutTriggers([['delete from audit_event where id = $1', [events[2].id]]]);
    expect((await verifyChain(env.db.orm.em.fork())).broken).toMatchObject([{ chain: rb1, id: events[3].id, why: expect.stringMatching(/missing/) }]);
    // Renumbered to close the gap: the next event's hash does not follow from the one now before it.
    await asOwnerWithoutTriggers(shift(rb1, 4, -1));
    expect((await verifyChain(env.db.orm.em.fork())).broken).toMatchObject([{ chain: rb1, id: events[3].id, why: expect.stringMatching(/does not follow/) }]);
    await asOwnerWithoutTriggers([...shift(rb1, 3, 1), putBack(removed)]);
    expect((await verifyChain(env.db.orm.em.fork())).broken).toEqual([]);

    // One put in at position 3, with the hash that follows from the second: the old third no longer follows from it.
    const forged = { ...JSON.parse(removed), id: crypto.randomUUID(), subject: 'an insider' };
    forged.content_hash = contentHash({ ...forged, at: new Date(forged.at), entityId: forged.entity_id, trustId: forged.trust_id, partnerTrustId: forged.partner_trust_id });
    forged.hash = linkHash(events[1].hash, forged.content_hash);
    forged.seq = 1_000_000;
    await asOwnerWithoutTriggers([...shift(rb1, 3, 1), putBack(JSON.stringify(forged))]);
    expect((await verifyChain(env.db.orm.em.fork())).broken).toMatchObject([{ chain: rb1, id: events[2].id, why: expect.stringMatching(/does not follow/) }]);
    await asOwnerWithoutTriggers([['delete from audit_event where id = $1', [forged.id]], ...shift(rb1, 4, -1)]);
    expect((await verifyChain(env.db.orm.em.fork())).broken).toEqual([]);
  });

  it('a chain\'s newest event removed is found by its head, which still records it', async () => {
    const events = await chainOf(rb1);
    const newest = await saved(events[events.length - 1].id);
    await asOwnerWithoutTriggers([['delete from audit_event where id = $1', [events[events.length - 1].id]]]);
    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(rb1);
    expect((await verifyChain(env.db.orm.em.fork())).broken).toMatchObject([{ chain: rb1, id: null, why: expect.stringMatching(/newest events are missing/) }]);
    await asOwnerWithoutTriggers([putBack(newest)]);
    expect(await auditVerify()).toMatchObject({ code: 0 });
  });
});
