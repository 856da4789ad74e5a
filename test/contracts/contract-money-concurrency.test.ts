import { describe, expect, it } from 'vitest';
import type { GraphQLResponse } from '../support/api';
import { contractWorld, MONITOR, THIS_MONTH, TRUST } from './contracts.helpers';

// The money limits and the uniqueness rules under concurrency, against the real database: requests
// fired in parallel over HTTP (Promise.all), ROUNDS times each, and after each round SQL shows that
// exactly one of them changed anything and that the fund and the cap were never overdrawn.

const t = contractWorld();
const ROUNDS = 20;
const LOST = ['FAILED_PRECONDITION', 'CONFLICT'];

/** Whole pence as a decimal string, without passing through a float. */
const pounds = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
/** The n-th month before THIS_MONTH. */
const monthsBack = (n: number) => {
  const index = Number(THIS_MONTH.slice(0, 4)) * 12 + Number(THIS_MONTH.slice(5)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** Exactly one response succeeded and the other lost with one of `codes`; returns the winner's index. */
function oneWinner(responses: GraphQLResponse<unknown>[], codes = LOST): number {
  const won = responses.map((r) => r.body.errors === undefined);
  expect(won.filter(Boolean), JSON.stringify(responses.map((r) => r.body.errors))).toHaveLength(1);
  const loser = responses[won.indexOf(false)].body.errors!;
  expect(loser).toHaveLength(1);
  expect(codes).toContain(loser[0].extensions?.code);
  return won.indexOf(true);
}

/** What the database holds for the contract, summed by SQL: approved + paid payments, approved claims, and the limits. */
async function totals(contractId: string) {
  const [row] = await t.sql(`select
      (select coalesce(sum(amount), 0) from incentive_payment where contract_id = c.id and status in ('APPROVED', 'PAID'))::numeric(14, 2)::text as approved,
      (select coalesce(sum(amount), 0) from reimbursement_claim where contract_id = c.id and status = 'APPROVED')::numeric(14, 2)::text as reimbursed,
      c.incentive_fund::text as fund, c.reimbursement_cap::text as cap
    from buddy_contract c where c.id = ?`, [contractId]);
  const [within] = await t.sql<{ ok: boolean }>('select ?::numeric <= ?::numeric and ?::numeric <= ?::numeric as ok', [row.approved, row.fund, row.reimbursed, row.cap]);
  expect(within.ok, `never overdrawn: ${JSON.stringify(row)}`).toBe(true);
  return row;
}
const statusOf = async (table: string, id: string) => (await t.sql(`select status from ${table} where id = ?`, [id]))[0].status;

describe(`parallel approvals, ${ROUNDS} rounds each`, () => {
  it('two payments that fit the fund alone but not together, and one payment approved twice at once', async () => {
    const c = await t.contract('RN1', 'RH5', { incentiveFund: '1000.00' });
    const [kept, first, second, twice] = [await t.outcome(c, 'Kept'), await t.outcome(c, 'First'), await t.outcome(c, 'Second'), await t.outcome(c, 'Twice')];
    t.ok(await t.api.approve(await t.payment(c, kept, '250.00'), MONITOR())); // 750.00 of the fund left
    for (let round = 0; round < ROUNDS; round++) {
      const amounts = [32_501 + round, 65_000 - round]; // each fits in the 75_000 pence left, the two together do not
      const ids = [await t.payment(c, first, pounds(amounts[0])), await t.payment(c, second, pounds(amounts[1]))];
      await t.newAuditEvents();
      const winner = oneWinner(await Promise.all(ids.map((id) => t.api.approve(id, MONITOR()))));
      expect((await totals(c.id)).approved).toBe(pounds(25_000 + amounts[winner]));
      expect(await statusOf('incentive_payment', ids[1 - winner])).toBe('PROPOSED');
      expect((await t.newAuditEvents()).map((e) => [e.action, e.entityId])).toEqual([['approveIncentivePayment', ids[winner]]]);

      const same = await t.payment(c, twice, '100.00');
      await t.newAuditEvents();
      oneWinner(await Promise.all([t.api.approve(same, MONITOR()), t.api.approve(same, MONITOR())]));
      expect((await totals(c.id)).approved).toBe(pounds(35_000 + amounts[winner]));
      expect((await t.newAuditEvents()).map((e) => [e.action, e.entityId])).toEqual([['approveIncentivePayment', same]]);
      for (const id of [...ids, same]) t.ok(await t.api.withhold(id, MONITOR())); // frees the outcomes for the next round
      expect((await totals(c.id)).approved).toBe('250.00');
    }
  });

  it('two claims that fit the cap alone but not together, and one claim approved twice at once', async () => {
    const c = await t.contract('RN1', 'RH5', { reimbursementCap: '10000000.00' });
    let reimbursed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const left = 1_000_000_000 - reimbursed;
      const amount = Math.floor(left / 2) + 1; // one fits, two do not
      const ids = [await t.claim(c, monthsBack(3 * round), pounds(amount)), await t.claim(c, monthsBack(3 * round + 1), pounds(amount))];
      const same = await t.claim(c, monthsBack(3 * round + 2), '0.01');
      await t.newAuditEvents();
      const winner = oneWinner(await Promise.all(ids.map((id) => t.api.decide(id, 'APPROVED', MONITOR()))));
      oneWinner(await Promise.all([t.api.decide(same, 'APPROVED', MONITOR()), t.api.decide(same, 'APPROVED', MONITOR())]));
      reimbursed += amount + 1;
      expect((await totals(c.id)).reimbursed).toBe(pounds(reimbursed));
      expect(await statusOf('reimbursement_claim', ids[1 - winner])).toBe('SUBMITTED');
      expect((await t.newAuditEvents()).map((e) => e.entityId).sort()).toEqual([ids[winner], same].sort());
    }
    const read = t.ok(await t.api.decide((await t.sql(`select id from reimbursement_claim where contract_id = ? and status = 'SUBMITTED' limit 1`, [c.id]))[0].id, 'REJECTED', MONITOR()));
    expect(read.decideReimbursementClaim.contract.reimbursed).toBe(pounds(reimbursed));
  });
});

describe(`stale versions and raced duplicates, ${ROUNDS} rounds each`, () => {
  it('two status changes from the same version: one wins, the other is CONFLICT; a stale version later changes nothing', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const draft = await t.contract('RN1', 'RH5', { draft: true });
      await t.newAuditEvents();
      const responses = await Promise.all((['ACTIVE', 'TERMINATED'] as const).map((to) => t.api.setStatus(draft.id, to, draft.version, MONITOR())));
      const winner = oneWinner(responses, ['CONFLICT']);
      const [row] = await t.sql('select status, version from buddy_contract where id = ?', [draft.id]);
      expect(row).toEqual({ status: ['ACTIVE', 'TERMINATED'][winner], version: 2 });
      expect((await t.newAuditEvents()).map((e) => [e.action, e.entityId])).toEqual([['setBuddyContractStatus', draft.id]]);
      await t.expectRefused('CONFLICT', /changed since you read it \(it is at version 2, you sent 1\)/, () => t.api.setStatus(draft.id, 'COMPLETED', 1, MONITOR()));
    }
  });

  it('the same outcome, claim or payment sent twice at once: one row, the other CONFLICT', async () => {
    const c = await t.contract('RN1', 'RH5');
    for (let round = 0; round < ROUNDS; round++) {
      const input = { contractId: c.id, period: monthsBack(round), measure: 'Raced', target: 'at least 90%', achieved: '91%' };
      oneWinner(await Promise.all([t.api.report(input, TRUST('RH5')), t.api.report(input, TRUST('RH5'))]), ['CONFLICT']);
      const claim = { contractId: c.id, period: monthsBack(round), daysGiven: 3, amount: '300.00' };
      oneWinner(await Promise.all([t.api.claim(claim, TRUST('RH5')), t.api.claim(claim, TRUST('RH5'))]), ['CONFLICT']);
      const [outcome] = await t.sql('select id from contract_outcome where contract_id = ? and period = ?', [c.id, input.period]);
      t.ok(await t.api.verify(outcome.id, 'VERIFIED', MONITOR()));
      const payment = { contractId: c.id, outcomeId: outcome.id, amount: '10.00' };
      oneWinner(await Promise.all([t.api.propose(payment, MONITOR()), t.api.propose(payment, MONITOR())]), ['CONFLICT']);
    }
    const [counts] = await t.sql(`select (select count(*) from contract_outcome where contract_id = ?)::int as outcomes,
      (select count(*) from reimbursement_claim where contract_id = ?)::int as claims, (select count(*) from incentive_payment where contract_id = ?)::int as payments`, [c.id, c.id, c.id]);
    expect(counts).toEqual({ outcomes: ROUNDS, claims: ROUNDS, payments: ROUNDS });
  });

  // An approval locks the contract row while a report, a claim or a proposal inserts rows that
  // reference it and waits for the audit chain's lock: the row lock (FOR NO KEY UPDATE) lets their
  // foreign key checks through, so no one waits in a circle.
  it('different changes to one contract at once all succeed: an approval beside a report, a claim and a proposal', async () => {
    const c = await t.contract('RN1', 'RH5');
    for (let round = 0; round < ROUNDS; round++) {
      const payment = await t.payment(c, await t.outcome(c, `Approved ${round}`), '1.00');
      const verified = await t.outcome(c, `Proposed ${round}`);
      const responses = await Promise.all([
        t.api.approve(payment, MONITOR()),
        t.api.report({ contractId: c.id, period: THIS_MONTH, measure: `Reported ${round}`, target: 't', achieved: 'a' }, TRUST('RH5')),
        t.api.claim({ contractId: c.id, period: monthsBack(round), daysGiven: 1, amount: '1.00' }, TRUST('RH5')),
        t.api.propose({ contractId: c.id, outcomeId: verified, amount: '1.00' }, MONITOR()),
      ]);
      expect(responses.map((r) => r.body.errors), `round ${round}`).toEqual([undefined, undefined, undefined, undefined]);
    }
    expect((await totals(c.id)).approved).toBe(pounds(100 * ROUNDS));
  });
});
