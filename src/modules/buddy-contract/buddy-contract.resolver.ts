import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ContractStatus } from '../../common/enums';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import { Trust } from '../trust/trust.entity';
import { BuddyContract } from './buddy-contract.entity';
import { ContractFilter, CreateBuddyContractInput } from './buddy-contract.inputs';
import { buddyContractService } from './buddy-contract.service';
import { ContractOutcome } from './contract-outcome.entity';
import { IncentivePayment } from './incentive-payment.entity';
import { ReimbursementClaim } from './reimbursement-claim.entity';

const BuddyContractConnection = Connection(BuddyContract, 'BuddyContractConnection');

@Resolver(() => BuddyContract)
export class BuddyContractResolver {
  @Query(() => BuddyContractConnection, { description: 'Ordered by reference.' })
  buddyContracts(@Ctx() ctx: RequestContext, @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return buddyContractService.list(ctx, filter, page.first, page.after);
  }

  @Query(() => BuddyContract, { nullable: true })
  buddyContract(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return buddyContractService.find(ctx, id);
  }

  @Mutation(() => BuddyContract)
  createBuddyContract(@Ctx() ctx: RequestContext, @Arg('input', () => CreateBuddyContractInput) input: CreateBuddyContractInput) {
    return buddyContractService.create(ctx, input);
  }

  @Mutation(() => BuddyContract)
  setBuddyContractStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ContractStatus) status: ContractStatus,
    @Arg('version', () => Int) version: number,
  ) {
    return buddyContractService.setStatus(ctx, id, status, version);
  }

  @FieldResolver(() => Trust, { nullable: true, description: 'Null where the caller may not read that trust (a commissioner, for a trust outside its system).' })
  supportedTrust(@Root() contract: BuddyContract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.BuddyContract.supportedTrust, contract);
  }

  @FieldResolver(() => Trust, { nullable: true, description: 'Null where the caller may not read that trust.' })
  partnerTrust(@Root() contract: BuddyContract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.BuddyContract.partnerTrust, contract);
  }

  @FieldResolver(() => [ContractOutcome])
  outcomes(@Root() contract: BuddyContract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.BuddyContract.outcomes, contract);
  }

  @FieldResolver(() => [IncentivePayment])
  payments(@Root() contract: BuddyContract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.BuddyContract.payments, contract);
  }

  @FieldResolver(() => [ReimbursementClaim])
  reimbursementClaims(@Root() contract: BuddyContract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.BuddyContract.reimbursementClaims, contract);
  }
}
