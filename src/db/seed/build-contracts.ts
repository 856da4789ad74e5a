// Each buddy contract: checked against the rules as they stood when its term started, then, for an
// active or completed one, its monthly reports (build-contract-reports.ts).
import { addDays, addMonths, monthOf } from '../../clock';
import { ContractStatus, Rating } from '../../common/enums';
import { BuddyContract } from '../../modules/entities';
import { monthsBetween } from './calendar';
import { buildClaims, buildOutcomes, buildPayments } from './build-contract-reports';
import { CONTRACTS } from './contracts.data';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { ContractSpec } from './specs';

export function buildContract(ctx: SeedContext, spec: ContractSpec): void {
  const supportedTrust = ctx.trusts.get(spec.supported)!;
  const partnerTrust = ctx.trusts.get(spec.partner)!;
  const startsOn = ctx.cal.monthStart(spec.startsMonthsAgo);
  const endsOn = addDays(addMonths(startsOn, spec.termMonths), -1);
  // The rules at creation, taken as of the start of the term.
  const partnerRating = ctx.latestPublished(spec.partner, startsOn)?.overall;
  check(spec.supported !== spec.partner, `${spec.supported}: partner is not the supported trust`);
  check(spec.status === ContractStatus.DRAFT || ctx.inSpecialMeasuresOn(spec.supported, startsOn),
    `${spec.supported}: in special measures when its contract starts`);
  check(spec.status !== ContractStatus.DRAFT || ctx.activeEpisode(spec.supported) !== undefined, `${spec.supported}: draft contract for a trust in special measures`);
  check((partnerRating === Rating.GOOD || partnerRating === Rating.OUTSTANDING) && !ctx.inSpecialMeasuresOn(spec.partner, startsOn),
    `${spec.partner}: partner rated good or outstanding and not in special measures`);

  const key = keyFor(spec);
  const contract = insert(ctx.em, BuddyContract, {
    id: stableId('buddy-contract', key),
    reference: referenceFor(ctx, spec),
    supportedTrust,
    partnerTrust,
    startsOn,
    endsOn,
    status: spec.status,
    reimbursementCap: spec.reimbursementCap,
    incentiveFund: spec.incentiveFund,
  });
  if (spec.status !== ContractStatus.ACTIVE && spec.status !== ContractStatus.COMPLETED) {
    check(spec.measures.length === 0 && !spec.payments?.length, `${key}: only active or completed contracts have outcomes`);
    return;
  }
  const lastMonth = monthOf(endsOn) < ctx.cal.lastFullMonth ? monthOf(endsOn) : ctx.cal.lastFullMonth;
  const months = monthsBetween(monthOf(startsOn), lastMonth);
  const outcomes = buildOutcomes(ctx, contract, spec, key, months);
  buildPayments(ctx, contract, spec, key, outcomes);
  buildClaims(ctx, contract, spec, key, months);
}

/** BC-<year of start>-<nnn>: numbered within the year in order of start. */
function referenceFor(ctx: SeedContext, spec: ContractSpec): string {
  const year = ctx.cal.monthStart(spec.startsMonthsAgo).slice(0, 4);
  const sameYear = CONTRACTS
    .filter((c) => ctx.cal.monthStart(c.startsMonthsAgo).slice(0, 4) === year)
    .sort((a, b) => b.startsMonthsAgo - a.startsMonthsAgo || CONTRACTS.indexOf(a) - CONTRACTS.indexOf(b));
  return `BC-${year}-${String(sameYear.indexOf(spec) + 1).padStart(3, '0')}`;
}

/** supported/partner, and #n for the pair's n-th contract after the first. */
function keyFor(spec: ContractSpec): string {
  const again = CONTRACTS.filter((c) => c.supported === spec.supported && c.partner === spec.partner).indexOf(spec);
  return `${spec.supported}/${spec.partner}${again ? `#${again}` : ''}`;
}
