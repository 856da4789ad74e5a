import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import { Trust } from '../trust/trust.entity';
import { ImprovementPlan } from './improvement-plan.entity';
import { AddPlanActionInput, PublishPlanUpdateInput, UpdatePlanActionInput } from './improvement-plan.inputs';
import { improvementPlanService } from './improvement-plan.service';
import { PlanAction } from './plan-action.entity';
import { PlanUpdate } from './plan-update.entity';

@Resolver(() => ImprovementPlan)
export class ImprovementPlanResolver {
  @Mutation(() => PlanAction)
  addPlanAction(@Ctx() ctx: RequestContext, @Arg('input', () => AddPlanActionInput) input: AddPlanActionInput) {
    return improvementPlanService.addAction(ctx, input);
  }

  @Mutation(() => PlanAction)
  updatePlanAction(@Ctx() ctx: RequestContext, @Arg('input', () => UpdatePlanActionInput) input: UpdatePlanActionInput) {
    return improvementPlanService.updateAction(ctx, input);
  }

  @Mutation(() => PlanUpdate)
  publishPlanUpdate(@Ctx() ctx: RequestContext, @Arg('input', () => PublishPlanUpdateInput) input: PublishPlanUpdateInput) {
    return improvementPlanService.publishUpdate(ctx, input);
  }

  @FieldResolver(() => Trust)
  trust(@Root() plan: ImprovementPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.ImprovementPlan.trust, plan);
  }

  @FieldResolver(() => [PlanAction])
  actions(@Root() plan: ImprovementPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.ImprovementPlan.actions, plan);
  }

  @FieldResolver(() => [PlanUpdate], { description: 'Monthly public updates, newest first.' })
  updates(@Root() plan: ImprovementPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.ImprovementPlan.updates, plan);
  }
}
