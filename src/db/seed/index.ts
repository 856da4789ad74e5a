// Fictional but realistic demo data for the special measures oversight platform.
//
// Every date is relative to today() (src/clock.ts), so the demo never goes stale, and every id is a
// stable UUID derived from a name, so the same today() always gives the same rows. The story of each
// trust (its history over a dozen years, then inspections, special measures, leaders, reviews, plan) is written in one place, in TRUSTS
// (trusts.data.ts); directors and buddy contracts, which span trusts, follow it (directors.data.ts,
// contracts.data.ts). The build-*.ts modules turn the story into rows, checking the rules of
// docs/domain.md#entities-and-rules as they go, and throw on a story that would break one.
import type { EntityManager } from '@mikro-orm/core';
import { today } from '../../clock';
import { PlanAction, Trust } from '../../modules/entities';
import { DEMO_PRINCIPALS } from '../demo-principals';
import { buildContract } from './build-contracts';
import { buildDirectorsAndAppointments } from './build-directors';
import { buildRequest } from './build-requests';
import { buildLocalSystems, buildTrustStory } from './build-trusts';
import { DemoCalendar } from './calendar';
import { CONTRACTS } from './contracts.data';
import { REQUESTS } from './requests.data';
import { check } from './rows';
import { SeedContext } from './seed-context';
import { TRUSTS } from './trusts.data';

export { stableId } from './ids';

/** Inserts the whole demo data set, dated relative to today(). The database should be empty. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const ctx = new SeedContext(em, new DemoCalendar(today()));
  buildDemo(ctx);
  await em.flush();
  await publishPlanUpdates(em, ctx);
}

/**
 * The monthly updates, round by round (every plan's first, then every plan's second, ...), each
 * plan's actions set as they stood when the update was published, and back to today's at the end:
 * so each update freezes the plan as it was then, as it would have been had it been published then.
 */
async function publishPlanUpdates(em: EntityManager, ctx: SeedContext): Promise<void> {
  const setStatuses = (statuses: { id: string; status: string }[]) => statuses.length && em.getConnection().execute(
    `update plan_action a set status = v.status from jsonb_to_recordset(?::jsonb) as v(id uuid, status text) where a.id = v.id`,
    [JSON.stringify(statuses)], 'run', em.getTransactionContext(), // inside the seed's transaction, if it has one
  );
  const rounds = Math.max(0, ...ctx.planUpdates.map((u) => u.round + 1));
  for (let round = 0; round < rounds; round++) {
    const updates = ctx.planUpdates.filter((u) => u.round === round);
    await setStatuses(updates.flatMap((u) => u.statuses));
    updates.forEach(({ update }) => em.persist(update));
    await em.flush();
  }
  await setStatuses(ctx.planUpdates.flatMap((u) => u.statuses.map(({ id }) => ({ id, status: em.getReference(PlanAction, id).status }))));
}

/** True when there are no trusts. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Trust, {})) === 0;
}

/** Builds every row of the demo, checking the rules as it goes. */
function buildDemo(ctx: SeedContext): void {
  buildLocalSystems(ctx);
  TRUSTS.forEach((spec, index) => buildTrustStory(ctx, spec, index));
  buildDirectorsAndAppointments(ctx);
  CONTRACTS.forEach((spec) => buildContract(ctx, spec));
  REQUESTS.forEach((spec) => buildRequest(ctx, spec));
  checkDemoPrincipals(ctx);
}

/** Every demo principal's organisation exists in the demo data. */
function checkDemoPrincipals(ctx: SeedContext): void {
  const orgs = new Set(['CQC', 'MONITOR', 'TDA', ...ctx.trusts.keys(), ...ctx.directors.keys(), ...ctx.commissionerCodes]);
  for (const principal of DEMO_PRINCIPALS) {
    check(principal.org === null || orgs.has(principal.org), `demo principal ${principal.role} ${principal.org} exists`);
  }
}
