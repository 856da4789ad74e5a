import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import { Trust } from '../trust/trust.entity';
import { Inspection } from './inspection.entity';
import { RecordInspectionInput } from './inspection.inputs';
import { inspectionService } from './inspection.service';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true })
  inspection(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return inspectionService.find(ctx, id);
  }

  @Mutation(() => Inspection)
  recordInspection(@Ctx() ctx: RequestContext, @Arg('input', () => RecordInspectionInput) input: RecordInspectionInput) {
    return inspectionService.record(ctx, input);
  }

  @Mutation(() => Inspection)
  publishInspection(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('publishedOn', () => DateScalar) publishedOn: string) {
    return inspectionService.publish(ctx, id, publishedOn);
  }

  @FieldResolver(() => Trust)
  trust(@Root() inspection: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Inspection.trust, inspection);
  }
}
