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

const { NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE } = ActionStatus;

/**
 * How an action whose status is `final` today stood on `date`, so that each monthly update freezes
 * a plan that moves: not started for the plan's first two months, then on track, until a completed
 * action is done a month before it falls due, an overdue one slips two months before and is off
 * track from its due date, and one at risk today became so two months ago.
 */
function statusOn(final: ActionStatus, dueOn: string, date: string, planStart: string, today: string): ActionStatus {
  const started = date >= addMonths(planStart, 2) ? ON_TRACK : NOT_STARTED;
  if (final === COMPLETE) return date >= addMonths(dueOn, -1) ? COMPLETE : started;
  if (final === OFF_TRACK) return date >= dueOn ? OFF_TRACK : date >= addMonths(dueOn, -2) ? AT_RISK : started;
  if (final === AT_RISK) return date >= addMonths(today, -2) ? AT_RISK : started;
  return final === NOT_STARTED ? NOT_STARTED : started;
}

export function buildPlan(ctx: SeedContext, trust: Trust, spec: PlanSpec): void {
  const ods = trust.odsCode;
  const plan = insert(ctx.em, ImprovementPlan, { id: stableId('improvement-plan', ods), trust });
  const actions = spec.actions.map(([keyQuestion, title, dueInMonths, status], i) => {
    const dueOn = addMonths(ctx.cal.today, dueInMonths);
    const past = dueOn < ctx.cal.today;
    check(past ? status === COMPLETE || status === OFF_TRACK : status !== OFF_TRACK, `${ods}: action "${title}" status fits its due date`);
    return insert(ctx.em, PlanAction, { id: stableId('plan-action', `${ods}#${i}`), plan, trust, title, keyQuestion, dueOn, status });
  });
  // Monthly updates from the month after placement (the last episode's) to the last full month.
  const placedOn = ctx.episodes.get(ods)!.at(-1)!.placedOn;
  const firstMonth = monthOf(nextMonthStart(monthOf(placedOn)));
  const lastMonth = monthOf(addMonths(firstOf(ctx.cal.lastFullMonth), -spec.monthsBehind));
  const months = monthsBetween(firstMonth < lastMonth ? firstMonth : lastMonth, lastMonth);
  months.forEach((month, i) => {
    const publishedOn = addDays(nextMonthStart(month), 1 + (i % 5));
    const statuses = actions.map((action) => {
      const status = statusOn(action.status, action.dueOn, publishedOn, firstOf(firstMonth), ctx.cal.today);
      check(publishedOn < action.dueOn || status === COMPLETE || status === OFF_TRACK, `${ods}: action "${action.title}" stood as its due date allows on ${publishedOn}`);
      return { id: action.id, status };
    });
    ctx.planUpdates.push({ round: i, statuses, update: ctx.em.create(PlanUpdate, {
      id: stableId('plan-update', `${ods}/${month}`),
      plan,
      trust,
      month,
      summary: `${monthLabel(month)}: ${UPDATE_SUMMARIES[(i + ods.charCodeAt(2)) % UPDATE_SUMMARIES.length]}`,
      publishedAt: ctx.cal.instant(publishedOn, 10),
    }, { persist: false }) });
  });
}
