import { Arg, Ctx, Float, Query, Resolver } from 'type-graphql';
import { Sector } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { analyticsService } from './analytics.service';
import { KeyQuestionAgreement, SpecialMeasuresStatus, SpecialMeasuresYear } from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  @Query(() => [KeyQuestionAgreement], { description: 'Per key question, the share of published inspections whose overall rating equals it (those the caller may read).' })
  keyQuestionAgreement(
    @Ctx() ctx: RequestContext,
    @Arg('sector', () => Sector, { nullable: true }) sector: Sector | null,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | null,
  ) {
    return analyticsService.keyQuestionAgreement(ctx, sector, from, to);
  }

  @Query(() => [SpecialMeasuresStatus], { description: 'Trusts in special measures now, the most overdue re-inspection first.' })
  specialMeasuresStatus(@Ctx() ctx: RequestContext) {
    return analyticsService.specialMeasuresStatus(ctx);
  }

  @Query(() => [SpecialMeasuresYear], { description: 'Trusts entering and leaving special measures, per calendar year.' })
  specialMeasuresByYear(@Ctx() ctx: RequestContext) {
    return analyticsService.specialMeasuresByYear(ctx);
  }

  @Query(() => Float, { nullable: true, description: 'Median whole months from placement to exit, over exited episodes; null when none.' })
  medianMonthsToExit(@Ctx() ctx: RequestContext) {
    return analyticsService.medianMonthsToExit(ctx);
  }
}
