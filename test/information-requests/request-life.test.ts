import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, MONITOR, TRUST, eventSummary, requestWorld } from './requests.helpers';

// Ask once, answer once (docs/domain.md#information-requests): one request through its life over
// HTTP with real tokens. A regulator asks
// Northmere (RN1, a foundation trust in the Northmere and Fenwick system) about maternity, the
// system's commissioner (X5N) and the trust's oversight body (MONITOR) join it, the trust answers
// once, every asker reads the answer, a later joiner gets it at once, and reportingBurden shows the
// two duplicates avoided. Every step is audited: action = the mutation, one event per changed row.

const t = requestWorld();
let rn1: string;
let requestId: string;

beforeAll(async () => {
  rn1 = await t.trustId('RN1');
  await t.newAuditEvents(); // the demo's rows were seeded, not changed: nothing to mark but this
});

describe('ask once, answer once', () => {
  it('the regulator asks: a new OPEN request, due when it says, with one asker; two rows created, two events', async () => {
    const input = { trustId: rn1, topic: 'MATERNITY' as const, period: '2026-02', question: 'Stillbirth and neonatal death rates for February.', dueOn: '2026-04-30' };
    const asked = t.ok(await t.api.ask(input, CQC())).askInformation;
    requestId = asked.id;
    expect(asked).toEqual({
      id: requestId, topic: 'MATERNITY', period: '2026-02', dueOn: '2026-04-30', status: 'OPEN', answer: null, answeredOn: null, overdue: false, version: 1,
      trust: { id: rn1, odsCode: 'RN1' },
      askers: [{ role: 'REGULATOR', organisation: 'CQC', askedOn: TEST_TODAY, question: input.question, dueOn: '2026-04-30' }],
    });
    const events = await t.newAuditEvents();
    expect(eventSummary(events)).toEqual([
      ['askInformation', 'InformationRequest', requestId, 'answer answeredOn dueOn period status topic trust'],
      ['askInformation', 'RequestAsker', await t.askId(requestId, 'CQC'), expect.stringContaining('question')],
    ]);
    expect(events.every((e) => e.organisation === 'CQC' && e.trustId === rn1)).toBe(true);
  });

  it('the commissioner of its system joins with an earlier date: the same request, due earlier; its ask and the new date audited', async () => {
    const joined = t.ok(await t.api.ask({ trustId: rn1, topic: 'MATERNITY', period: '2026-02', question: 'Midwife to birth ratio, by month.', dueOn: '2026-04-20' }, COMMISSIONER())).askInformation;
    expect(joined).toMatchObject({ id: requestId, status: 'OPEN', dueOn: '2026-04-20', version: 2 });
    expect(joined.askers.map((a) => [a.organisation, a.question, a.dueOn])).toEqual([
      ['CQC', 'Stillbirth and neonatal death rates for February.', '2026-04-30'],
      ['X5N', 'Midwife to birth ratio, by month.', '2026-04-20'],
    ]);
    const events = await t.newAuditEvents();
    expect(eventSummary(events)).toEqual([
      ['askInformation', 'InformationRequest', requestId, expect.stringContaining('dueOn')],
      ['askInformation', 'RequestAsker', await t.askId(requestId, 'X5N'), expect.stringContaining('question')],
    ]);
    expect(events[0].changes.dueOn).toEqual({ from: '2026-04-30', to: '2026-04-20' });
    expect(events.every((e) => e.organisation === 'X5N')).toBe(true);
  });

  it("the trust's oversight body joins with a later date: the due date stays; one event, its ask", async () => {
    const joined = t.ok(await t.api.ask({ trustId: rn1, topic: 'MATERNITY', period: '2026-02', question: 'Maternity safety champion reports.', dueOn: '2026-05-15' }, MONITOR())).askInformation;
    expect(joined).toMatchObject({ id: requestId, status: 'OPEN', dueOn: '2026-04-20', version: 2 });
    expect(joined.askers.map((a) => a.organisation)).toEqual(['CQC', 'X5N', 'MONITOR']);
    expect(eventSummary(await t.newAuditEvents())).toEqual([['askInformation', 'RequestAsker', await t.askId(requestId, 'MONITOR'), expect.stringContaining('question')]]);
    expect(await t.sql('select count(*)::int as n from information_request where trust_id = ? and topic = ? and period = ?', [rn1, 'MATERNITY', '2026-02'])).toEqual([{ n: 1 }]);
  });

  it('the trust sees one request with three askers, and answers it once, at its version', async () => {
    const open = t.ok(await t.api.list(TRUST('RN1'), { status: 'OPEN', topic: 'MATERNITY' })).informationRequests;
    expect(open.nodes.map((r) => [r.id, r.askers.length, r.version])).toEqual([[requestId, 3, 2]]);
    const answer = 'Stillbirths 4.1 per 1,000 births in February; midwife to birth ratio 1:29; champion reports attached.';
    const answered = t.ok(await t.api.answer(requestId, answer, 2, TRUST('RN1'))).answerInformationRequest;
    expect(answered).toMatchObject({ id: requestId, status: 'ANSWERED', answer, answeredOn: TEST_TODAY, dueOn: '2026-04-20', version: 3, overdue: false });
    const events = await t.newAuditEvents();
    expect(eventSummary(events)).toEqual([['answerInformationRequest', 'InformationRequest', requestId, expect.stringMatching(/^answer answeredOn status/)]]);
    expect(events[0]).toMatchObject({ organisation: 'RN1', trustId: rn1, changes: { status: { from: 'OPEN', to: 'ANSWERED' }, answer: { from: null, to: answer } } });

    await t.expectRefused('FAILED_PRECONDITION', /the request is ANSWERED \(answered on 2026-03-18\): it is answered once, while OPEN/,
      () => t.api.answer(requestId, 'A second answer.', 3, TRUST('RN1')));
  });

  it('every asker reads the answer, and every ask with it', async () => {
    for (const token of [CQC(), COMMISSIONER(), MONITOR(), TRUST('RN1')]) {
      const read = t.ok(await t.api.get(requestId, token)).informationRequest!;
      expect(read).toMatchObject({ status: 'ANSWERED', answer: expect.stringMatching(/^Stillbirths 4\.1/), answeredOn: TEST_TODAY });
      expect(read.askers.map((a) => a.organisation)).toEqual(['CQC', 'X5N', 'MONITOR']);
    }
  });

  it('reportingBurden counts 3 asks, 1 distinct request, 2 duplicates avoided, 1 answered', async () => {
    const burden = t.ok(await t.api.burden(CQC(), TEST_TODAY, TEST_TODAY)).reportingBurden;
    expect(burden).toEqual([{ trust: { odsCode: 'RN1' }, asked: 3, distinct: 1, duplicatesAvoided: 2, answered: 1, overdue: 0 }]);
  });
});

describe('a later joiner', () => {
  it('of an answered request gets the answer at once: nothing new for the trust to do; one event, its ask', async () => {
    // The demo's February finance request to RN1, asked by MONITOR and X5N, answered weeks ago.
    const finance = await t.demoRequestId('RN1', 'FINANCE');
    const before = t.ok(await t.api.get(finance, CQC())).informationRequest!;
    expect(before).toMatchObject({ status: 'ANSWERED', answer: expect.stringMatching(/^Deficit of £2\.1m/) });
    const openBefore = t.ok(await t.api.list(TRUST('RN1'), { status: 'OPEN' })).informationRequests.totalCount;

    const joined = t.ok(await t.api.ask({ trustId: rn1, topic: 'FINANCE', period: before.period, question: 'Cost improvement delivery.', dueOn: TEST_TODAY }, CQC())).askInformation;
    expect(joined).toEqual({ ...before, askers: [...before.askers, expect.objectContaining({ organisation: 'CQC', askedOn: TEST_TODAY, dueOn: TEST_TODAY })] });
    expect(eventSummary(await t.newAuditEvents())).toEqual([['askInformation', 'RequestAsker', await t.askId(finance, 'CQC'), expect.stringContaining('question')]]);
    expect(t.ok(await t.api.list(TRUST('RN1'), { status: 'OPEN' })).informationRequests.totalCount).toBe(openBefore);

    const burden = t.ok(await t.api.burden(CQC(), TEST_TODAY, TEST_TODAY)).reportingBurden;
    expect(burden).toEqual([{ trust: { odsCode: 'RN1' }, asked: 4, distinct: 2, duplicatesAvoided: 2, answered: 2, overdue: 0 }]);
  });
});
