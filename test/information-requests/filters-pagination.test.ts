import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InformationRequestFilter, InformationRequestsQuery } from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, TDA, TRUST, requestWorld } from './requests.helpers';

// informationRequests: every filter of InformationRequestFilter (mine true and false included),
// alone and together, against the same selection written in SQL; and cursor pagination by dueOn
// then id, walked to the end, with forged cursors refused as BAD_USER_INPUT.

const t = requestWorld();
const ids: Record<string, string> = {};

beforeAll(async () => {
  // Three requests due the same day (the id breaks the tie), one asked by two bodies, one
  // WITHDRAWN, and one CQC left while TDA still asks it: 11 requests with the demo's 5.
  for (const odsCode of ['RH4', 'RB1', 'RW6']) ids[odsCode] = (await t.ask(CQC(), await t.askInput(odsCode, { dueOn: '2026-04-10' }))).id;
  const both = await t.ask(COMMISSIONER(), await t.askInput('RN3', { topic: 'FINANCE', dueOn: '2026-05-01' }));
  await t.ask(CQC(), { trustId: both.trust.id, topic: both.topic, period: both.period, question: 'Also.', dueOn: '2026-05-02' });
  ids.withdrawn = (await t.ask(CQC(), await t.askInput('RB2', { dueOn: '2026-04-01' }))).id;
  t.ok(await t.api.withdraw(ids.withdrawn, CQC()));
  const left = await t.ask(CQC(), await t.askInput('RS4', { dueOn: TEST_TODAY }));
  await t.ask(TDA(), { trustId: left.trust.id, topic: left.topic, period: left.period, question: 'Ours.', dueOn: '2026-06-01' });
  ids.left = left.id;
  t.ok(await t.api.withdraw(left.id, CQC()));
});

/** The ids of the requests `where` selects, in the API's order: dueOn, then id. */
async function expected(where: string, params: unknown[] = []): Promise<string[]> {
  const rows = await t.sql<{ id: string }>(`select r.id from information_request r join trust t on t.id = r.trust_id
    join local_system s on s.id = t.local_system_id where ${where} order by r.due_on, r.id`, params);
  return rows.map((r) => r.id);
}
const asksNow = (org: string) => `exists (select 1 from request_asker a where a.request_id = r.id and a.organisation = '${org}' and a.withdrawn_on is null)`;
const OVERDUE = `r.status = 'OPEN' and r.due_on < '${TEST_TODAY}'`;

async function listed(token: string, filter: InformationRequestFilter): Promise<string[]> {
  const page = t.ok(await t.api.list(token, filter, 500)).informationRequests;
  expect(page.totalCount).toBe(page.nodes.length);
  return page.nodes.map((r) => r.id);
}

describe('every filter, as the regulator', () => {
  const cases: [string, () => InformationRequestFilter | Promise<InformationRequestFilter>, string][] = [
    ['none', () => ({}), 'true'],
    ['trustId', async () => ({ trustId: await t.trustId('RN1') }), "t.ods_code = 'RN1'"],
    ['topic', () => ({ topic: 'FINANCE' }), "r.topic = 'FINANCE'"],
    ['status OPEN', () => ({ status: 'OPEN' }), "r.status = 'OPEN'"],
    ['status ANSWERED', () => ({ status: 'ANSWERED' }), "r.status = 'ANSWERED'"],
    ['status WITHDRAWN', () => ({ status: 'WITHDRAWN' }), "r.status = 'WITHDRAWN'"],
    ['overdue true', () => ({ overdue: true }), OVERDUE],
    ['overdue false', () => ({ overdue: false }), `not (${OVERDUE})`],
    ['mine true', () => ({ mine: true }), asksNow('CQC')],
    ['mine false', () => ({ mine: false }), `not ${asksNow('CQC')}`],
    ['trustId and status', async () => ({ trustId: await t.trustId('RN1'), status: 'ANSWERED' }), "t.ods_code = 'RN1' and r.status = 'ANSWERED'"],
    ['mine, status and topic', () => ({ mine: true, status: 'OPEN', topic: 'FINANCE' }), `${asksNow('CQC')} and r.status = 'OPEN' and r.topic = 'FINANCE'`],
    ['mine false and overdue', () => ({ mine: false, overdue: false, status: 'OPEN' }), `not ${asksNow('CQC')} and not (${OVERDUE}) and r.status = 'OPEN'`],
    ['a trustId that is no id', () => ({ trustId: 'RN1' }), 'false'],
  ];
  it.each(cases)('%s', async (_name, filter, where) => {
    const want = await expected(where);
    expect(await listed(CQC(), await filter())).toEqual(want);
  });

  it('the filters select something each, and not everything: the data exercises them', async () => {
    for (const where of [OVERDUE, asksNow('CQC'), `not ${asksNow('CQC')}`, "r.status = 'WITHDRAWN'", "r.status = 'ANSWERED'"]) {
      const n = (await expected(where)).length;
      expect(n, where).toBeGreaterThan(0);
      expect(n, where).toBeLessThan(11);
    }
    expect(await expected('true')).toHaveLength(11);
  });
});

describe('mine: the requests the calling body currently asks, within what it reads', () => {
  it('a withdrawn ask is not mine: CQC left one that TDA still asks', async () => {
    expect(await listed(CQC(), { mine: true })).not.toContain(ids.left);
    expect(await listed(CQC(), { mine: false })).toContain(ids.left);
    expect(await listed(TDA(), { mine: true })).toContain(ids.left);
  });

  it('the commissioner: true and false split its system\'s requests', async () => {
    const inSystem = "s.code = 'NMERE'";
    expect(await listed(COMMISSIONER(), { mine: true })).toEqual(await expected(`${inSystem} and ${asksNow('X5N')}`));
    expect(await listed(COMMISSIONER(), { mine: false })).toEqual(await expected(`${inSystem} and not ${asksNow('X5N')}`));
    expect(await listed(COMMISSIONER(), { trustId: await t.trustId('RH2') })).toEqual([]);
  });

  it('a trust never asks: mine true is empty, mine false its own requests', async () => {
    expect(await listed(TRUST('RN1'), { mine: true })).toEqual([]);
    expect(await listed(TRUST('RN1'), { mine: false })).toEqual(await expected("t.ods_code = 'RN1'"));
  });
});

describe('cursor pagination by dueOn, then id', () => {
  async function walk(token: string, first: number, filter: InformationRequestFilter | null = null) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: InformationRequestsQuery['informationRequests'] = t.ok(await t.api.list(token, filter, first, after)).informationRequests;
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      seen.push(...page.nodes.map((r) => r.id));
      if (!page.pageInfo.hasNextPage) return { seen, totalCount: page.totalCount };
      after = page.pageInfo.endCursor ?? null;
    }
    throw new Error('pagination never ended');
  }

  it('pages of 2, 3 and 1 walk every request once, in order, ties broken by id', async () => {
    const all = await expected('true');
    for (const first of [2, 3]) expect(await walk(CQC(), first)).toEqual({ seen: all, totalCount: 11 });
    const tied = all.filter((id) => [ids.RH4, ids.RB1, ids.RW6].includes(id));
    expect(tied).toEqual([ids.RH4, ids.RB1, ids.RW6].sort());
    expect((await walk(CQC(), 1, { status: 'OPEN' })).seen).toEqual(await expected("r.status = 'OPEN'"));
    expect((await walk(COMMISSIONER(), 1)).seen).toEqual(await expected("s.code = 'NMERE'"));
  });

  it('BAD_USER_INPUT: a cursor it did not give out, of whatever shape, and first outside 1 to 500', async () => {
    const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const cursors = ['garbage', forged({ not: 'a cursor' }), forged([TEST_TODAY]), forged([TEST_TODAY, 'nope']), forged(['soon', randomUUID()]),
      forged([TEST_TODAY, randomUUID(), 'more']), forged(["2026-03-18'; drop table trust; --", randomUUID()]), forged([1, 2])];
    for (const after of cursors) {
      await t.expectRefused('BAD_USER_INPUT', /^after is not a cursor this list gave out in this order$/, () => t.api.list(CQC(), null, 2, after));
    }
    for (const first of [0, -1, 501]) await t.expectRefused('BAD_USER_INPUT', /^first must be between 1 and 500$/, () => t.api.list(CQC(), null, first));
  });
});
