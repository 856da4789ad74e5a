import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BuddyContract } from './buddy-contract.entity';
import { ContractOutcome } from './contract-outcome.entity';
import type { ContractPart } from './contract-part.entity';
import { IncentivePayment } from './incentive-payment.entity';
import { ReimbursementClaim } from './reimbursement-claim.entity';

// A contract part is read only with its contract, so the contract is always readable here.
const contractOf = (part: ContractPart, ctx: RequestContext) => ctx.loaders.readable(BuddyContract, part.contract.id);

@Resolver(() => ContractOutcome)
export class ContractOutcomeResolver {
  @FieldResolver(() => BuddyContract)
  contract(@Root() outcome: ContractOutcome, @Ctx() ctx: RequestContext) {
    return contractOf(outcome, ctx);
  }
}

@Resolver(() => IncentivePayment)
export class IncentivePaymentResolver {
  @FieldResolver(() => BuddyContract)
  contract(@Root() payment: IncentivePayment, @Ctx() ctx: RequestContext) {
    return contractOf(payment, ctx);
  }

  @FieldResolver(() => ContractOutcome)
  outcome(@Root() payment: IncentivePayment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.readable(ContractOutcome, payment.outcome.id);
  }
}

@Resolver(() => ReimbursementClaim)
export class ReimbursementClaimResolver {
  @FieldResolver(() => BuddyContract)
  contract(@Root() claim: ReimbursementClaim, @Ctx() ctx: RequestContext) {
    return contractOf(claim, ctx);
  }
}
