import { expect, it } from 'vitest';
import { verifyChain } from '../../src/modules/audit/audit-chain';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { codesOf, graphql, sleep } from './http';
import { RECORD_INSPECTION, useOwnerConnection } from './owner';

// A mutation whose connection is cut half-way through its write: its statement has taken the
// inspection table to insert the inspection, and waits to insert its audit event (the test holds a
// SHARE lock on audit_event, which lets it read but not write). The server's backends are then
// terminated. The transaction dies with them: no inspection, no audit event, the chain intact; the
// server serves on.

const env = useTestApi('demo');
const owner = useOwnerConnection(env);
const regulator = tokenFor('REGULATOR', 'CQC');

const one = async <T>(sql: string, values: unknown[] = []) => (await owner.admin.query(sql, values)).rows[0] as T;
const counts = () => one<{ inspections: number; events: number }>(
  'select (select count(*)::int from inspection) as inspections, (select count(*)::int from audit_event) as events');

/** The server's backend waiting for a lock on `table` (its INSERT, still in parse: pg_stat_activity shows the statement before), and the tables its transaction has written to. */
async function blockedOn(table: string): Promise<{ pid: number; written: string[] }> {
  for (let tries = 0; tries < 100; tries++) {
    const waiting = await one<{ pid: number } | undefined>('select pid from pg_locks where not granted and relation = $1::regclass', [table]);
    if (waiting) {
      const { rows } = await owner.admin.query<{ relname: string }>(
        `select c.relname from pg_locks l join pg_class c on c.oid = l.relation where l.pid = $1 and l.mode = 'RowExclusiveLock' and l.granted and c.relkind = 'r'`, [waiting.pid]);
      return { pid: waiting.pid, written: rows.map((row) => row.relname) };
    }
    await sleep(50);
  }
  throw new Error(`no mutation waited for ${table}`);
}

it('the connection cut while the mutation writes: it answers SERVICE_UNAVAILABLE and leaves no row, no audit event, the chain intact', async () => {
  const before = await counts();
  await owner.admin.query('begin');
  let interrupted;
  try {
    await owner.admin.query('lock table audit_event in share mode'); // reads go on; inserts wait
    const answer = graphql(env.api.url, RECORD_INSPECTION, { token: regulator, variables: { trustId: owner.rn1, summary: 'interrupted' } });
    const blocked = await blockedOn('audit_event');
    expect(blocked.written).toContain('inspection'); // half-way: its inspection is being written, in its transaction
    const { rows } = await owner.admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    expect(rows.length).toBeGreaterThanOrEqual(1);
    interrupted = await answer;
  } finally {
    await owner.admin.query('rollback');
  }

  expect(codesOf(interrupted)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(interrupted.body.data).toBeNull();
  expect(await counts()).toEqual(before);
  expect(await one('select count(*)::int as n from inspection where summary = $1', ['interrupted'])).toEqual({ n: 0 });
  expect(await verifyChain(env.db.orm.em.fork())).toMatchObject({ count: before.events, broken: [] });
});

it('the same server, without a restart, then makes the change whole: one inspection, one audit event, the chain intact', async () => {
  const before = await counts();
  const answer = await graphql(env.api.url, RECORD_INSPECTION, { token: regulator, variables: { trustId: owner.rn1, summary: 'after' } });
  expect(answer.body.errors).toBeUndefined();
  expect(await counts()).toEqual({ inspections: before.inspections + 1, events: before.events + 1 });
  const id = (answer.body.data!.recordInspection as { id: string }).id;
  expect(await one('select action, entity_id from audit_event order by seq desc limit 1')).toEqual({ action: 'recordInspection', entity_id: id });
  expect(await verifyChain(env.db.orm.em.fork())).toMatchObject({ count: before.events + 1, broken: [] });
});
