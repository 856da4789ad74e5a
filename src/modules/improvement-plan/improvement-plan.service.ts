import { requiredLengthOf } from '../../common/lengths';
import { loadForChange } from '../../auth/guard';
import { change, checkVersion } from '../../change/change';
import { now } from '../../clock';
import { checkLabel, checkPastMonth, checkText } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { ConflictError } from '../../errors';
import { Trust } from '../trust/trust.entity';
import { ImprovementPlan } from './improvement-plan.entity';
import type { AddPlanActionInput, PublishPlanUpdateInput, UpdatePlanActionInput } from './improvement-plan.inputs';
import { PlanAction } from './plan-action.entity';
import { PlanUpdate } from './plan-update.entity';
import { countRows, findRow } from '../../db/entity-rows';

/** The trust (locked: one change of its plan at a time) and its plan, made on its first use. */
async function trustAndPlan(ctx: RequestContext, trustId: string) {
  const trust = await loadForChange(ctx, Trust, trustId);
  const plan = (await findRow(ctx.em, ImprovementPlan, { trust })) ?? ctx.em.create(ImprovementPlan, { trust }, { persist: false });
  return { trust, plan };
}

export const improvementPlanService = {
  addAction(ctx: RequestContext, input: AddPlanActionInput): Promise<PlanAction> {
    return change(ctx, {
      load: () => trustAndPlan(ctx, input.trustId),
      validate: () => ({ title: checkLabel(input.title, 'title', { max: 300 }) }),
      subject: ({ trust, plan }, { title }) => ({
        create: ctx.em.create(PlanAction, { plan, trust, title, keyQuestion: input.keyQuestion, dueOn: input.dueOn }, { persist: false }),
      }),
      apply: ({ plan }) => void ctx.em.persist(plan),
    });
  },

  /** A new status for an action read at `version`. */
  updateAction(ctx: RequestContext, input: UpdatePlanActionInput): Promise<PlanAction> {
    return change(ctx, {
      load: () => loadForChange(ctx, PlanAction, input.actionId, 'plan action'),
      subject: (action) => ({ update: action, field: 'status' }),
      rules: (action) => checkVersion('action', action, input.version),
      apply: (action) => {
        action.status = input.status;
      },
    });
  },

  /** The trust's public update for a month: one per month, never for a month to come. */
  publishUpdate(ctx: RequestContext, input: PublishPlanUpdateInput): Promise<PlanUpdate> {
    return change(ctx, {
      load: () => trustAndPlan(ctx, input.trustId),
      validate: () => ({ month: checkPastMonth(input.month, 'month'), summary: checkText(input.summary, 'summary', { max: requiredLengthOf(PlanUpdate, 'summary') }) }),
      subject: ({ trust, plan }, valid) => ({ create: ctx.em.create(PlanUpdate, { plan, trust, ...valid, publishedAt: now() }, { persist: false }) }),
      rules: async ({ plan }, { month }) => {
        if (await countRows(ctx.em, PlanUpdate, { plan, month })) throw new ConflictError(`an update for ${month} is already published: one per month`);
      },
      apply: ({ plan }) => void ctx.em.persist(plan),
    });
  },
};
