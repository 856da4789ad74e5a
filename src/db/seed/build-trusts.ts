// Local systems with their commissioners, then each trust's story in the order of TRUSTS: the trust,
// its inspections, special measures episodes, leaders, leadership reviews and improvement plan.
import { TrustType, oversightBodyOf } from '../../common/enums';
import { Commissioner, LeadershipReview, LocalSystem, Trust } from '../../modules/entities';
import { buildEpisodes } from './build-episodes';
import { buildInspections } from './build-inspections';
import { buildLeaders } from './build-leaders';
import { buildPlan } from './build-plans';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { TrustSpec } from './specs';
import { SYSTEMS } from './trusts.data';

const { FOUNDATION_TRUST: FT } = TrustType;

export function buildLocalSystems(ctx: SeedContext): void {
  for (const { code, name, commissioner } of SYSTEMS) {
    const system = insert(ctx.em, LocalSystem, { id: stableId('local-system', code), code, name });
    ctx.systems.set(code, system);
    insert(ctx.em, Commissioner, { id: stableId('commissioner', commissioner.code), ...commissioner, localSystem: system });
    ctx.commissionerCodes.push(commissioner.code);
  }
}

export function buildTrustStory(ctx: SeedContext, spec: TrustSpec, index: number): void {
  const localSystem = ctx.systems.get(spec.system);
  check(localSystem !== undefined, `${spec.ods}: unknown local system ${spec.system}`);
  check(/^R[A-Z0-9]{2}$/.test(spec.ods) && !ctx.trusts.has(spec.ods), `${spec.ods}: ODS code`);
  check((spec.authorisedYearsAgo !== undefined) === (spec.type === FT), `${spec.ods}: only foundation trusts are authorised`);
  const trust = insert(ctx.em, Trust, {
    id: stableId('trust', spec.ods),
    odsCode: spec.ods,
    name: spec.name,
    type: spec.type,
    sector: spec.sector,
    localSystem: localSystem!,
    financialForecast: spec.forecast ?? null,
    autonomySuspended: spec.autonomySuspended ?? false,
    foundationAuthorisedOn: spec.authorisedYearsAgo ? ctx.cal.monthStart(12 * spec.authorisedYearsAgo) : null,
  });
  ctx.trusts.set(spec.ods, trust);

  buildInspections(ctx, trust, spec, index);
  buildEpisodes(ctx, trust, spec);
  check(!spec.autonomySuspended || (spec.type === FT && ctx.activeEpisode(spec.ods) !== undefined),
    `${spec.ods}: only a foundation trust in special measures may have its autonomy suspended`);
  buildLeaders(ctx, trust, spec, index);
  for (const [i, review] of (spec.reviews ?? []).entries()) {
    insert(ctx.em, LeadershipReview, {
      id: stableId('leadership-review', `${spec.ods}#${i}`),
      trust,
      reviewedOn: ctx.cal.monthsAgo(review.monthsAgo, index % 9),
      reviewer: oversightBodyOf(spec.type),
      scope: review.scope,
      outcome: review.outcome,
      findings: review.findings,
    });
  }
  if (spec.plan) buildPlan(ctx, trust, spec.plan);
}
