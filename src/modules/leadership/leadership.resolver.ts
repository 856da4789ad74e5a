import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { Trust } from '../trust/trust.entity';
import { leadershipChangeService } from './leadership-change.service';
import { LeadershipReview } from './leadership-review.entity';
import { LeadershipTenure } from './leadership-tenure.entity';
import { RecordLeadershipChangeInput, RecordLeadershipReviewInput } from './leadership.inputs';

@Resolver(() => LeadershipReview)
export class LeadershipReviewResolver {
  @Mutation(() => LeadershipReview)
  recordLeadershipReview(@Ctx() ctx: RequestContext, @Arg('input', () => RecordLeadershipReviewInput) input: RecordLeadershipReviewInput) {
    return leadershipChangeService.recordReview(ctx, input);
  }
}

@Resolver(() => LeadershipTenure)
export class LeadershipTenureResolver {
  @Mutation(() => LeadershipTenure)
  recordLeadershipChange(@Ctx() ctx: RequestContext, @Arg('input', () => RecordLeadershipChangeInput) input: RecordLeadershipChangeInput) {
    return leadershipChangeService.recordChange(ctx, input);
  }

  @Mutation(() => LeadershipTenure)
  endLeadershipTenure(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('endedOn', () => DateScalar) endedOn: string) {
    return leadershipChangeService.endTenure(ctx, id, endedOn);
  }
}
