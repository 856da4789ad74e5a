import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Trust } from '../trust/trust.entity';
import { ImprovementPlan } from './improvement-plan.entity';
import { PlanAction } from './plan-action.entity';
import { PlanUpdate } from './plan-update.entity';

@Resolver(() => ImprovementPlan)
export class ImprovementPlanResolver {
  @FieldResolver(() => Trust)
  trust(@Root() plan: ImprovementPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.readable(Trust, plan.trust.id);
  }

  @FieldResolver(() => [PlanAction])
  actions(@Root() plan: ImprovementPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(PlanAction, 'plan', plan.id, { orderBy: { dueOn: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [PlanUpdate], { description: 'Monthly public updates, newest first.' })
  updates(@Root() plan: ImprovementPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(PlanUpdate, 'plan', plan.id, { orderBy: { month: 'desc' } });
  }
}
