import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { useTestApi } from '../support/test-api';

// Idempotency-Key on a mutation: a client that lost the answer retries safely. Checked by what a
// user would notice: how many inspections and audit events a trust has after each request.

const env = useTestApi();
const RECORD = `mutation Record($input: RecordInspectionInput!) { recordInspection(input: $input) { id overall summary trust { odsCode } } }`;
let trustId = '';

beforeAll(async () => {
  [{ id: trustId }] = await env.db.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from trust where ods_code = 'RH1'`);
});

const input = (summary: string) => ({
  trustId, inspectedOn: '2026-01-05', overall: 'GOOD', safe: 'GOOD', effective: 'GOOD', caring: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD',
  recommendation: 'NONE', summary,
});

async function record(summary: string, key?: string, sub = 'test:regulator:one') {
  const token = tokenFor('REGULATOR', 'CQC', { sub });
  const response = await postGraphQL(env.api.url, RECORD, { input: input(summary) }, token, 10_000, key ? { 'idempotency-key': key } : {});
  const body = response.body as { data?: { recordInspection: { id: string } }; errors?: { extensions: { code: string } }[] };
  return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body };
}

async function counts(summary: string) {
  const [row] = await env.db.orm.em.fork().getConnection().execute<{ inspections: number; events: number }[]>(
    `select (select count(*)::int from inspection where summary = ?) as inspections,
       (select count(*)::int from audit_event where entity = 'Inspection' and changes::text like ?) as events`,
    [summary, `%${summary}%`],
  );
  return row;
}

describe('Idempotency-Key', () => {
  it('a retry with the same key and body answers the first result again, with no second effect', async () => {
    const first = await record('retried once', 'key-1');
    const retry = await record('retried once', 'key-1');
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(retry.body).toEqual(first.body);
    expect(retry.replayed).toBe('true');
    expect(await counts('retried once')).toEqual({ inspections: 1, events: 1 });
  });

  it('the same key with another body is CONFLICT and changes nothing', async () => {
    await record('the first body', 'key-2');
    const other = await record('another body', 'key-2');
    expect(other.status).toBe(409);
    expect(other.body.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await counts('another body')).toEqual({ inspections: 0, events: 0 });
  });

  it('keys are the caller’s own: another caller’s same key is a request of its own', async () => {
    await record('two callers', 'key-3', 'test:regulator:one');
    const other = await record('two callers', 'key-3', 'test:regulator:two');
    expect(other.replayed).toBeNull();
    expect(await counts('two callers')).toEqual({ inspections: 2, events: 2 });
  });

  it('concurrent requests with one key take effect once', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => record('at once', 'key-4')));
    expect(answers.every((a) => a.status < 500)).toBe(true);
    // One runs; each other one replays its answer or, while it runs, is told CONFLICT (retry shortly).
    expect(answers.filter((a) => a.body.data?.recordInspection && !a.replayed)).toHaveLength(1);
    for (const other of answers.filter((a) => !a.body.data?.recordInspection)) expect(other.body.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await counts('at once')).toEqual({ inspections: 1, events: 1 });
  });

  it('without a key, each request takes effect; a malformed key is refused before any effect', async () => {
    await record('no key');
    await record('no key');
    expect(await counts('no key')).toEqual({ inspections: 2, events: 2 });
    const bad = await record('bad key', 'a key with spaces');
    expect(bad.status).toBe(400);
    expect(await counts('bad key')).toEqual({ inspections: 0, events: 0 });
  });
});
