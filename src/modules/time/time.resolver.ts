import { Arg, Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { timeService } from './time.service';
import { EpisodeProgress, InterventionOutcome, TrustStatus } from './time.types';

/** Episodes placed between two dates, either end open. */
@ArgsType()
class PlacedBetween {
  @Field(() => DateScalar, { nullable: true }) placedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) placedTo?: string | null;
}

@Resolver()
export class TimeResolver {
  @Query(() => [TrustStatus], { description: 'Every trust the caller may read as it stood on a date, by name; those in (or out of) special measures then if asked.' })
  trustsOn(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => DateScalar) date: string,
    @Arg('inSpecialMeasures', () => Boolean, { nullable: true }) inSpecialMeasures: boolean | null,
  ) {
    return timeService.trustsOn(ctx, date, inSpecialMeasures);
  }

  @Query(() => [EpisodeProgress], { description: 'Per episode placed in the range: ratings at placement against the first published re-inspection.' })
  oneYearOn(@Ctx() ctx: RequestContext, @Args() { placedFrom, placedTo }: PlacedBetween) {
    return timeService.oneYearOn(ctx, placedFrom, placedTo);
  }

  @Query(() => [InterventionOutcome], { description: 'Per episode placed in the range: the interventions it received and how it ended.' })
  interventionOutcomes(@Ctx() ctx: RequestContext, @Args() { placedFrom, placedTo }: PlacedBetween) {
    return timeService.interventionOutcomes(ctx, placedFrom, placedTo);
  }
}
