import { ClaimStatus, ContractStatus, OutcomeVerification, PaymentStatus, Rating } from '../../common/enums';
import { BusinessRuleError } from '../../errors';
import type { Trust } from '../trust/trust.entity';
import type { BuddyContract } from './buddy-contract.entity';

// The business rules (docs/domain.md#entities-and-rules) for buddy contracts and their parts: FAILED_PRECONDITION or CONFLICT.

function refuse(condition: boolean, message: string): void {
  if (condition) throw new BusinessRuleError(message);
}

/** The status moves of docs/domain.md#status-moves; anything else is FAILED_PRECONDITION. */
const MOVES = {
  contract: { DRAFT: ['ACTIVE', 'TERMINATED'], ACTIVE: ['COMPLETED', 'TERMINATED'], COMPLETED: [], TERMINATED: [] },
  payment: { PROPOSED: ['APPROVED', 'WITHHELD'], APPROVED: ['PAID', 'WITHHELD'], PAID: [], WITHHELD: [] },
  outcome: { PENDING: ['VERIFIED', 'REJECTED'], VERIFIED: [], REJECTED: [] },
  claim: { SUBMITTED: ['APPROVED', 'REJECTED'], APPROVED: [], REJECTED: [] },
} satisfies Record<string, Record<string, string[]>>;

type Moves = typeof MOVES;
type StatusOf = { contract: ContractStatus; payment: PaymentStatus; outcome: OutcomeVerification; claim: ClaimStatus };

export function checkMove<K extends keyof Moves>(kind: K, from: StatusOf[K], to: StatusOf[K]): void {
  const allowed = (MOVES[kind] as Record<string, string[]>)[from];
  refuse(!allowed.includes(to), `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} cannot move from ${from} to ${to}${allowed.length ? ` (only to ${allowed.join(' or ')})` : ''}`);
}

export function checkCanCreateContract(supported: Trust, partner: Trust): void {
  refuse(!supported.inSpecialMeasures, `${supported.name} is not in special measures: only a trust in special measures is supported under a buddy contract`);
  const rated = partner.currentRating === Rating.GOOD || partner.currentRating === Rating.OUTSTANDING;
  refuse(!rated, `the partner ${partner.name} must be rated GOOD or OUTSTANDING (it is ${partner.currentRating ?? 'not rated'})`);
  refuse(partner.inSpecialMeasures, `the partner ${partner.name} is in special measures itself`);
}

export function checkActive(contract: BuddyContract, what: string): void {
  refuse(contract.status !== ContractStatus.ACTIVE, `${what} only on an ACTIVE contract; ${contract.reference} is ${contract.status}`);
}

export function checkPayable(contract: BuddyContract): void {
  const payable = contract.status === ContractStatus.ACTIVE || contract.status === ContractStatus.COMPLETED;
  refuse(!payable, `incentive payments only on an ACTIVE or COMPLETED contract; ${contract.reference} is ${contract.status}`);
}
