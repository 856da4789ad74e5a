import { beforeAll, describe, expect, it } from 'vitest';
import type { AskInformationInput } from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, MONITOR, TRUST, eventSummary, requestWorld } from './requests.helpers';

// dueOn of an OPEN request is the earliest due date of its current askers (docs/domain.md#information-requests): a joiner
// with an earlier date lowers it, a later or equal one does not; withdrawing the earliest ask raises
// it to the next; the last one out leaves the request WITHDRAWN. Each change audited, one event per
// changed row, and each move of the date bumps the version the trust answers with.

const t = requestWorld();
let subject: Omit<AskInformationInput, 'question' | 'dueOn'>;
let id: string;

beforeAll(async () => {
  const input = await t.askInput('RN1', { dueOn: '2026-05-20' });
  subject = { trustId: input.trustId, topic: input.topic, period: input.period };
  id = (await t.ask(CQC(), input)).id;
  await t.newAuditEvents();
});

describe('joining', () => {
  it('an earlier date lowers the due date (and the version): two events, the ask and the date', async () => {
    const joined = t.ok(await t.api.ask({ ...subject, question: 'Ours, please.', dueOn: '2026-04-30' }, COMMISSIONER())).askInformation;
    expect([joined.dueOn, joined.version]).toEqual(['2026-04-30', 2]);
    const events = await t.newAuditEvents();
    expect(eventSummary(events).map((e) => e.slice(0, 3))).toEqual([['askInformation', 'InformationRequest', id], ['askInformation', 'RequestAsker', await t.askId(id, 'X5N')]]);
    expect(events[0].changes.dueOn).toEqual({ from: '2026-05-20', to: '2026-04-30' });
  });

  it('a later date leaves it as it is: one event, the ask', async () => {
    const joined = t.ok(await t.api.ask({ ...subject, question: 'Ours, please.', dueOn: '2026-06-30' }, MONITOR())).askInformation;
    expect([joined.dueOn, joined.version]).toEqual(['2026-04-30', 2]);
    expect(joined.askers.map((a) => [a.organisation, a.dueOn])).toEqual([['CQC', '2026-05-20'], ['X5N', '2026-04-30'], ['MONITOR', '2026-06-30']]);
    expect(eventSummary(await t.newAuditEvents()).map((e) => e.slice(0, 2))).toEqual([['askInformation', 'RequestAsker']]);
  });

  it('an equal date leaves it as it is too', async () => {
    const request = await t.ask(CQC(), await t.askInput('RN3', { dueOn: '2026-04-15' }));
    await t.newAuditEvents();
    const joined = await t.ask(COMMISSIONER(), { trustId: request.trust.id, topic: request.topic, period: request.period, question: 'Same day.', dueOn: '2026-04-15' });
    expect([joined.dueOn, joined.version]).toEqual(['2026-04-15', 1]);
    expect((await t.newAuditEvents()).map((e) => e.entity)).toEqual(['RequestAsker']);
  });

  it('the trust answering at the version it read before the date moved is CONFLICT', async () => {
    const request = await t.ask(MONITOR(), await t.askInput('RN1', { dueOn: '2026-05-01' }));
    const read = t.ok(await t.api.get(request.id, TRUST('RN1'))).informationRequest!;
    await t.ask(COMMISSIONER(), { trustId: request.trust.id, topic: request.topic, period: request.period, question: 'Sooner.', dueOn: TEST_TODAY });
    await t.expectRefused('CONFLICT', /^the request changed since you read it \(it is at version 2, you sent 1\)/, () => t.api.answer(request.id, 'Here.', read.version, TRUST('RN1')));
    expect(t.ok(await t.api.answer(request.id, 'Here.', 2, TRUST('RN1'))).answerInformationRequest.status).toBe('ANSWERED');
  });

  it('joining an ANSWERED request earlier leaves its due date: it is answered', async () => {
    const finance = await t.demoRequestId('RN1', 'FINANCE');
    const before = await t.row(finance);
    const joined = t.ok(await t.api.ask({ ...subject, topic: 'FINANCE', period: '2026-01', question: 'Now.', dueOn: TEST_TODAY }, CQC())).askInformation;
    expect([joined.id, joined.status, joined.dueOn, joined.version]).toEqual([finance, 'ANSWERED', before.dueOn, before.version]);
    await t.newAuditEvents();
  });
});

describe('withdrawing', () => {
  it('the earliest ask: the due date rises to the next earliest; two events, the ask and the date', async () => {
    const left = t.ok(await t.api.withdraw(id, COMMISSIONER())).withdrawInformationAsk;
    expect([left.status, left.dueOn, left.version, left.askers.map((a) => a.organisation)]).toEqual(['OPEN', '2026-05-20', 3, ['CQC', 'MONITOR']]);
    const events = await t.newAuditEvents();
    expect(eventSummary(events)).toEqual([
      ['withdrawInformationAsk', 'InformationRequest', id, 'dueOn'],
      ['withdrawInformationAsk', 'RequestAsker', await t.askId(id, 'X5N'), 'withdrawnOn'],
    ]);
    expect(events.map((e) => e.changes)).toEqual([{ dueOn: { from: '2026-04-30', to: '2026-05-20' } }, { withdrawnOn: { from: null, to: TEST_TODAY } }]);
  });

  it('a later ask: the due date stays; one event', async () => {
    const left = t.ok(await t.api.withdraw(id, MONITOR())).withdrawInformationAsk;
    expect([left.status, left.dueOn, left.version, left.askers.map((a) => a.organisation)]).toEqual(['OPEN', '2026-05-20', 3, ['CQC']]);
    expect(eventSummary(await t.newAuditEvents())).toEqual([['withdrawInformationAsk', 'RequestAsker', await t.askId(id, 'MONITOR'), 'withdrawnOn']]);
  });

  it('the last ask: the request is WITHDRAWN, with no askers; two events', async () => {
    const left = t.ok(await t.api.withdraw(id, CQC())).withdrawInformationAsk;
    expect([left.status, left.askers, left.overdue]).toEqual(['WITHDRAWN', [], false]);
    const events = await t.newAuditEvents();
    expect(eventSummary(events)).toEqual([
      ['withdrawInformationAsk', 'InformationRequest', id, 'status'],
      ['withdrawInformationAsk', 'RequestAsker', await t.askId(id, 'CQC'), 'withdrawnOn'],
    ]);
    expect(events[0].changes.status).toEqual({ from: 'OPEN', to: 'WITHDRAWN' });
    expect(await t.sql('select count(*)::int as n from request_asker where request_id = ? and withdrawn_on is null', [id])).toEqual([{ n: 0 }]);
  });
});
