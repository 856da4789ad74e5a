import { beforeAll, describe, expect, it } from 'vitest';
import { makeRefusalRows, type RefusalRows } from './contracts.fixtures';
import { contractWorld, MONITOR, TRUST } from './contracts.helpers';

// The uniqueness rules of docs/domain.md#entities-and-rules and the contract's optimistic version, over HTTP, one at a time
// (contract-money-concurrency.test.ts races them): each CONFLICT names its rule and writes nothing,
// and the last test shows the same changes pass once nothing conflicts.

const t = contractWorld();
let rows: RefusalRows;
beforeAll(async () => {
  rows = await makeRefusalRows(t);
});
const report = { period: '2025-11', measure: 'Another measure', target: 'at least 90%', achieved: '95%' };

describe('CONFLICT: uniqueness and stale versions', () => {
  it('a reference already taken, as given or with spaces around it', async () => {
    for (const reference of [rows.active.reference, `  ${rows.active.reference} `]) {
      await t.expectRefused('CONFLICT', new RegExp(`a contract with reference ${rows.active.reference} already exists`), async () => t.api.create(await t.contractInput('RN1', 'RH5', { reference }), MONITOR()));
    }
  });
  it('a second outcome for a measure and month, whatever became of the first', async () => {
    for (const measure of ['Verified', ' Rejected ', 'Pending']) {
      await t.expectRefused('CONFLICT', new RegExp(`an outcome for "${measure.trim()}" in 2026-02 was already reported`), () => t.api.report({ ...report, contractId: rows.active.id, period: '2026-02', measure }, TRUST('RH5')));
    }
  });
  it('a second claim for a month, approved, submitted or rejected', async () => {
    for (const period of ['2026-01', '2026-02', '2025-12']) {
      await t.expectRefused('CONFLICT', new RegExp(`time for ${period} was already claimed on this contract`), () => t.api.claim({ contractId: rows.active.id, period, daysGiven: 1, amount: '1.00' }, TRUST('RH5')));
    }
  });
  it('a second payment for an outcome whose payment is not withheld', async () => {
    for (const outcomeId of [rows.outcomes.withProposed, rows.outcomes.withApproved]) {
      await t.expectRefused('CONFLICT', /already has a payment that is not withheld/, () => t.api.propose({ contractId: rows.active.id, outcomeId, amount: '1.00' }, MONITOR()));
    }
  });
  it('a stale version, older or newer than the contract\'s', async () => {
    for (const version of [1, 3]) {
      await t.expectRefused('CONFLICT', new RegExp(`changed since you read it \\(it is at version 2, you sent ${version}\\)`), () => t.api.setStatus(rows.active.id, 'COMPLETED', version, MONITOR()));
    }
  });
});

it('without a conflict the same changes pass: another month, another measure, a payment once the first is withheld, the current version', async () => {
  expect(t.ok(await t.api.report({ ...report, contractId: rows.active.id, period: '2026-02', measure: 'Verified again' }, TRUST('RH5'))).reportContractOutcome.period).toBe('2026-02');
  expect(t.ok(await t.api.claim({ contractId: rows.active.id, period: '2025-11', daysGiven: 1, amount: '1.00' }, TRUST('RH5'))).claimReimbursement.status).toBe('SUBMITTED');
  t.ok(await t.api.withhold(rows.payments.proposed, MONITOR()));
  expect(t.ok(await t.api.propose({ contractId: rows.active.id, outcomeId: rows.outcomes.withProposed, amount: '1.00' }, MONITOR())).proposeIncentivePayment.status).toBe('PROPOSED');
  expect(t.ok(await t.api.create(await t.contractInput('RN1', 'RH5', { reference: `${rows.active.reference}-2` }), MONITOR())).createBuddyContract.status).toBe('DRAFT');
  expect(t.ok(await t.api.setStatus(rows.active.id, 'COMPLETED', 2, MONITOR())).setBuddyContractStatus.version).toBe(3);
});
