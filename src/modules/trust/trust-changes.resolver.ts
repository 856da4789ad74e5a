import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { trustChangesService } from './trust-changes.service';
import { Trust } from './trust.entity';

@Resolver(() => Trust)
export class TrustChangesResolver {
  @Mutation(() => Trust)
  setFoundationAutonomySuspended(@Ctx() ctx: RequestContext, @Arg('trustId', () => ID) trustId: string, @Arg('suspended', () => Boolean) suspended: boolean) {
    return trustChangesService.setAutonomySuspended(ctx, trustId, suspended);
  }

  @Mutation(() => Trust, { description: 'MONITOR authorises an eligible NHS trust as a foundation trust.' })
  authoriseFoundationTrust(@Ctx() ctx: RequestContext, @Arg('trustId', () => ID) trustId: string, @Arg('authorisedOn', () => DateScalar) authorisedOn: string) {
    return trustChangesService.authoriseFoundationTrust(ctx, trustId, authorisedOn);
  }

  @Mutation(() => Trust)
  setFinancialForecast(@Ctx() ctx: RequestContext, @Arg('trustId', () => ID) trustId: string, @Arg('forecast', () => MoneyScalar) forecast: string) {
    return trustChangesService.setFinancialForecast(ctx, trustId, forecast);
  }
}
