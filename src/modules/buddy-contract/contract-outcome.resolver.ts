import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { OutcomeVerification } from '../../common/enums';
import type { RequestContext } from '../../auth/context';
import { BuddyContract } from './buddy-contract.entity';
import { ContractOutcome } from './contract-outcome.entity';
import { contractOutcomeService } from './contract-outcome.service';
import { ReportContractOutcomeInput } from './contract-part.inputs';

@Resolver(() => ContractOutcome)
export class ContractOutcomeResolver {
  @Mutation(() => ContractOutcome)
  reportContractOutcome(@Ctx() ctx: RequestContext, @Arg('input', () => ReportContractOutcomeInput) input: ReportContractOutcomeInput) {
    return contractOutcomeService.report(ctx, input);
  }

  @Mutation(() => ContractOutcome)
  verifyContractOutcome(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('verification', () => OutcomeVerification) verification: OutcomeVerification) {
    return contractOutcomeService.verify(ctx, id, verification);
  }
}
