import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { RecordInspectionDocument } from '../generated/graphql';
import type { GraphQLResponse } from '../support/api';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { makeRefusalRows, type RefusalRows } from './contracts.fixtures';
import { COMMISSIONER, contractWorld, DIRECTOR, MONITOR, REGULATOR, TDA, TRUST } from './contracts.helpers';

// The last checks of every contract mutation, over HTTP: FORBIDDEN (the caller may read the row but
// not make this change), then the business rules of docs/domain.md#entities-and-rules that are FAILED_PRECONDITION (CONFLICT
// is in contract-conflicts.test.ts). Each refusal names its rule and writes nothing; the last test
// shows the refused rows could change once the rule allows.

const t = contractWorld();
let rows: RefusalRows;
let rn2: string;
beforeAll(async () => {
  rows = await makeRefusalRows(t);
  rn2 = (await t.trust('RN2')).id; // well rated, in X5N's system: a commissioner reads both trusts of RN1 ← RN2
});

type Send = (token: string | null) => Promise<GraphQLResponse<unknown>>;
const report = { period: '2025-11', measure: 'Another measure', target: 'at least 90%', achieved: '95%' };

/** Every change to a contract or its parts, each with a valid input. */
function everyChange(c: { contract: string; supported: string; partner: string; pending: string; verified: string; proposed: string; submitted: string }): [string, Send][] {
  return [
    ['createBuddyContract', async (tok) => t.api.create({ ...(await t.contractInput('RN1', 'RH5')), supportedTrustId: c.supported, partnerTrustId: c.partner }, tok)],
    ['setBuddyContractStatus', (tok) => t.api.setStatus(c.contract, 'COMPLETED', 2, tok)],
    ['reportContractOutcome', (tok) => t.api.report({ contractId: c.contract, ...report }, tok)],
    ['claimReimbursement', (tok) => t.api.claim({ contractId: c.contract, period: '2025-11', daysGiven: 2, amount: '1.00' }, tok)],
    ['verifyContractOutcome', (tok) => t.api.verify(c.pending, 'VERIFIED', tok)],
    ['proposeIncentivePayment', (tok) => t.api.propose({ contractId: c.contract, outcomeId: c.verified, amount: '1.00' }, tok)],
    ['approveIncentivePayment', (tok) => t.api.approve(c.proposed, tok)],
    ['withholdIncentivePayment', (tok) => t.api.withhold(c.proposed, tok)],
    ['markIncentivePaymentPaid', (tok) => t.api.pay(c.proposed, TEST_TODAY, tok)],
    ['decideReimbursementClaim', (tok) => t.api.decide(c.submitted, 'REJECTED', tok)],
  ];
}
const rn1 = () => ({ contract: rows.active.id, supported: rows.active.supportedTrust!.id, partner: rn2, ...rows.outcomes, proposed: rows.payments.proposed, submitted: rows.claims.submitted });
const rh2 = () => ({ ...rows.tda, contract: rows.tda.contract.id, supported: rows.tda.contract.supportedTrust!.id, partner: rows.tda.contract.partnerTrust!.id });

async function expectForbidden(token: string | null, changes: [string, Send][], only?: string[]) {
  for (const [name, send] of changes.filter(([n]) => !only || only.includes(n))) {
    await t.expectRefused('FORBIDDEN', /you may not (create|update) this (BuddyContract|ContractOutcome|IncentivePayment|ReimbursementClaim)/, () => send(token))
      .catch((e) => { throw new Error(`${name}: ${e.message}`); });
  }
}

describe('FORBIDDEN: may read, may not change', () => {
  it('REGULATOR, COMMISSIONER X5N and IMPROVEMENT_DIRECTOR ID-001 change nothing on RN1\'s contract', async () => {
    for (const token of [REGULATOR(), COMMISSIONER(), DIRECTOR()]) await expectForbidden(token, everyChange(rn1()));
  });
  it('the TDA acts on no MONITOR contract, and MONITOR on no TDA contract', async () => {
    await expectForbidden(TDA(), everyChange(rn1()));
    await expectForbidden(MONITOR(), everyChange(rh2()));
  });
  it('the supported trust RN1 reports and claims nothing on its own contract, and decides nothing', async () => {
    await expectForbidden(TRUST('RN1'), everyChange(rn1()));
  });
  it('the partner RH5 only reports and claims: it verifies, pays, decides and creates nothing', async () => {
    await expectForbidden(TRUST('RH5'), everyChange(rn1()), ['createBuddyContract', 'setBuddyContractStatus', 'verifyContractOutcome', 'proposeIncentivePayment',
      'approveIncentivePayment', 'withholdIncentivePayment', 'markIncentivePaymentPaid', 'decideReimbursementClaim']);
  });
  it('the contracting body neither reports outcomes nor claims time: that is the partner\'s', async () => {
    await expectForbidden(MONITOR(), everyChange(rn1()), ['reportContractOutcome', 'claimReimbursement']);
  });
  it('PUBLIC creates no contract (the trusts themselves are public)', async () => {
    await expectForbidden(null, everyChange(rn1()), ['createBuddyContract']);
  });
  it('comes before FAILED_PRECONDITION and CONFLICT', async () => {
    await t.expectRefused('FORBIDDEN', /you may not update/, () => t.api.setStatus(rows.completed.id, 'ACTIVE', rows.completed.version, TDA()));
    await t.expectRefused('FORBIDDEN', /you may not update/, () => t.api.setStatus(rows.active.id, 'COMPLETED', 1, TDA()));
    await t.expectRefused('FORBIDDEN', /you may not update/, () => t.api.approve(rows.payments.proposed, TDA()));
    await t.expectRefused('FORBIDDEN', /you may not create/, () => t.api.report({ ...report, contractId: rows.completed.id }, TRUST('RN1')));
    await t.expectRefused('FORBIDDEN', /you may not update/, () => t.api.verify(rows.outcomes.verified, 'REJECTED', TRUST('RH5')));
    await t.expectRefused('FORBIDDEN', /you may not create/, async () => t.api.create(await t.contractInput('RS3', 'RW5', { reference: rows.active.reference }), TDA()));
  });
});

describe('FAILED_PRECONDITION: a business rule refuses', () => {
  it('a contract only for a trust in special measures', async () => {
    await t.expectRefused('FAILED_PRECONDITION', /is not in special measures: only a trust in special measures is supported/, async () => t.api.create(await t.contractInput('RS3', 'RH5'), MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /is not in special measures/, async () => t.api.create(await t.contractInput('RS1', 'RH3'), TDA()));
  });

  it('a partner rated GOOD or OUTSTANDING by its latest published inspection', async () => {
    await t.expectRefused('FAILED_PRECONDITION', /must be rated GOOD or OUTSTANDING \(it is REQUIRES_IMPROVEMENT\)/, async () => t.api.create(await t.contractInput('RN1', 'RW5'), MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /must be rated GOOD or OUTSTANDING \(it is INADEQUATE\)/, async () => t.api.create(await t.contractInput('RN1', 'RH4'), MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /must be rated GOOD or OUTSTANDING \(it is not rated\)/, async () => t.api.create(await t.contractInput('RN1', 'RN6'), MONITOR()));
    // RN4's latest inspection, rated GOOD, is not published: its rating is the one before.
    await t.expectRefused('FAILED_PRECONDITION', /must be rated GOOD or OUTSTANDING \(it is REQUIRES_IMPROVEMENT\)/, async () => t.api.create(await t.contractInput('RN1', 'RN4'), MONITOR()));
  });

  it('a partner not in special measures, however well rated', async () => {
    const rb2 = await t.trust('RB2');
    const input = { trustId: rb2.id, inspectedOn: daysAgo(20), publishedOn: daysAgo(10), overall: 'GOOD', safe: 'GOOD', effective: 'GOOD', caring: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'REMAIN_IN_SPECIAL_MEASURES' } as const;
    await t.send(RecordInspectionDocument, { input }, REGULATOR());
    await t.expectRefused('FAILED_PRECONDITION', /the partner .* is in special measures itself/, async () => t.api.create(await t.contractInput('RN1', 'RB2'), MONITOR()));
  });

  it('only the status moves of docs/domain.md#status-moves', async () => {
    const moves = [[rows.draft, ['COMPLETED', 'DRAFT']], [rows.active, ['ACTIVE', 'DRAFT']], [rows.completed, ['ACTIVE', 'TERMINATED', 'COMPLETED', 'DRAFT']], [rows.terminated, ['ACTIVE', 'COMPLETED', 'DRAFT']]] as const;
    for (const [c, targets] of moves) {
      for (const to of targets) {
        await t.expectRefused('FAILED_PRECONDITION', new RegExp(`a contract cannot move from ${c.status} to ${to}`), () => t.api.setStatus(c.id, to, c.version, MONITOR()));
      }
    }
    await t.expectRefused('FAILED_PRECONDITION', /an? outcome cannot move from VERIFIED to REJECTED/, () => t.api.verify(rows.outcomes.verified, 'REJECTED', MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /an? outcome cannot move from REJECTED to VERIFIED/, () => t.api.verify(rows.outcomes.rejected, 'VERIFIED', MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /a claim cannot move from APPROVED to REJECTED/, () => t.api.decide(rows.claims.approved, 'REJECTED', MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /a claim cannot move from REJECTED to APPROVED/, () => t.api.decide(rows.claims.rejected, 'APPROVED', MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /a payment cannot move from APPROVED to APPROVED \(only to PAID or WITHHELD\)/, () => t.api.approve(rows.payments.approved, MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /a payment cannot move from WITHHELD to APPROVED/, () => t.api.approve(rows.payments.withheld, MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /a payment cannot move from WITHHELD to WITHHELD/, () => t.api.withhold(rows.payments.withheld, MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /a payment cannot move from PROPOSED to PAID \(only to APPROVED or WITHHELD\)/, () => t.api.pay(rows.payments.proposed, TEST_TODAY, MONITOR()));
    const [paid] = await t.sql(`select id from incentive_payment where status = 'PAID' and contract_id = ?`, [await t.demoContractId('RN1', 'RH1')]);
    await t.expectRefused('FAILED_PRECONDITION', /a payment cannot move from PAID to WITHHELD/, () => t.api.withhold(paid.id, MONITOR()));
  });

  it('outcomes and claims only on an ACTIVE contract', async () => {
    for (const c of [rows.draft, rows.completed, rows.terminated]) {
      await t.expectRefused('FAILED_PRECONDITION', new RegExp(`outcomes are reported only on an ACTIVE contract; ${c.reference} is ${c.status}`), () => t.api.report({ ...report, contractId: c.id }, TRUST('RH5')));
      await t.expectRefused('FAILED_PRECONDITION', new RegExp(`reimbursement is claimed only on an ACTIVE contract; ${c.reference} is ${c.status}`), () => t.api.claim({ contractId: c.id, period: '2025-11', daysGiven: 1, amount: '1.00' }, TRUST('RH5')));
    }
  });

  it('a payment only for a VERIFIED outcome of the same contract, ACTIVE or COMPLETED', async () => {
    const propose = (contractId: string, outcomeId: string, token = MONITOR()) => t.api.propose({ contractId, outcomeId, amount: '1.00' }, token);
    await t.expectRefused('FAILED_PRECONDITION', /only for a VERIFIED outcome; this one is PENDING/, () => propose(rows.active.id, rows.outcomes.pending));
    await t.expectRefused('FAILED_PRECONDITION', /only for a VERIFIED outcome; this one is REJECTED/, () => propose(rows.active.id, rows.outcomes.rejected));
    await t.expectRefused('FAILED_PRECONDITION', /the outcome was reported on another contract/, () => propose(rows.active.id, rows.ended.verified));
    await t.expectRefused('FAILED_PRECONDITION', /the outcome was reported on another contract/, () => propose(rows.active.id, rows.tda.verified));
    await t.expectRefused('FAILED_PRECONDITION', /incentive payments only on an ACTIVE or COMPLETED contract; .* is TERMINATED/, () => propose(rows.ended.contract.id, rows.ended.verified));
    await t.expectRefused('FAILED_PRECONDITION', /incentive payments only on an ACTIVE or COMPLETED contract; .* is TERMINATED/, () => t.api.approve(rows.ended.proposed, MONITOR()));
  });

  it('approved plus paid never above the fund; approved claims never above the cap', async () => {
    await t.expectRefused('FAILED_PRECONDITION', /approved and paid incentive payments would reach 1000\.01, above the incentive fund of 1000\.00 \(100\.00 left\)/, () => t.api.approve(rows.payments.proposed, MONITOR()));
    await t.expectRefused('FAILED_PRECONDITION', /approved reimbursement claims would reach 500\.01, above the reimbursement cap of 500\.00 \(100\.00 left\)/, () => t.api.decide(rows.claims.submitted, 'APPROVED', MONITOR()));
  });

  it('a payment is not paid before the day it was approved', async () => {
    const [approved] = await t.sql(`select id, (approved_at at time zone 'UTC')::date::text as day from incentive_payment where status = 'APPROVED' and contract_id = ?`, [await t.demoContractId('RN1', 'RH1')]);
    await t.expectRefused('FAILED_PRECONDITION', /a payment cannot be paid \(.*\) before it was approved/, () => t.api.pay(approved.id, addDays(approved.day, -1), MONITOR()));
  });
});

it('the rows refused above change once the rule allows: a payment for an outcome whose only payment was withheld, within the fund', async () => {
  const proposed = t.ok(await t.api.propose({ contractId: rows.active.id, outcomeId: rows.outcomes.verified, amount: '100.00' }, MONITOR())).proposeIncentivePayment;
  t.ok(await t.api.withhold(rows.payments.proposed, MONITOR()));
  expect(t.ok(await t.api.approve(proposed.id, MONITOR())).approveIncentivePayment.contract.incentiveApproved).toBe('1000.00');
  expect(t.ok(await t.api.decide(rows.claims.submitted, 'REJECTED', MONITOR())).decideReimbursementClaim.status).toBe('REJECTED');
  expect(t.ok(await t.api.setStatus(rows.active.id, 'COMPLETED', 2, MONITOR())).setBuddyContractStatus).toMatchObject({ status: 'COMPLETED', version: 3 });
});
