import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { readableById } from '../../auth/access-filter';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { Inspection } from './inspection.entity';
import { RecordInspectionInput } from './inspection.inputs';
import { inspectionService } from './inspection.service';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true })
  inspection(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return readableById(ctx.ability, Inspection, id);
  }

  @Mutation(() => Inspection)
  recordInspection(@Ctx() ctx: RequestContext, @Arg('input', () => RecordInspectionInput) input: RecordInspectionInput) {
    return inspectionService.record(ctx, input);
  }

  @Mutation(() => Inspection)
  publishInspection(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('publishedOn', () => DateScalar) publishedOn: string) {
    return inspectionService.publish(ctx, id, publishedOn);
  }
}
