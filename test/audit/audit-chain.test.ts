import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/modules/audit/audit-chain';
import { Trust } from '../../src/modules/entities';
import { AuditedForecastDocument, PublishPlanUpdateDocument, RecordInspectionDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { makeAuditedChanges } from './audit.helpers';

// The audit log is a hash chain, serialised by an advisory lock: after changes made one by one and
// fifteen made at once, `npm run audit:verify` (the built CLI, run on this file's database) prints
// `intact (N events)` and exits 0. One event changed by the database owner (the append-only
// trigger disabled) makes it exit 1 naming that event; an UPDATE with the trigger on is refused.

const env = useTestApi();
const root = join(__dirname, '..', '..');
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => env.db.orm.em.fork().getConnection().execute<T[]>(query, params);
const eventCount = async () => (await sql<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;

function run(file: string, args: string[], environment: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { cwd: root, env: environment, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }));
  });
}
/** `npm run audit:verify` without its build: the built CLI on this file's database. */
const auditVerify = () => run(join('dist', 'src', 'db', 'audit-verify-cli.js'), [], { PATH: process.env.PATH, DATABASE_URL: env.db.url });

/** As the database's owner, on a connection of its own: statements with the append-only trigger lifted. */
async function asOwnerWithoutTrigger(statements: [string, unknown[]?][]): Promise<void> {
  const owner = new Client({ connectionString: env.db.url });
  await owner.connect();
  try {
    await owner.query('begin');
    await owner.query('alter table audit_event disable trigger audit_event_append_only');
    for (const [text, values] of statements) await owner.query(text, values);
    await owner.query('alter table audit_event enable trigger audit_event_append_only');
    await owner.query('commit');
  } finally {
    await owner.end();
  }
}

beforeAll(async () => {
  const build = await run(join('node_modules', 'typescript', 'bin', 'tsc'), ['-b', 'tsconfig.build.json']);
  expect(build.code, build.stdout + build.stderr).toBe(0);
  await makeAuditedChanges(env);

  // Fifteen changes at once, each on a row of its own, so that only the chain's lock orders them.
  const em = env.db.orm.em.fork();
  const id = async (odsCode: string) => (await em.findOneOrFail(Trust, { odsCode })).id;
  const sends = [
    ...['RB1', 'RB4', 'RB6', 'RH4', 'RH5'].map(async (ods, i) =>
      env.api.request(AuditedForecastDocument, { trustId: await id(ods), forecast: `${1000 + i}.00` }, tokenFor('OVERSIGHT', 'MONITOR'))),
    ...['RH2', 'RS3', 'RB2', 'RW1', 'RS1'].map(async (ods) =>
      env.api.request(PublishPlanUpdateDocument, { input: { trustId: await id(ods), month: '2026-03', summary: `${ods}: March.` } }, tokenFor('TRUST', ods))),
    ...['RH3', 'RH6', 'RS5', 'RW2', 'RW6'].map(async (ods) => env.api.request(RecordInspectionDocument, {
      input: { trustId: await id(ods), inspectedOn: '2026-03-01', publishedOn: null, overall: 'GOOD', safe: 'GOOD', effective: 'GOOD',
        caring: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'NONE' },
    }, tokenFor('REGULATOR', 'CQC'))),
  ];
  const results = await Promise.all(sends);
  for (const { body } of results) expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
}, 180_000);

describe('an intact chain', () => {
  // More than 9 events on purpose: the walk must follow seq as a number (10 after 9), not as text.
  it('verifyChain walks every event and finds each hash matching', async () => {
    const count = await eventCount();
    expect(count).toBeGreaterThanOrEqual(9 + 15 + 1); // RW1 and RS1 had no plan: their first update made one
    expect(await verifyChain(env.db.orm.em.fork())).toEqual({ count, broken: null });
  });

  it('every event has a position and a hash of its own: none two with the same', async () => {
    const [row] = await sql<{ n: number; seqs: number; hashes: number }>('select count(*)::int as n, count(distinct seq)::int as seqs, count(distinct hash)::int as hashes from audit_event');
    expect(row).toEqual({ n: row.n, seqs: row.n, hashes: row.n });
  });

  it('`npm run audit:verify` prints "intact (N events)" and exits 0', async () => {
    const result = await auditVerify();
    expect(result).toMatchObject({ code: 0, stdout: `intact (${await eventCount()} events)\n` });
  });
});

describe('tampering', () => {
  it('an UPDATE (or DELETE) through the application\'s connection is refused, and the event stays as it was', async () => {
    const [victim] = await sql<{ id: string }>('select id from audit_event order by seq limit 1 offset 5');
    const before = await sql('select * from audit_event where id = ?', [victim.id]);
    await expect(sql(`update audit_event set changes = '{}' where id = ?`, [victim.id])).rejects.toThrow(/permission denied for table audit_event/);
    expect(await sql('select * from audit_event where id = ?', [victim.id])).toEqual(before);
    await expect(sql('delete from audit_event where id = ?', [victim.id])).rejects.toThrow(/permission denied for table audit_event/);
  });

  it('one event\'s changes rewritten by the owner, trigger disabled: the CLI exits 1 naming that event and its time', async () => {
    const [victim] = await sql<{ id: string; changes: unknown }>('select id, changes from audit_event order by seq limit 1 offset 7');
    const [{ at }] = await sql<{ at: string }>(`select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from audit_event where id = ?`, [victim.id]);
    await asOwnerWithoutTrigger([[`update audit_event set changes = jsonb_set(changes, '{tampered}', 'true') where id = $1`, [victim.id]]]);

    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('intact');
    expect(result.stderr).toContain(victim.id);
    expect(result.stderr).toContain(at);
    expect(await verifyChain(env.db.orm.em.fork())).toEqual({ count: 7, broken: { id: victim.id, at: new Date(at) } });

    // Put back as it was, the chain is intact again.
    await asOwnerWithoutTrigger([['update audit_event set changes = $1 where id = $2', [JSON.stringify(victim.changes), victim.id]]]);
    expect(await auditVerify()).toMatchObject({ code: 0, stdout: `intact (${await eventCount()} events)\n` });
  });

  it('any other column changed, or an event removed, is found at that event or the one after it', async () => {
    const events = await sql<{ id: string }>('select id from audit_event order by seq');
    const cases: [string, string, number][] = [
      [`update audit_event set organisation = 'TDA' where id = $1`, events[3].id, 3],
      [`update audit_event set at = at + interval '1 millisecond' where id = $1`, events[4].id, 4],
      [`update audit_event set subject = 'someone else' where id = $1`, events[10].id, 10],
    ];
    for (const [statement, id, position] of cases) {
      const [saved] = await sql<Record<string, unknown>>('select subject, organisation, at from audit_event where id = ?', [id]);
      await asOwnerWithoutTrigger([[statement, [id]]]);
      expect(await verifyChain(env.db.orm.em.fork()), statement).toMatchObject({ count: position, broken: { id } });
      await asOwnerWithoutTrigger([['update audit_event set subject = $1, organisation = $2, at = $3 where id = $4', [saved.subject, saved.organisation, saved.at, id]]]);
    }
    await asOwnerWithoutTrigger([['delete from audit_event where id = $1', [events[6].id]]]);
    expect(await verifyChain(env.db.orm.em.fork())).toMatchObject({ count: 6, broken: { id: events[7].id } });
  });
});
