import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskInformationInput } from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, DIRECTOR, MONITOR, PUBLIC, TDA, THIS_MONTH, TRUST, requestWorld } from './requests.helpers';

// askInformation's refusals (docs/domain.md#information-requests), each with its code, a message
// naming the rule, and nothing written (information_request, request_asker and audit_event as
// they were). Then what it accepts at the edges, and a withdrawn request making way.
// RN1 is a foundation trust (MONITOR's) in X5N's system; RH2 an NHS trust (TDA's) in X3H's.

const t = requestWorld();
let open: AskInformationInput; // the subject of an OPEN request CQC asks about RN1

beforeAll(async () => {
  open = await t.askInput('RN1', { question: 'Bed occupancy by ward.' });
  await t.ask(CQC(), open);
});

describe('who may ask about which trust', () => {
  it('NOT_FOUND: a trust that does not exist, or that the caller may not read (a commissioner outside its system)', async () => {
    for (const trustId of [randomUUID(), 'RN1', '']) {
      await t.expectRefused('NOT_FOUND', /^Trust not found$/, async () => t.api.ask({ ...open, trustId }, CQC()));
    }
    await t.expectRefused('NOT_FOUND', /^Trust not found$/, async () => t.api.ask(await t.askInput('RN1'), COMMISSIONER('X3H')));
    await t.expectRefused('NOT_FOUND', /^Trust not found$/, async () => t.api.ask(await t.askInput('RH2'), COMMISSIONER('X5N')));
  });

  it('FORBIDDEN: the public, a trust (its own too), an improvement director, and an oversight body outside the trusts it oversees', async () => {
    const refused: [string, string | null][] = [
      ['RN1', PUBLIC()], ['RN1', TRUST('RN1')], ['RN1', TRUST('RN3')], ['RN1', DIRECTOR('ID-001')], ['RN1', TDA()], ['RH2', MONITOR()],
    ];
    for (const [odsCode, token] of refused) {
      await t.expectRefused('FORBIDDEN', /you may not create this RequestAsker/, async () => t.api.ask(await t.askInput(odsCode), token));
    }
    // ... even about the subject of a live request, which they would otherwise join.
    await t.expectRefused('FORBIDDEN', /you may not create this RequestAsker/, () => t.api.ask(open, TDA()));
  });

  it('the regulator about any trust, an oversight body about its own, a commissioner about its system: accepted', async () => {
    for (const [odsCode, token] of [['RW6', CQC()], ['RH1', CQC()], ['RN3', MONITOR()], ['RH2', TDA()], ['RN4', COMMISSIONER('X5N')], ['RH2', COMMISSIONER('X3H')]] as const) {
      const asked = t.ok(await t.api.ask(await t.askInput(odsCode), token)).askInformation;
      expect([asked.trust.odsCode, asked.status, asked.askers.length]).toEqual([odsCode, 'OPEN', 1]);
    }
  });
});

describe('input formats and lengths: BAD_USER_INPUT', () => {
  const refusals: [string, Partial<AskInformationInput>, RegExp][] = [
    ['a period not YYYY-MM', { period: '2026-3' }, /^period must be a month as YYYY-MM$/],
    ['a period with month 13', { period: '2025-13' }, /^period must be a month as YYYY-MM$/],
    ['a period as a date', { period: '2026-02-01' }, /^period must be a month as YYYY-MM$/],
    ['a period after the current month', { period: '2026-04' }, /^period \(2026-04\) is in the future$/],
    ['a due date before today', { dueOn: '2026-03-17' }, /^dueOn \(2026-03-17\) is in the past: give today or later$/],
    ['an empty question', { question: '' }, /^question must be 1 to 2000 characters$/],
    ['a blank question', { question: ' \n\t ' }, /^question must be 1 to 2000 characters$/],
    ['a question of 2,001 characters', { question: 'q'.repeat(2001) }, /^question must be 1 to 2000 characters$/],
    ['a question with a control character', { question: 'Bed\u0007 occupancy' }, /^question must not contain control characters$/],
    ['a question with NUL', { question: 'Bed\u0000 occupancy' }, /^question must not contain control characters$/],
  ];
  it.each(refusals)('%s', async (_name, override, message) => {
    await t.expectRefused('BAD_USER_INPUT', message, async () => t.api.ask(await t.askInput('RN1', override), CQC()));
  });

  it('a due date that is no date (the Date scalar)', async () => {
    const { body } = await t.api.ask(await t.askInput('RN1', { dueOn: '2026-02-30' }), CQC());
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('the shape is checked after NOT_FOUND and before FORBIDDEN and CONFLICT', async () => {
    await t.expectRefused('NOT_FOUND', /^Trust not found$/, async () => t.api.ask(await t.askInput('RN1', { period: 'soon' }), COMMISSIONER('X3H')));
    await t.expectRefused('BAD_USER_INPUT', /^period must be a month/, async () => t.api.ask(await t.askInput('RN1', { period: 'soon' }), PUBLIC()));
    await t.expectRefused('BAD_USER_INPUT', /^question must be/, () => t.api.ask({ ...open, question: '' }, CQC()));
  });

  it('accepted at the edges: this month, due today, 2,000 characters (trimmed), tabs and newlines', async () => {
    const question = ` ${'x'.repeat(1000)}\n\t${'y'.repeat(998)} `;
    const asked = t.ok(await t.api.ask(await t.askInput('RN1', { period: THIS_MONTH, dueOn: TEST_TODAY, question }), CQC())).askInformation;
    expect(asked).toMatchObject({ period: THIS_MONTH, dueOn: TEST_TODAY, status: 'OPEN' });
    expect(asked.askers[0].question).toBe(question.trim());
    expect(asked.askers[0].question).toHaveLength(2000);
  });
});

describe('one ask per body per request', () => {
  it('CONFLICT: the same body asking again, in other words or with another date, of an OPEN request', async () => {
    await t.expectRefused('CONFLICT', /^CQC already asks this request: one ask per body$/,
      () => t.api.ask({ ...open, question: 'Again, in other words.', dueOn: TEST_TODAY }, CQC()));
  });

  it('CONFLICT: of an ANSWERED request too (the demo finance request to RN1, which MONITOR asks)', async () => {
    const finance = t.ok(await t.api.get(await t.demoRequestId('RN1', 'FINANCE'), MONITOR())).informationRequest!;
    const input = { trustId: finance.trust.id, topic: finance.topic, period: finance.period, question: 'Once more.', dueOn: '2026-04-30' };
    await t.expectRefused('CONFLICT', /^MONITOR already asks this request: one ask per body$/, () => t.api.ask(input, MONITOR()));
  });

  it('a body that withdrew may ask again while the request lives: it joins, as a new ask', async () => {
    const request = await t.ask(CQC(), await t.askInput('RN1'));
    const subject = { trustId: request.trust.id, topic: request.topic, period: request.period };
    await t.ask(COMMISSIONER(), { ...subject, question: 'Ours too.', dueOn: '2026-05-01' });
    t.ok(await t.api.withdraw(request.id, COMMISSIONER()));
    const again = await t.ask(COMMISSIONER(), { ...subject, question: 'Ours after all.', dueOn: '2026-05-02' });
    expect([again.id, again.askers.map((a) => [a.organisation, a.question])]).toEqual([request.id, [['CQC', 'Walk us through it, please.'], ['X5N', 'Ours after all.']]]);
    expect(await t.sql('select count(*)::int as n from request_asker where request_id = ?', [request.id])).toEqual([{ n: 3 }]);
  });
});

describe('a withdrawn request makes way', () => {
  it('a later ask for the same trust, topic and period opens a new request; the withdrawn one stays as it was', async () => {
    const first = await t.ask(CQC(), await t.askInput('RN3'));
    const subject = { trustId: first.trust.id, topic: first.topic, period: first.period };
    const withdrawn = t.ok(await t.api.withdraw(first.id, CQC())).withdrawInformationAsk;
    expect([withdrawn.status, withdrawn.askers]).toEqual(['WITHDRAWN', []]);

    const second = await t.ask(MONITOR(), { ...subject, question: 'Asked afresh.', dueOn: '2026-06-01' });
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ status: 'OPEN', dueOn: '2026-06-01', version: 1 });
    expect(second.askers.map((a) => a.organisation)).toEqual(['MONITOR']);
    const rows = await t.sql('select id, status from information_request where trust_id = ? and topic = ? and period = ? order by status', [subject.trustId, subject.topic, subject.period]);
    expect(rows).toEqual([{ id: second.id, status: 'OPEN' }, { id: first.id, status: 'WITHDRAWN' }]);
    // The regulator asking again now joins the new request, not the old one.
    expect((await t.ask(CQC(), { ...subject, question: 'Back again.', dueOn: '2026-06-01' })).id).toBe(second.id);
  });
});
