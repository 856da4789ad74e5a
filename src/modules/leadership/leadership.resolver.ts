import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Trust } from '../trust/trust.entity';
import { LeadershipReview } from './leadership-review.entity';
import { LeadershipTenure } from './leadership-tenure.entity';

@Resolver(() => LeadershipReview)
export class LeadershipReviewResolver {
  @FieldResolver(() => Trust)
  trust(@Root() review: LeadershipReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.readable(Trust, review.trust.id);
  }
}

@Resolver(() => LeadershipTenure)
export class LeadershipTenureResolver {
  @FieldResolver(() => Trust)
  trust(@Root() tenure: LeadershipTenure, @Ctx() ctx: RequestContext) {
    return ctx.loaders.readable(Trust, tenure.trust.id);
  }
}
