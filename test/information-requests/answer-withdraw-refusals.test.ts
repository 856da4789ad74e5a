import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestStateFragment } from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, DIRECTOR, MONITOR, PUBLIC, TDA, TRUST, requestWorld } from './requests.helpers';

// answerInformationRequest's and withdrawInformationAsk's refusals, each with its code, a message
// naming the rule and nothing written. Only the trust answers, once, while OPEN, at its version
// (an answered or withdrawn request is FAILED_PRECONDITION before the version is looked at); an
// asker withdraws only its own ask, only while OPEN.

const t = requestWorld();
let open: RequestStateFragment; // OPEN, about RN1, asked by CQC and X5N
let answeredId: string; // the demo finance request to RN1: ANSWERED, asked by MONITOR and X5N
let withdrawn: RequestStateFragment; // WITHDRAWN: CQC, its only asker, left it

beforeAll(async () => {
  open = await t.ask(CQC(), await t.askInput('RN1'));
  open = await t.ask(COMMISSIONER(), { trustId: open.trust.id, topic: open.topic, period: open.period, question: 'Ours.', dueOn: '2026-05-30' });
  answeredId = await t.demoRequestId('RN1', 'FINANCE');
  withdrawn = await t.ask(CQC(), await t.askInput('RN1'));
  withdrawn = t.ok(await t.api.withdraw(withdrawn.id, CQC())).withdrawInformationAsk;
});

const NOT_READABLE: [string, () => string | null][] = [['the public', PUBLIC], ['another trust', () => TRUST('RN3')], ['a commissioner outside its system', () => COMMISSIONER('X3H')], ['a director between appointments', () => DIRECTOR('ID-006')]];

describe('answerInformationRequest', () => {
  it.each(NOT_READABLE)('NOT_FOUND: %s', async (_who, token) => {
    await t.expectRefused('NOT_FOUND', /^information request not found$/, () => t.api.answer(open.id, 'Here.', open.version, token()));
  });

  it('NOT_FOUND: a request that does not exist', async () => {
    for (const id of [randomUUID(), 'nope']) await t.expectRefused('NOT_FOUND', /^information request not found$/, () => t.api.answer(id, 'Here.', 1, TRUST('RN1')));
  });

  it('FORBIDDEN: anyone but the trust, its askers and its director included', async () => {
    for (const token of [CQC(), COMMISSIONER(), MONITOR(), TDA(), DIRECTOR('ID-001')]) {
      await t.expectRefused('FORBIDDEN', /^you may not update the answer of this InformationRequest$/, () => t.api.answer(open.id, 'Here.', open.version, token));
    }
  });

  it('BAD_USER_INPUT: an answer empty, blank, of 20,001 characters, or with control characters', async () => {
    const refusals: [string, RegExp][] = [
      ['', /^answer must be 1 to 20000 characters$/], [' \n ', /^answer must be 1 to 20000 characters$/],
      ['a'.repeat(20_001), /^answer must be 1 to 20000 characters$/], ['Here\u001b[31m.', /^answer must not contain control characters$/],
    ];
    for (const [answer, message] of refusals) await t.expectRefused('BAD_USER_INPUT', message, () => t.api.answer(open.id, answer, open.version, TRUST('RN1')));
  });

  it('CONFLICT: a stale version, or one from the future', async () => {
    expect(open.version).toBe(1);
    for (const version of [0, 2]) {
      await t.expectRefused('CONFLICT', new RegExp(`^the request changed since you read it \\(it is at version 1, you sent ${version}\\): read it again$`),
        () => t.api.answer(open.id, 'Here.', version, TRUST('RN1')));
    }
  });

  it('FAILED_PRECONDITION: answered already, or withdrawn, whatever the version sent', async () => {
    for (const version of [1, 7]) {
      await t.expectRefused('FAILED_PRECONDITION', /^the request is ANSWERED \(answered on 2026-02-19\): it is answered once, while OPEN$/,
        () => t.api.answer(answeredId, 'A second answer.', version, TRUST('RN1')));
      await t.expectRefused('FAILED_PRECONDITION', /^the request is WITHDRAWN: it is answered once, while OPEN$/,
        () => t.api.answer(withdrawn.id, 'Too late.', version, TRUST('RN1')));
    }
  });

  it('accepted: 20,000 characters with tabs and newlines, answered today; then never again', async () => {
    const request = await t.ask(MONITOR(), await t.askInput('RN1'));
    const answer = `${'a'.repeat(10_000)}\n\t${'b'.repeat(9_998)}`;
    const answered = t.ok(await t.api.answer(request.id, answer, request.version, TRUST('RN1'))).answerInformationRequest;
    expect(answered).toMatchObject({ status: 'ANSWERED', answer, answeredOn: TEST_TODAY, version: request.version + 1 });
    await t.expectRefused('FAILED_PRECONDITION', /^the request is ANSWERED \(answered on 2026-03-18\)/, () => t.api.answer(request.id, 'Again.', answered.version, TRUST('RN1')));
  });
});

describe('withdrawInformationAsk', () => {
  it.each(NOT_READABLE)('NOT_FOUND: %s', async (_who, token) => {
    await t.expectRefused('NOT_FOUND', /^information request not found$/, () => t.api.withdraw(open.id, token()));
  });

  it('NOT_FOUND: a request that does not exist', async () => {
    await t.expectRefused('NOT_FOUND', /^information request not found$/, () => t.api.withdraw(randomUUID(), CQC()));
  });

  it("FORBIDDEN: a caller without an ask of its own: the trust, its director, an oversight body that did not ask (another's ask is not its to withdraw)", async () => {
    for (const token of [TRUST('RN1'), DIRECTOR('ID-001'), MONITOR(), TDA()]) {
      await t.expectRefused('FORBIDDEN', /^you may not update the withdrawnOn of this RequestAsker$/, () => t.api.withdraw(open.id, token));
    }
    expect((await t.row(open.id)).askers).toEqual(['CQC', 'X5N']);
  });

  it('FAILED_PRECONDITION: withdrawing from an ANSWERED request', async () => {
    await t.expectRefused('FAILED_PRECONDITION', /^the request is ANSWERED: an ask is withdrawn only while OPEN$/, () => t.api.withdraw(answeredId, MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /^the request is ANSWERED: an ask is withdrawn only while OPEN$/, () => t.api.withdraw(answeredId, COMMISSIONER()));
  });

  it('FAILED_PRECONDITION: an ask already withdrawn, the request still OPEN or WITHDRAWN since', async () => {
    const request = await t.ask(CQC(), await t.askInput('RN1'));
    await t.ask(MONITOR(), { trustId: request.trust.id, topic: request.topic, period: request.period, question: 'Ours.', dueOn: '2026-05-30' });
    t.ok(await t.api.withdraw(request.id, MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /^your ask was already withdrawn on 2026-03-18$/, () => t.api.withdraw(request.id, MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /^your ask was already withdrawn on 2026-03-18$/, () => t.api.withdraw(withdrawn.id, CQC()));
    expect(await t.row(request.id)).toMatchObject({ status: 'OPEN', askers: ['CQC'] });
  });

  it("FORBIDDEN, not FAILED_PRECONDITION, for a body that never asked a WITHDRAWN request: the permission comes first", async () => {
    await t.expectRefused('FORBIDDEN', /^you may not update the withdrawnOn of this RequestAsker$/, () => t.api.withdraw(withdrawn.id, COMMISSIONER()));
  });

  it('accepted: an asker withdraws its own ask; the others stay', async () => {
    const left = t.ok(await t.api.withdraw(open.id, COMMISSIONER())).withdrawInformationAsk;
    expect([left.status, left.askers.map((a) => a.organisation)]).toEqual(['OPEN', ['CQC']]);
    expect(await t.sql('select withdrawn_on::text as "withdrawnOn" from request_asker where id = ?', [await t.askId(open.id, 'X5N')])).toEqual([{ withdrawnOn: TEST_TODAY }]);
  });
});
