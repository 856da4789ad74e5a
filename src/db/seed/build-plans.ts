// A trust's improvement plan: its actions, and an update for every month since special measures began.
import { addDays, addMonths, monthOf } from '../../clock';
import { ActionStatus } from '../../common/enums';
import { ImprovementPlan, PlanAction, PlanUpdate, type Trust } from '../../modules/entities';
import { firstOf, monthLabel, monthsBetween, nextMonthStart } from './calendar';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { PlanSpec } from './specs';
import { UPDATE_SUMMARIES } from './texts';

const { OFF_TRACK, COMPLETE } = ActionStatus;

export function buildPlan(ctx: SeedContext, trust: Trust, spec: PlanSpec): void {
  const ods = trust.odsCode;
  const plan = insert(ctx.em, ImprovementPlan, { id: stableId('improvement-plan', ods), trust });
  spec.actions.forEach(([keyQuestion, title, dueInMonths, status], i) => {
    const dueOn = addMonths(ctx.cal.today, dueInMonths);
    const past = dueOn < ctx.cal.today;
    check(past ? status === COMPLETE || status === OFF_TRACK : status !== OFF_TRACK, `${ods}: action "${title}" status fits its due date`);
    insert(ctx.em, PlanAction, { id: stableId('plan-action', `${ods}#${i}`), plan, trust, title, keyQuestion, dueOn, status });
  });
  // Monthly updates from the month after placement (the last episode's) to the last full month.
  const placedOn = ctx.episodes.get(ods)!.at(-1)!.placedOn;
  const firstMonth = monthOf(nextMonthStart(monthOf(placedOn)));
  const lastMonth = monthOf(addMonths(firstOf(ctx.cal.lastFullMonth), -spec.monthsBehind));
  const months = monthsBetween(firstMonth < lastMonth ? firstMonth : lastMonth, lastMonth);
  months.forEach((month, i) => {
    ctx.planUpdates.push(ctx.em.create(PlanUpdate, {
      id: stableId('plan-update', `${ods}/${month}`),
      plan,
      trust,
      month,
      summary: `${monthLabel(month)}: ${UPDATE_SUMMARIES[(i + ods.charCodeAt(2)) % UPDATE_SUMMARIES.length]}`,
      publishedAt: ctx.cal.instant(addDays(nextMonthStart(month), 1 + (i % 5)), 10),
    }, { persist: false }));
  });
}
