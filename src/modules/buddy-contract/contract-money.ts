import { formatCents, toCents } from '../../common/money';
import type { RequestContext } from '../../auth/context';
import { readRow } from '../../db/entity-rows';
import { run } from '../../db/sql/run';
import { ident, param, Sql, sql } from '../../db/sql/sql';
import { BusinessRuleError } from '../../errors';
import { BuddyContract } from './buddy-contract.entity';

// The two money limits of a contract, checked under a lock of the contract row: approved plus paid
// incentive payments never exceed its incentive fund, approved claims never exceed its
// reimbursement cap, even when approvals race.

const LIMITS = {
  incentiveFund: { table: 'incentive_payment', counted: ['APPROVED', 'PAID'], what: 'approved and paid incentive payments', limit: 'incentive fund' },
  reimbursementCap: { table: 'reimbursement_claim', counted: ['APPROVED'], what: 'approved reimbursement claims', limit: 'reimbursement cap' },
} as const;

/**
 * FAILED_PRECONDITION unless `amount` more fits within the contract's `limit`. The contract row is
 * locked (and read as it then is) first, and the total read by a later statement, so a concurrent
 * approval that committed meanwhile is counted (a subquery in the locking statement would still see
 * the old total).
 */
export async function checkWithinLimit(ctx: RequestContext, contractId: string, limit: keyof typeof LIMITS, amount: string): Promise<void> {
  const { table, counted, what, limit: name } = LIMITS[limit];
  const locked = (await readRow(ctx.em, BuddyContract, contractId, { lock: true }))!; // the contract of a payment or claim: a foreign key
  const [row] = await run<{ total: string }>(ctx.em, sql`select coalesce(sum(amount), 0)::text as total from ${Sql.raw(ident(table))}
    where contract_id = ${param(contractId)} and status = any(${param(counted)}::text[])`);
  const total = toCents(row.total) + toCents(amount);
  const cap = toCents(locked[limit]);
  if (total > cap) {
    throw new BusinessRuleError(`${what} would reach ${formatCents(total)}, above the ${name} of ${formatCents(cap)} (${formatCents(cap - toCents(row.total))} left)`);
  }
}
