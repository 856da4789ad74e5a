import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { readableById } from '../../auth/access-filter';
import { ContractStatus } from '../../common/enums';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../auth/context';
import { BuddyContract } from './buddy-contract.entity';
import { ContractFilter, CreateBuddyContractInput } from './buddy-contract.inputs';
import { buddyContractService } from './buddy-contract.service';

const BuddyContractConnection = Connection(BuddyContract, 'BuddyContractConnection');

@Resolver(() => BuddyContract)
export class BuddyContractResolver {
  @Query(() => BuddyContractConnection, { description: 'Ordered by reference.' })
  buddyContracts(@Ctx() ctx: RequestContext, @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return buddyContractService.list(ctx, filter, page);
  }

  @Query(() => BuddyContract, { nullable: true })
  buddyContract(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return readableById(ctx.ability, BuddyContract, id);
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
}
