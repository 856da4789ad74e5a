// A buddy contract's monthly reports: an outcome per measure, the incentive payments for verified
// outcomes, and a reimbursement claim for the partner's days.
import { addDays } from '../../clock';
import { ClaimStatus, ContractStatus, OutcomeVerification, PaymentStatus } from '../../common/enums';
import { partsOf } from '../../modules/buddy-contract/contract-part.entity';
import { ContractOutcome, IncentivePayment, ReimbursementClaim, type BuddyContract } from '../../modules/entities';
import { nextMonthStart } from './calendar';
import { ACHIEVED_WOBBLE, CONTRACTS, DAYS_GIVEN } from './contracts.data';
import { stableId } from './ids';
import { money, pence } from './money';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { ContractSpec, MeasureSpec } from './specs';
import { OUTCOME_NARRATIVES } from './texts';

const { APPROVED, PAID, WITHHELD } = PaymentStatus;

/** One outcome per measure per month; the latest month of an active contract awaits verification. */
export function buildOutcomes(ctx: SeedContext, contract: BuddyContract, spec: ContractSpec, key: string, months: string[]): ContractOutcome[][] {
  return months.map((period, m) => spec.measures.map((measure, j) => {
    const rejected = spec.rejectedOutcomes?.some((r) => r.month === m && r.measure === j);
    const pending = spec.status === ContractStatus.ACTIVE && m === months.length - 1;
    const verification = rejected ? OutcomeVerification.REJECTED : pending ? OutcomeVerification.PENDING : OutcomeVerification.VERIFIED;
    return insert(ctx.em, ContractOutcome, {
      id: stableId('contract-outcome', `${key}/m${m}/${j}`),
      ...partsOf(contract),
      period,
      measure: measure.measure,
      target: measure.target,
      achieved: achieved(measure, m, spec.termMonths),
      narrative: OUTCOME_NARRATIVES[(m + j) % OUTCOME_NARRATIVES.length],
      reportedAt: ctx.cal.instant(addDays(nextMonthStart(period), 4 + (m % 3)), 11),
      verification,
    });
  }));
}

function achieved(measure: MeasureSpec, month: number, termMonths: number): string {
  const line = measure.from + ((measure.to - measure.from) * month) / Math.max(1, termMonths - 1);
  if (measure.unit === '%') return `${(line + ACHIEVED_WOBBLE[month % ACHIEVED_WOBBLE.length]).toFixed(1)}%`;
  return `${Math.round(line + 2 * ACHIEVED_WOBBLE[month % ACHIEVED_WOBBLE.length])}${measure.unit}`;
}

export function buildPayments(ctx: SeedContext, contract: BuddyContract, spec: ContractSpec, key: string, outcomes: ContractOutcome[][]): void {
  let committed = 0;
  const paidFor = new Set<ContractOutcome>();
  (spec.payments ?? []).forEach((payment, i) => {
    const outcome = outcomes[payment.month]?.[payment.measure];
    check(outcome?.verification === OutcomeVerification.VERIFIED, `${key}: payment ${i} is for a verified outcome`);
    if (payment.status !== WITHHELD) {
      check(!paidFor.has(outcome), `${key}: one payment per outcome, withheld ones aside`);
      paidFor.add(outcome);
    }
    const approvedOn = addDays(outcome.reportedAt.toISOString().slice(0, 10), 21);
    const approved = payment.status === APPROVED || payment.status === PAID;
    if (approved) committed += pence(payment.amount);
    insert(ctx.em, IncentivePayment, {
      id: stableId('incentive-payment', `${key}#${i}`),
      ...partsOf(contract),
      outcome,
      amount: payment.amount,
      status: payment.status,
      approvedAt: approved ? ctx.cal.instant(approvedOn, 14) : null,
      paidOn: payment.status === PAID ? ctx.cal.notAfterToday(addDays(approvedOn, 30)) : null,
    });
  });
  check(committed <= pence(spec.incentiveFund), `${key}: approved and paid incentives within the fund`);
}

/** One claim per month: the latest month of an active contract is still submitted. */
export function buildClaims(ctx: SeedContext, contract: BuddyContract, spec: ContractSpec, key: string, months: string[]): void {
  let approvedTotal = 0;
  months.forEach((period, m) => {
    const daysGiven = DAYS_GIVEN[(m + CONTRACTS.indexOf(spec)) % DAYS_GIVEN.length];
    const amount = Math.round(spec.dayRate * daysGiven);
    const status = spec.rejectedClaims?.includes(m) ? ClaimStatus.REJECTED
      : spec.status === ContractStatus.ACTIVE && m === months.length - 1 ? ClaimStatus.SUBMITTED
        : ClaimStatus.APPROVED;
    if (status === ClaimStatus.APPROVED) approvedTotal += amount;
    insert(ctx.em, ReimbursementClaim, {
      id: stableId('reimbursement-claim', `${key}/m${m}`),
      ...partsOf(contract),
      period,
      daysGiven,
      amount: money(amount),
      status,
      submittedAt: ctx.cal.instant(addDays(nextMonthStart(period), 2 + (m % 4)), 9),
    });
  });
  check(approvedTotal <= pence(spec.reimbursementCap), `${key}: approved claims within the cap`);
}
