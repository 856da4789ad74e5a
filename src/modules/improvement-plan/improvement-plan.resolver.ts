import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../auth/context';
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
}
