import { beforeAll, describe, expect, it } from 'vitest';
import { ContractWithPartsDocument, type ContractStateFragment } from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { contractWorld, MONITOR, THIS_MONTH, TRUST } from './contracts.helpers';

// A buddy contract's whole life over HTTP, each step by the body docs/domain.md#who-changes-what allows: MONITOR creates
// and activates a contract for RN1 (a foundation trust in special measures) with RH5 (outstanding);
// RH5 reports outcomes and claims its time; MONITOR verifies, approves and withholds payments from
// the fund, decides the claims and completes the contract. After each step: the derived money as
// exact decimal strings, and the audit events written, exactly (action = the mutation's name).
// Paying a payment is in the second describe: a bug in src/ holds it up (see there).

describe('a contract from creation to completion', () => {
  const t = contractWorld();
  let contract: ContractStateFragment;
  const outcomes: Record<string, string> = {};
  const payments: Record<string, string> = {};
  const claims: Record<string, string> = {};

  beforeAll(() => t.newAuditEvents()); // from here on, only the events of these steps

  /** The contract's derived money as MONITOR reads it now. */
  async function money() {
    const c = (await t.send(ContractWithPartsDocument, { id: contract.id }, MONITOR())).buddyContract!;
    return { incentiveApproved: c.incentiveApproved, incentivePaid: c.incentivePaid, reimbursed: c.reimbursed };
  }
  /** The audit events since the last step: exactly these, as [action, entity, entity id, organisation]. */
  async function audited(...expected: [string, string, string, string][]) {
    const events = await t.newAuditEvents();
    expect(events.map((e) => [e.action, e.entity, e.entityId, e.organisation]).sort()).toEqual(expected.sort());
    return events;
  }
  const data = t.ok;

  it('MONITOR creates it as a DRAFT at version 1; its contracting body is derived, its money sums are zero', async () => {
    const input = await t.contractInput('RN1', 'RH5', { reimbursementCap: '20000', incentiveFund: '150000.00' });
    const created = data(await t.api.create(input, MONITOR())).createBuddyContract;
    expect(created).toMatchObject({
      status: 'DRAFT', version: 1, contractingBody: 'MONITOR', reimbursementCap: '20000.00', incentiveFund: '150000.00',
      incentiveApproved: '0.00', incentivePaid: '0.00', reimbursed: '0.00', supportedTrust: { odsCode: 'RN1' }, partnerTrust: { odsCode: 'RH5' },
    });
    contract = created;
    expect((await t.send(ContractWithPartsDocument, { id: created.id }, MONITOR())).buddyContract).toMatchObject({ ...created, outcomes: [], payments: [] });
    const [event] = await audited(['createBuddyContract', 'BuddyContract', created.id, 'MONITOR']);
    expect(event.changes).toMatchObject({ reference: { from: null, to: input.reference }, incentiveFund: { from: null, to: '150000.00' } });
  });

  it('MONITOR activates it with the version it read: version 1 becomes 2', async () => {
    const active = data(await t.api.setStatus(contract.id, 'ACTIVE', 1, MONITOR())).setBuddyContractStatus;
    expect(active).toMatchObject({ status: 'ACTIVE', version: 2, incentiveApproved: '0.00' });
    const [event] = await audited(['setBuddyContractStatus', 'BuddyContract', contract.id, 'MONITOR']);
    expect(event.changes.status).toEqual({ from: 'DRAFT', to: 'ACTIVE' });
  });

  it('the partner RH5 reports four outcomes, PENDING until verified', async () => {
    for (const [key, measure, period] of [['aFeb', 'A', '2026-02'], ['bFeb', 'B', '2026-02'], ['aMar', 'A', THIS_MONTH], ['cMar', 'C', THIS_MONTH]]) {
      const input = { contractId: contract.id, period, measure: `Measure ${measure}`, target: 'at least 90%', achieved: '92%', narrative: 'Weekly huddles.' };
      const reported = data(await t.api.report(input, TRUST('RH5'))).reportContractOutcome;
      expect(reported).toMatchObject({ period, verification: 'PENDING', contract: { id: contract.id } });
      outcomes[key] = reported.id;
    }
    await audited(...Object.values(outcomes).map((id) => ['reportContractOutcome', 'ContractOutcome', id, 'RH5'] as [string, string, string, string]));
    expect(await money()).toEqual({ incentiveApproved: '0.00', incentivePaid: '0.00', reimbursed: '0.00' });
  });

  it('MONITOR verifies three and rejects one', async () => {
    for (const key of ['aFeb', 'aMar', 'cMar']) expect(data(await t.api.verify(outcomes[key], 'VERIFIED', MONITOR())).verifyContractOutcome.verification).toBe('VERIFIED');
    expect(data(await t.api.verify(outcomes.bFeb, 'REJECTED', MONITOR())).verifyContractOutcome.verification).toBe('REJECTED');
    const events = await audited(...['aFeb', 'aMar', 'cMar', 'bFeb'].map((k) => ['verifyContractOutcome', 'ContractOutcome', outcomes[k], 'MONITOR'] as [string, string, string, string]));
    expect(events.find((e) => e.entityId === outcomes.bFeb)!.changes).toEqual({ verification: { from: 'PENDING', to: 'REJECTED' } });
  });

  it('MONITOR proposes two payments: proposed money is not yet approved', async () => {
    payments.p1 = data(await t.api.propose({ contractId: contract.id, outcomeId: outcomes.aFeb, amount: '40000.25' }, MONITOR())).proposeIncentivePayment.id;
    const p2 = data(await t.api.propose({ contractId: contract.id, outcomeId: outcomes.aMar, amount: '60000.5' }, MONITOR())).proposeIncentivePayment;
    expect(p2).toMatchObject({ amount: '60000.50', status: 'PROPOSED', approvedAt: null, contract: { incentiveApproved: '0.00' } });
    payments.p2 = p2.id;
    await audited(['proposeIncentivePayment', 'IncentivePayment', payments.p1, 'MONITOR'], ['proposeIncentivePayment', 'IncentivePayment', payments.p2, 'MONITOR']);
  });

  it('MONITOR approves both: incentiveApproved is their exact sum', async () => {
    expect(data(await t.api.approve(payments.p1, MONITOR())).approveIncentivePayment.contract.incentiveApproved).toBe('40000.25');
    const p2 = data(await t.api.approve(payments.p2, MONITOR())).approveIncentivePayment;
    expect(p2).toMatchObject({ status: 'APPROVED', contract: { incentiveApproved: '100000.75', incentivePaid: '0.00' } });
    expect(p2.approvedAt).not.toBeNull();
    await audited(['approveIncentivePayment', 'IncentivePayment', payments.p1, 'MONITOR'], ['approveIncentivePayment', 'IncentivePayment', payments.p2, 'MONITOR']);
  });

  it('MONITOR withholds the second, then proposes and approves a smaller payment for the same outcome', async () => {
    expect(data(await t.api.withhold(payments.p2, MONITOR())).withholdIncentivePayment).toMatchObject({ status: 'WITHHELD', contract: { incentiveApproved: '40000.25' } });
    payments.p3 = data(await t.api.propose({ contractId: contract.id, outcomeId: outcomes.aMar, amount: '30000.10' }, MONITOR())).proposeIncentivePayment.id;
    expect(data(await t.api.approve(payments.p3, MONITOR())).approveIncentivePayment.contract.incentiveApproved).toBe('70000.35');
    await audited(
      ['withholdIncentivePayment', 'IncentivePayment', payments.p2, 'MONITOR'],
      ['proposeIncentivePayment', 'IncentivePayment', payments.p3, 'MONITOR'],
      ['approveIncentivePayment', 'IncentivePayment', payments.p3, 'MONITOR'],
    );
    expect(await money()).toEqual({ incentiveApproved: '70000.35', incentivePaid: '0.00', reimbursed: '0.00' });
  });

  it('RH5 claims its time for three months; MONITOR approves two and rejects one; reimbursed is the approved sum', async () => {
    for (const [period, daysGiven, amount] of [['2026-01', 8, '12000.01'], ['2026-02', 5.5, '8000'], [THIS_MONTH, 4.25, '6000.00']] as const) {
      const claimed = data(await t.api.claim({ contractId: contract.id, period, daysGiven, amount }, TRUST('RH5'))).claimReimbursement;
      expect(claimed).toMatchObject({ period, daysGiven, status: 'SUBMITTED', contract: { reimbursed: '0.00' } });
      claims[period] = claimed.id;
    }
    expect(data(await t.api.decide(claims['2026-02'], 'APPROVED', MONITOR())).decideReimbursementClaim.contract.reimbursed).toBe('8000.00');
    expect(data(await t.api.decide(claims['2026-01'], 'REJECTED', MONITOR())).decideReimbursementClaim.contract.reimbursed).toBe('8000.00');
    expect(data(await t.api.decide(claims[THIS_MONTH], 'APPROVED', MONITOR())).decideReimbursementClaim.contract.reimbursed).toBe('14000.00');
    await audited(
      ...Object.values(claims).map((id) => ['claimReimbursement', 'ReimbursementClaim', id, 'RH5'] as [string, string, string, string]),
      ...Object.values(claims).map((id) => ['decideReimbursementClaim', 'ReimbursementClaim', id, 'MONITOR'] as [string, string, string, string]),
    );
  });

  it('MONITOR completes the contract (version 3); money is unchanged', async () => {
    const completed = data(await t.api.setStatus(contract.id, 'COMPLETED', 2, MONITOR())).setBuddyContractStatus;
    expect(completed).toMatchObject({ status: 'COMPLETED', version: 3, incentiveApproved: '70000.35', incentivePaid: '0.00', reimbursed: '14000.00' });
    await audited(['setBuddyContractStatus', 'BuddyContract', contract.id, 'MONITOR']);
  });

  it('a COMPLETED contract still pays for a verified outcome, up to exactly the fund', async () => {
    payments.p4 = data(await t.api.propose({ contractId: contract.id, outcomeId: outcomes.cMar, amount: '79999.65' }, MONITOR())).proposeIncentivePayment.id;
    expect(data(await t.api.approve(payments.p4, MONITOR())).approveIncentivePayment.contract.incentiveApproved).toBe('150000.00');
    await audited(['proposeIncentivePayment', 'IncentivePayment', payments.p4, 'MONITOR'], ['approveIncentivePayment', 'IncentivePayment', payments.p4, 'MONITOR']);
  });

  it('what the API shows is what the database holds, as numeric', async () => {
    const c = (await t.send(ContractWithPartsDocument, { id: contract.id }, MONITOR())).buddyContract!;
    expect(c.payments.map((p) => `${p.amount} ${p.status}`).sort()).toEqual(['30000.10 APPROVED', '40000.25 APPROVED', '60000.50 WITHHELD', '79999.65 APPROVED']);
    expect(c.reimbursementClaims.map((r) => `${r.period} ${r.amount} ${r.status}`)).toEqual([`${THIS_MONTH} 6000.00 APPROVED`, '2026-02 8000.00 APPROVED', '2026-01 12000.01 REJECTED']);
    const [sums] = await t.sql(`select sum(amount) filter (where status in ('APPROVED', 'PAID'))::text as approved, pg_typeof(sum(amount))::text as type
      from incentive_payment where contract_id = ?`, [contract.id]);
    expect(sums).toEqual({ approved: c.incentiveApproved, type: 'numeric' });
  });
});

describe('paying an approved payment', () => {
  const t = contractWorld();

  // approvedAt comes from the same clock as today(): with today fixed before the real date (as in
  // the tests), a payment approved today can be paid today.
  it('MONITOR pays it on today\'s date: incentivePaid counts it, incentiveApproved still does', async () => {
    const contract = await t.contract('RN1', 'RH5');
    const payment = await t.payment(contract, await t.outcome(contract, 'Paid measure'), '1234.56');
    expect((await t.api.approve(payment, MONITOR())).body.errors).toBeUndefined();
    await t.newAuditEvents();
    const { body } = await t.api.pay(payment, TEST_TODAY, MONITOR());
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.markIncentivePaymentPaid).toMatchObject({ status: 'PAID', paidOn: TEST_TODAY, contract: { incentiveApproved: '1234.56', incentivePaid: '1234.56' } });
    expect((await t.newAuditEvents()).map((e) => [e.action, e.entityId])).toEqual([['markIncentivePaymentPaid', payment]]);
  });
});
