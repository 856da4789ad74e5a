import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ClaimStatus } from '../../common/enums';
import type { RequestContext } from '../../auth/context';
import { BuddyContract } from './buddy-contract.entity';
import { ClaimReimbursementInput } from './contract-part.inputs';
import { ReimbursementClaim } from './reimbursement-claim.entity';
import { reimbursementClaimService } from './reimbursement-claim.service';

@Resolver(() => ReimbursementClaim)
export class ReimbursementClaimResolver {
  @Mutation(() => ReimbursementClaim)
  claimReimbursement(@Ctx() ctx: RequestContext, @Arg('input', () => ClaimReimbursementInput) input: ClaimReimbursementInput) {
    return reimbursementClaimService.claim(ctx, input);
  }

  @Mutation(() => ReimbursementClaim)
  decideReimbursementClaim(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('status', () => ClaimStatus) status: ClaimStatus) {
    return reimbursementClaimService.decide(ctx, id, status);
  }
}
