import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { ClaimReimbursementDocument } from '../generated/graphql';
import { tokenFor, type GraphQLResponse } from '../support/api';
import { TEST_TODAY } from '../support/today';
import { makeRefusalRows, type RefusalRows } from './contracts.fixtures';
import { COMMISSIONER, contractWorld, MONITOR, REGULATOR, TDA, TRUST } from './contracts.helpers';

// The first two checks of every contract mutation, over HTTP: NOT_FOUND (the row does not exist or
// the caller may not read it) and BAD_USER_INPUT (the shape of one input), each in the order of
// docs/domain.md#how-access-behaves before the later checks, each refusal with a message naming the rule and writing nothing.

const t = contractWorld();
let rows: RefusalRows;
beforeAll(async () => {
  rows = await makeRefusalRows(t);
});

type Send = (token: string | null) => Promise<GraphQLResponse<unknown>>;
const report = { period: '2026-02', measure: 'New measure', target: 'at least 90%', achieved: '95%' };

/** Every mutation that acts on an existing contract or part of one, with what a refusal names. */
function everyMutationOn(target: { contract: string; outcome: string; payment: string; claim: string }): [string, Send, RegExp][] {
  return [
    ['setBuddyContractStatus', (tok) => t.api.setStatus(target.contract, 'COMPLETED', 2, tok), /buddy contract not found/],
    ['reportContractOutcome', (tok) => t.api.report({ contractId: target.contract, ...report }, tok), /buddy contract not found/],
    ['claimReimbursement', (tok) => t.api.claim({ contractId: target.contract, period: '2025-11', daysGiven: 2, amount: '1.00' }, tok), /buddy contract not found/],
    ['proposeIncentivePayment', (tok) => t.api.propose({ contractId: target.contract, outcomeId: target.outcome, amount: '1.00' }, tok), /(buddy contract|contract outcome) not found/],
    ['verifyContractOutcome', (tok) => t.api.verify(target.outcome, 'VERIFIED', tok), /contract outcome not found/],
    ['approveIncentivePayment', (tok) => t.api.approve(target.payment, tok), /incentive payment not found/],
    ['withholdIncentivePayment', (tok) => t.api.withhold(target.payment, tok), /incentive payment not found/],
    ['markIncentivePaymentPaid', (tok) => t.api.pay(target.payment, TEST_TODAY, tok), /incentive payment not found/],
    ['decideReimbursementClaim', (tok) => t.api.decide(target.claim, 'APPROVED', tok), /reimbursement claim not found/],
  ];
}
const rn1Rows = () => ({ contract: rows.active.id, outcome: rows.outcomes.verified, payment: rows.payments.proposed, claim: rows.claims.submitted });
const tdaRows = () => ({ contract: rows.tda.contract.id, outcome: rows.tda.verified, payment: rows.tda.proposed, claim: rows.tda.submitted });

describe('NOT_FOUND', () => {
  it.each([randomUUID(), 'not-an-id'])('ids that name no row (%s), for every mutation', async (id) => {
    for (const [name, send, message] of everyMutationOn({ contract: id, outcome: id, payment: id, claim: id })) {
      await t.expectRefused('NOT_FOUND', message, () => send(MONITOR())).catch((e) => { throw new Error(`${name}: ${e.message}`); });
    }
  });

  it.each([
    ['PUBLIC (no token) on any contract', null, rn1Rows],
    ['COMMISSIONER X5N on a contract whose supported trust is outside its system', 'X5N', tdaRows],
    ['TRUST RB6 on a contract it is not party to', 'RB6', rn1Rows],
    ['TRUST RH3 (partner of the TDA contract) on a contract of others', 'RH3', rn1Rows],
    ['IMPROVEMENT_DIRECTOR ID-006, between appointments', 'ID-006', rn1Rows],
  ])('%s', async (_name, org, target) => {
    const token = org === null ? null : org === 'X5N' ? COMMISSIONER() : org.startsWith('ID') ? tokenFor('IMPROVEMENT_DIRECTOR', org) : TRUST(org);
    for (const [name, send, message] of everyMutationOn(target())) {
      await t.expectRefused('NOT_FOUND', message, () => send(token)).catch((e) => { throw new Error(`${name}: ${e.message}`); });
    }
  });

  it('createBuddyContract naming a trust that does not exist, or one the caller may not read', async () => {
    await t.expectRefused('NOT_FOUND', /supported trust not found/, async () => t.api.create(await t.contractInput('RN1', 'RH5', { supportedTrustId: randomUUID() }), MONITOR()));
    await t.expectRefused('NOT_FOUND', /partner trust not found/, async () => t.api.create(await t.contractInput('RN1', 'RH5', { partnerTrustId: 'nope' }), MONITOR()));
    await t.expectRefused('NOT_FOUND', /partner trust not found/, async () => t.api.create(await t.contractInput('RN1', 'RH5'), COMMISSIONER()));
  });

  it('comes before BAD_USER_INPUT: PUBLIC, an outside commissioner or an unknown id, with bad inputs too', async () => {
    await t.expectRefused('NOT_FOUND', /buddy contract not found/, () => t.api.propose({ contractId: rows.active.id, outcomeId: rows.outcomes.verified, amount: 'abc' }, null));
    await t.expectRefused('NOT_FOUND', /buddy contract not found/, () => t.api.report({ ...report, contractId: rows.tda.contract.id, period: '2026-13', measure: '' }, COMMISSIONER()));
    await t.expectRefused('NOT_FOUND', /buddy contract not found/, () => t.api.claim({ contractId: randomUUID(), period: 'soon', daysGiven: 0, amount: '-1' }, TRUST('RH5')));
    await t.expectRefused('NOT_FOUND', /contract outcome not found/, () => t.api.verify(rows.tda.pending, 'PENDING', COMMISSIONER()));
    await t.expectRefused('NOT_FOUND', /supported trust not found/, async () => t.api.create(await t.contractInput('RN1', 'RN1', { supportedTrustId: randomUUID(), incentiveFund: '0' }), MONITOR()));
  });
});

describe('BAD_USER_INPUT', () => {
  const BAD_MONEY = ['-1', '0', '0.00', '1.234', '10000000.01', 'abc', '', '1e3', '1,000.00'];

  it.each(BAD_MONEY)('money %j: the fund, the cap, a payment, a claim', async (amount) => {
    for (const field of ['incentiveFund', 'reimbursementCap'] as const) {
      await t.expectRefused('BAD_USER_INPUT', new RegExp(`${field} must be a positive amount`), async () => t.api.create(await t.contractInput('RN1', 'RH5', { [field]: amount }), MONITOR()));
    }
    await t.expectRefused('BAD_USER_INPUT', /amount must be a positive amount .* at most 10000000.00/, () => t.api.propose({ contractId: rows.active.id, outcomeId: rows.outcomes.withApproved, amount }, MONITOR()));
    await t.expectRefused('BAD_USER_INPUT', /amount must be a positive amount/, () => t.api.claim({ contractId: rows.active.id, period: '2025-11', daysGiven: 2, amount }, TRUST('RH5')));
  });

  it('money sent as a JSON number, not a decimal string', async () => {
    const input = { contractId: rows.active.id, period: '2025-11', daysGiven: 2, amount: 12.5 as unknown as string };
    await t.expectRefused('BAD_USER_INPUT', /Money must be a decimal string/, () => t.w.api.request(ClaimReimbursementDocument, { input }, TRUST('RH5')));
  });

  it('a contract whose dates are not in order, whose partner is the supported trust, or whose reference is empty or too long', async () => {
    for (const endsOn of ['2026-03-01', '2026-02-28']) {
      await t.expectRefused('BAD_USER_INPUT', /endsOn must be after startsOn/, async () => t.api.create(await t.contractInput('RN1', 'RH5', { startsOn: '2026-03-01', endsOn }), MONITOR()));
    }
    await t.expectRefused('BAD_USER_INPUT', /partner trust must be another trust/, async () => t.api.create(await t.contractInput('RN1', 'RN1'), MONITOR()));
    for (const reference of ['', '   ', 'R'.repeat(41)]) {
      await t.expectRefused('BAD_USER_INPUT', /reference must be 1 to 40 characters/, async () => t.api.create(await t.contractInput('RN1', 'RH5', { reference }), MONITOR()));
    }
  });

  it.each(['2026-3', 'March 2026', '2026-13', '2026-00', '202602', ''])('a period that is not YYYY-MM (%j), for an outcome or a claim', async (period) => {
    await t.expectRefused('BAD_USER_INPUT', /period must be a month as YYYY-MM/, () => t.api.report({ ...report, contractId: rows.active.id, period }, TRUST('RH5')));
    await t.expectRefused('BAD_USER_INPUT', /period must be a month as YYYY-MM/, () => t.api.claim({ contractId: rows.active.id, period, daysGiven: 1, amount: '1.00' }, TRUST('RH5')));
  });

  it('a period in the future (the month after TEST_TODAY\'s)', async () => {
    await t.expectRefused('BAD_USER_INPUT', /period \(2026-04\) is in the future/, () => t.api.report({ ...report, contractId: rows.active.id, period: '2026-04' }, TRUST('RH5')));
    await t.expectRefused('BAD_USER_INPUT', /period \(2026-04\) is in the future/, () => t.api.claim({ contractId: rows.active.id, period: '2026-04', daysGiven: 1, amount: '1.00' }, TRUST('RH5')));
  });

  it('empty or too long outcome texts, or control characters in them', async () => {
    for (const field of ['measure', 'target', 'achieved'] as const) {
      for (const value of ['', '  ', 'x'.repeat(201)]) {
        await t.expectRefused('BAD_USER_INPUT', new RegExp(`${field} must be 1 to 200 characters`), () => t.api.report({ ...report, contractId: rows.active.id, [field]: value }, TRUST('RH5')));
      }
    }
    await t.expectRefused('BAD_USER_INPUT', /narrative must be 1 to 5000 characters/, () => t.api.report({ ...report, contractId: rows.active.id, narrative: 'n'.repeat(5001) }, TRUST('RH5')));
    await t.expectRefused('BAD_USER_INPUT', /measure must not contain control characters/, () => t.api.report({ ...report, contractId: rows.active.id, measure: 'a\u0000b' }, TRUST('RH5')));
  });

  it.each([0, -1, 31.01, 32])('daysGiven %s', async (daysGiven) => {
    await t.expectRefused('BAD_USER_INPUT', /daysGiven must be more than 0 and at most 31/, () => t.api.claim({ contractId: rows.active.id, period: '2025-11', daysGiven, amount: '1.00' }, TRUST('RH5')));
  });

  // Checked on the number as written, not on days * 100 (1.1 * 100 = 110.00000000000001).
  it('daysGiven with one or two decimal places, such as 1.1, 2.3 or 0.29, is accepted', async () => {
    for (const [period, daysGiven] of [['2025-09', 1.1], ['2025-08', 2.3], ['2025-07', 0.29]] as const) {
      expect(t.ok(await t.api.claim({ contractId: rows.active.id, period, daysGiven, amount: '1.00' }, TRUST('RH5'))).claimReimbursement.daysGiven).toBe(daysGiven);
    }
  });

  it('a decision to a status no decision reaches is a status move docs/domain.md#status-moves refuses: FAILED_PRECONDITION', async () => {
    await t.expectRefused('FAILED_PRECONDITION', /an outcome cannot move from PENDING to PENDING/, () => t.api.verify(rows.outcomes.pending, 'PENDING', MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /a claim cannot move from SUBMITTED to SUBMITTED/, () => t.api.decide(rows.claims.submitted, 'SUBMITTED', MONITOR()));
  });

  it('paid on a future date, or on a date that does not exist', async () => {
    await t.expectRefused('BAD_USER_INPUT', /paidOn \(2026-03-19\) is in the future/, () => t.api.pay(rows.payments.approved, addDays(TEST_TODAY, 1), MONITOR()));
    await t.expectRefused('BAD_USER_INPUT', /real calendar date/, () => t.api.pay(rows.payments.approved, '2026-02-30', MONITOR()));
  });

  it('comes before FORBIDDEN: TDA or REGULATOR on a MONITOR contract, the supported trust, a commissioner', async () => {
    await t.expectRefused('BAD_USER_INPUT', /amount must be a positive amount/, () => t.api.propose({ contractId: rows.active.id, outcomeId: rows.outcomes.withApproved, amount: '1.234' }, TDA()));
    await t.expectRefused('BAD_USER_INPUT', /endsOn must be after startsOn/, async () => t.api.create(await t.contractInput('RN1', 'RH5', { endsOn: '2026-01-01' }), TDA()));
    await t.expectRefused('BAD_USER_INPUT', /period must be a month/, () => t.api.report({ ...report, contractId: rows.active.id, period: '2026-13' }, TRUST('RN1')));
    await t.expectRefused('BAD_USER_INPUT', /daysGiven must be more than 0/, () => t.api.claim({ contractId: rows.active.id, period: '2025-11', daysGiven: 0, amount: '1.00' }, COMMISSIONER()));
    await t.expectRefused('BAD_USER_INPUT', /paidOn .* is in the future/, () => t.api.pay(rows.payments.approved, addDays(TEST_TODAY, 1), TDA()));
  });

  it('comes before FAILED_PRECONDITION and CONFLICT: a bad period on a DRAFT contract, bad money with a taken reference', async () => {
    await t.expectRefused('BAD_USER_INPUT', /period must be a month/, () => t.api.report({ ...report, contractId: rows.draft.id, period: '2026-3' }, TRUST('RH5')));
    await t.expectRefused('BAD_USER_INPUT', /incentiveFund must be a positive amount/, async () => t.api.create(await t.contractInput('RS3', 'RW5', { reference: rows.active.reference, incentiveFund: '-5' }), MONITOR()));
  });

  it('the limits themselves are accepted: 0.01 and 10000000.00, 31 days, a reference of 40 characters', async () => {
    const created = t.ok(await t.api.create(await t.contractInput('RN1', 'RH5', { reference: 'R'.repeat(40), reimbursementCap: '0.01', incentiveFund: '10000000.00' }), MONITOR())).createBuddyContract;
    expect(created).toMatchObject({ reimbursementCap: '0.01', incentiveFund: '10000000.00' });
    const claim = t.ok(await t.api.claim({ contractId: rows.active.id, period: '2025-10', daysGiven: 31, amount: '10000000.00' }, TRUST('RH5'))).claimReimbursement;
    expect(claim).toMatchObject({ daysGiven: 31, amount: '10000000.00', status: 'SUBMITTED' });
  });
});
