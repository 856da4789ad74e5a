import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../auth/context';
import { Trust } from './trust.entity';
import { TrustFilter, TrustOrderBy } from './trust.inputs';
import { trustService } from './trust.service';

const TrustConnection = Connection(Trust, 'TrustConnection');

@Resolver(() => Trust)
export class TrustResolver {
  @Query(() => TrustConnection, { description: 'Ordered by orderBy, else by name; then id. first or last: 1 to 500, default 50.' })
  trusts(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TrustFilter, { nullable: true }) filter: TrustFilter | null,
    @Arg('orderBy', () => [TrustOrderBy], { nullable: true }) orderBy: TrustOrderBy[] | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return trustService.list(ctx, filter, page, orderBy);
  }

  @Query(() => Trust, { nullable: true, description: 'Exactly one of id and odsCode.' })
  trust(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { nullable: true }) id: string | null, @Arg('odsCode', () => String, { nullable: true }) odsCode: string | null) {
    return trustService.find(ctx, id, odsCode);
  }
}
