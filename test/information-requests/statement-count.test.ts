import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { TrustsWithInformationRequestsDocument, type RequestStatus } from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, DIRECTOR, PUBLIC, TRUST, requestWorld } from './requests.helpers';

// Trust.informationRequests(status), with each request's trust and askers, on a page of trusts
// costs the same number of SQL statements for 2 trusts as for all of them: one batch per relation,
// never one query per trust (counted with knex's 'query' event, as test/api/statement-count.test.ts
// does). And reportingBurden is one statement, whatever the number of trusts it reports on.

const t = requestWorld();
let statements: string[] = [];
let trustCount: number;

beforeAll(async () => {
  // Every trust asked something, by CQC and (in its system) X5N: every page's nested lists have rows.
  const trusts = await t.sql<{ ods_code: string; system: string }>('select t.ods_code, s.code as system from trust t join local_system s on s.id = t.local_system_id');
  trustCount = trusts.length;
  for (const { ods_code: odsCode, system } of trusts) {
    const request = await t.ask(CQC(), await t.askInput(odsCode, { topic: 'MATERNITY', period: '2025-06' }));
    if (system === 'NMERE') await t.ask(COMMISSIONER(), { trustId: request.trust.id, topic: 'MATERNITY', period: '2025-06', question: 'Also.', dueOn: '2026-05-01' });
    if (odsCode === 'RN4') t.ok(await t.api.answer(request.id, 'Answered.', 1, TRUST('RN4'))); // X5N's first page has an ANSWERED one too
  }
  t.w.db.orm.em.getConnection().getKnex().on('query', (query: { sql: string }) => {
    statements.push(query.sql);
  });
});

async function counted<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements = [];
  const result = await run();
  return { result, sql: statements };
}

async function pageOf(first: number, token: string | null, status: RequestStatus | null) {
  const { result, sql } = await counted(() => t.w.api.request(TrustsWithInformationRequestsDocument, { first, status }, token));
  return { nodes: t.ok(result).trusts.nodes, sql };
}

// Pages are by trust name: Ashby and District (RH2) comes first, so RH2 and its director ID-002
// read requests on the page of 2 as on the page of all; X5N's first two are Fenwick's RN4 and RN3.
const ROLES: [string, () => string | null, number | 'all', string[]][] = [
  ['REGULATOR', CQC, 'all', ['RH2', 'RH6']],
  ['COMMISSIONER X5N (6 trusts)', () => COMMISSIONER('X5N'), 6, ['RN4', 'RN3']],
  ['TRUST RH2 (its own requests only)', () => TRUST('RH2'), 'all', ['RH2']],
  ['IMPROVEMENT_DIRECTOR ID-002 (at RH2)', () => DIRECTOR('ID-002'), 'all', ['RH2']],
  ['PUBLIC (no requests at all)', PUBLIC, 'all', []],
];

describe.each(ROLES)('as %s', (_role, token, size, readsOnFirstPage) => {
  it.each([null, 'OPEN', 'ANSWERED'] as (RequestStatus | null)[])('a page of every trust costs as many statements as a page of 2 (status %s)', async (status) => {
    const many = size === 'all' ? trustCount : size;
    await pageOf(2, token(), status); // the caller's scope is read once, then kept a few seconds (src/auth/access-cache.ts)
    const few = await pageOf(2, token(), status);
    const all = await pageOf(many, token(), status);
    expect(all.nodes).toHaveLength(many);
    // No level is skipped at one size and not at the other: the small page has requests with askers too.
    const withRequests = (nodes: typeof few.nodes) => nodes.filter((n) => n.informationRequests.length > 0).map((n) => n.odsCode);
    expect(withRequests(few.nodes).length > 0).toBe(readsOnFirstPage.length > 0);
    for (const request of [...few.nodes, ...all.nodes].flatMap((n) => n.informationRequests)) {
      expect(request.askers.length).toBeGreaterThan(0);
      if (status) expect(request.status).toBe(status);
    }
    expect(withRequests(few.nodes).every((odsCode) => readsOnFirstPage.includes(odsCode))).toBe(true);
    if (readsOnFirstPage.length === 0) expect(withRequests(all.nodes)).toEqual([]);
    expect(all.sql.length).toBe(few.sql.length);
    // Requests and their askers: one statement each, whatever the page.
    for (const table of readsOnFirstPage.length ? ['information_request', 'request_asker'] : []) {
      expect(all.sql.filter((s) => s.includes(`from "${table}"`)), table).toHaveLength(1);
    }
  });
});

describe('reportingBurden', () => {
  it('is one statement over the asks, for 30 trusts as for 4, and lists each trust once', async () => {
    const today = await counted(() => t.api.burden(CQC(), TEST_TODAY, TEST_TODAY));
    const before = await counted(() => t.api.burden(CQC(), null, addDays(TEST_TODAY, -1)));
    expect(t.ok(today.result).reportingBurden).toHaveLength(trustCount);
    expect(t.ok(before.result).reportingBurden.map((b) => b.trust.odsCode).sort()).toEqual(['RH2', 'RN1', 'RN3', 'RS4']);
    for (const { sql } of [today, before]) expect(sql.filter((s) => s.includes('request_asker'))).toHaveLength(1);
    expect(today.sql.length).toBe(before.sql.length);
  });
});
