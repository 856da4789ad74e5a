import { type ContractRef, type ContractWorld, MONITOR, TDA } from './contracts.helpers';

// The rows the refusal tests act on, each made through the API by the body allowed to make it:
// RN1 (a foundation trust: MONITOR's) supported by RH5 in every status, and RH2 (an NHS trust:
// the TDA's) supported by RH3, with outcomes, payments and claims in each state a rule looks at.

export interface RefusalRows {
  /** RN1 ← RH5, ACTIVE at version 2: fund 1000.00 with 900.00 approved, cap 500.00 with 400.00 approved. */
  active: ContractRef;
  draft: ContractRef;
  completed: ContractRef;
  terminated: ContractRef;
  /** Outcomes of `active`, all for 2026-02, measures "Pending", "Verified", ... */
  outcomes: { pending: string; verified: string; rejected: string; withProposed: string; withApproved: string };
  /** Payments of `active`: PROPOSED 100.01, APPROVED 900.00, WITHHELD 50.00 (for `outcomes.verified`). */
  payments: { proposed: string; approved: string; withheld: string };
  /** Claims of `active`: 2026-01 APPROVED 400.00, 2026-02 SUBMITTED 100.01, 2025-12 REJECTED. */
  claims: { approved: string; submitted: string; rejected: string };
  /** RN1 ← RH5, TERMINATED after an outcome was verified and a payment proposed while ACTIVE. */
  ended: { contract: ContractRef; verified: string; proposed: string; submitted: string };
  /** RH2 ← RH3, the TDA's, ACTIVE, with a row of each kind. */
  tda: { contract: ContractRef; pending: string; verified: string; proposed: string; submitted: string };
}

export async function makeRefusalRows(t: ContractWorld): Promise<RefusalRows> {
  const status = async (c: ContractRef, to: 'COMPLETED' | 'TERMINATED') => t.ok(await t.api.setStatus(c.id, to, c.version, MONITOR())).setBuddyContractStatus;
  const active = await t.contract('RN1', 'RH5', { incentiveFund: '1000.00', reimbursementCap: '500.00' });
  const draft = await t.contract('RN1', 'RH5', { draft: true });
  const completed = await status(await t.contract('RN1', 'RH5'), 'COMPLETED');
  const terminated = await status(await t.contract('RN1', 'RH5', { draft: true }), 'TERMINATED');

  const period = '2026-02';
  const outcomes = {
    pending: await t.outcome(active, 'Pending', { period, verification: 'PENDING' }),
    verified: await t.outcome(active, 'Verified', { period }),
    rejected: await t.outcome(active, 'Rejected', { period, verification: 'REJECTED' }),
    withProposed: await t.outcome(active, 'With a proposed payment', { period }),
    withApproved: await t.outcome(active, 'With an approved payment', { period }),
  };
  const payments = {
    withheld: await t.payment(active, outcomes.verified, '50.00'),
    proposed: await t.payment(active, outcomes.withProposed, '100.01'),
    approved: await t.payment(active, outcomes.withApproved, '900.00'),
  };
  t.ok(await t.api.withhold(payments.withheld, MONITOR()));
  t.ok(await t.api.approve(payments.approved, MONITOR()));
  const claims = { approved: await t.claim(active, '2026-01', '400.00'), submitted: await t.claim(active, period, '100.01'), rejected: await t.claim(active, '2025-12', '10.00') };
  t.ok(await t.api.decide(claims.approved, 'APPROVED', MONITOR()));
  t.ok(await t.api.decide(claims.rejected, 'REJECTED', MONITOR()));

  const ending = await t.contract('RN1', 'RH5');
  const ended = {
    verified: await t.outcome(ending, 'Verified before the end'),
    proposed: await t.payment(ending, await t.outcome(ending, 'Proposed before the end'), '10.00'),
    submitted: await t.claim(ending, period, '10.00'),
    contract: ending,
  };
  ended.contract = await status(ending, 'TERMINATED');

  const tdaContract = await t.contract('RH2', 'RH3', { body: TDA });
  const tda = {
    contract: tdaContract,
    pending: await t.outcome(tdaContract, 'Pending', { verification: 'PENDING', body: TDA }),
    verified: await t.outcome(tdaContract, 'Verified', { body: TDA }),
    proposed: await t.payment(tdaContract, await t.outcome(tdaContract, 'Proposed', { body: TDA }), '10.00', TDA),
    submitted: await t.claim(tdaContract, period, '10.00'),
  };
  return { active, draft, completed, terminated, outcomes, payments, claims, ended, tda };
}
