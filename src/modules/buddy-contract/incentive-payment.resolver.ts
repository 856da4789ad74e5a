import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { BuddyContract } from './buddy-contract.entity';
import { ContractOutcome } from './contract-outcome.entity';
import { ProposeIncentivePaymentInput } from './contract-part.inputs';
import { IncentivePayment } from './incentive-payment.entity';
import { incentivePaymentService } from './incentive-payment.service';

@Resolver(() => IncentivePayment)
export class IncentivePaymentResolver {
  @Mutation(() => IncentivePayment)
  proposeIncentivePayment(@Ctx() ctx: RequestContext, @Arg('input', () => ProposeIncentivePaymentInput) input: ProposeIncentivePaymentInput) {
    return incentivePaymentService.propose(ctx, input);
  }

  @Mutation(() => IncentivePayment)
  approveIncentivePayment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return incentivePaymentService.approve(ctx, id);
  }

  @Mutation(() => IncentivePayment)
  withholdIncentivePayment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return incentivePaymentService.withhold(ctx, id);
  }

  @Mutation(() => IncentivePayment)
  markIncentivePaymentPaid(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('paidOn', () => DateScalar) paidOn: string) {
    return incentivePaymentService.markPaid(ctx, id, paidOn);
  }
}
