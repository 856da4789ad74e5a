import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, DIRECTOR, MONITOR, PUBLIC, TDA, TRUST, requestWorld } from './requests.helpers';

// reportingBurden(from, to) on the demo data at TEST_TODAY: per trust, over the requests the caller
// may read with a current ask made in the range, asked (asks), distinct (requests), duplicatesAvoided
// (asked - distinct), answered and overdue (OPEN, due before today); heaviest first (most asks, then
// most requests, then by name). Expected: written out for the regulator, and for every role and
// range counted here in TypeScript from the raw rows, read in SQL.

const t = requestWorld();

interface Ask { odsCode: string; name: string; requestId: string; askedOn: string; status: string; dueOn: string }
let asks: Ask[];

/** The burden counted by hand from the current asks of the requests of `trusts`, asked from..to. */
function byHand(trusts: string[] | 'all', from: string | null, to: string | null) {
  const kept = asks.filter((a) => (trusts === 'all' || trusts.includes(a.odsCode)) && (!from || a.askedOn >= from) && (!to || a.askedOn <= to));
  const rows = new Map<string, { name: string; odsCode: string; asked: number; requests: Map<string, Ask> }>();
  for (const ask of kept) {
    const row = rows.get(ask.odsCode) ?? { name: ask.name, odsCode: ask.odsCode, asked: 0, requests: new Map() };
    row.asked += 1;
    row.requests.set(ask.requestId, ask);
    rows.set(ask.odsCode, row);
  }
  return [...rows.values()]
    .sort((a, b) => b.asked - a.asked || b.requests.size - a.requests.size || (a.name < b.name ? -1 : 1))
    .map(({ odsCode, asked, requests }) => {
      const list = [...requests.values()];
      return {
        trust: { odsCode }, asked, distinct: list.length, duplicatesAvoided: asked - list.length,
        answered: list.filter((r) => r.status === 'ANSWERED').length, overdue: list.filter((r) => r.status === 'OPEN' && r.dueOn < TEST_TODAY).length,
      };
    });
}

async function readAsks() {
  asks = await t.sql<Ask>(`select t.ods_code as "odsCode", t.name, r.id as "requestId", a.asked_on::text as "askedOn", r.status, r.due_on::text as "dueOn"
    from request_asker a join information_request r on r.id = a.request_id join trust t on t.id = r.trust_id where a.withdrawn_on is null`);
}
beforeAll(readAsks);

const burden = async (token: string | null, from: string | null = null, to: string | null = null) => t.ok(await t.api.burden(token, from, to)).reportingBurden;
const row = (odsCode: string, asked: number, distinct: number, answered: number, overdue: number) =>
  ({ trust: { odsCode }, asked, distinct, duplicatesAvoided: asked - distinct, answered, overdue });

describe('on a fresh start (the demo data)', () => {
  it('the regulator sees the duplicates avoided: 11 asks, 5 requests, 6 avoided; one overdue; heaviest first', async () => {
    expect(await burden(CQC())).toEqual([row('RN1', 5, 2, 1, 0), row('RH2', 3, 1, 1, 0), row('RS4', 2, 1, 0, 0), row('RN3', 1, 1, 0, 1)]);
    expect(byHand('all', null, null)).toEqual(await burden(CQC()));
  });

  const RANGES: [string | null, string | null][] = [
    [null, null], ['2026-03-01', null], [null, '2026-02-10'], ['2026-02-13', '2026-02-13'], ['2026-02-14', '2026-02-28'], [TEST_TODAY, null], ['2026-03-19', null],
  ];
  const ROLES: [string, () => string | null, string[] | 'all'][] = [
    ['REGULATOR', CQC, 'all'], ['OVERSIGHT MONITOR', MONITOR, 'all'], ['OVERSIGHT TDA', TDA, 'all'],
    ['TRUST RN1', () => TRUST('RN1'), ['RN1']], ['TRUST RH2', () => TRUST('RH2'), ['RH2']], ['TRUST RH1', () => TRUST('RH1'), []],
    ['IMPROVEMENT_DIRECTOR ID-001', () => DIRECTOR('ID-001'), ['RN1']], ['IMPROVEMENT_DIRECTOR ID-006', () => DIRECTOR('ID-006'), []],
    ['COMMISSIONER X5N', () => COMMISSIONER('X5N'), ['RN1', 'RN3']], ['COMMISSIONER X7S', () => COMMISSIONER('X7S'), ['RS4']],
    ['PUBLIC', PUBLIC, []],
  ];
  it.each(ROLES)('%s: counted over the requests it reads, in every range', async (_role, token, trusts) => {
    for (const [from, to] of RANGES) expect(await burden(token(), from, to), `${from}..${to}`).toEqual(byHand(trusts, from, to));
  });

  it('ranges by askedOn, both ends included (written out)', async () => {
    expect(await burden(CQC(), '2026-03-01')).toEqual([row('RS4', 2, 1, 0, 0), row('RN3', 1, 1, 0, 1), row('RN1', 1, 1, 0, 0)]); // Fenwick before Northmere
    expect(await burden(CQC(), null, '2026-02-10')).toEqual([row('RN1', 2, 1, 1, 0)]);
    expect(await burden(CQC(), '2026-02-13', '2026-02-13')).toEqual([row('RH2', 1, 1, 1, 0)]);
    expect(await burden(COMMISSIONER('X5N'), '2026-02-14', '2026-02-28')).toEqual([row('RN1', 2, 1, 0, 0)]);
    expect(await burden(CQC(), '2026-03-19')).toEqual([]);
  });

  it('BAD_USER_INPUT: to before from, or a date that is no date', async () => {
    await t.expectRefused('BAD_USER_INPUT', /^to must not be before from$/, () => t.api.burden(CQC(), '2026-03-02', '2026-03-01'));
    const { body } = await t.api.burden(CQC(), '2026-02-30', null);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('as asks come and go', () => {
  it('a join counts as an ask and a duplicate avoided; a withdrawn ask, and a WITHDRAWN request, count no more', async () => {
    const request = await t.ask(CQC(), await t.askInput('RS4'));
    const subject = { trustId: request.trust.id, topic: request.topic, period: request.period };
    await t.ask(TDA(), { ...subject, question: 'Ours.', dueOn: '2026-05-01' });
    await t.ask(COMMISSIONER('X7S'), { ...subject, question: 'Ours too.', dueOn: '2026-05-02' });
    expect(await burden(CQC(), TEST_TODAY, TEST_TODAY)).toEqual([row('RS4', 3, 1, 0, 0)]);

    t.ok(await t.api.withdraw(request.id, CQC()));
    expect(await burden(CQC(), TEST_TODAY, TEST_TODAY)).toEqual([row('RS4', 2, 1, 0, 0)]);
    await readAsks();
    expect(await burden(COMMISSIONER('X7S'))).toEqual(byHand(['RS4'], null, null));

    for (const token of [TDA(), COMMISSIONER('X7S')]) t.ok(await t.api.withdraw(request.id, token));
    expect(await burden(CQC(), TEST_TODAY, TEST_TODAY)).toEqual([]);
    expect(await burden(CQC())).toEqual([row('RN1', 5, 2, 1, 0), row('RH2', 3, 1, 1, 0), row('RS4', 2, 1, 0, 0), row('RN3', 1, 1, 0, 1)]);
  });
});
