// Hostile queries that once exhausted the server and must be refused before anything runs, and the
// regulator's reads that must still pass.

/** `{ localSystems { trusts { odsCode localSystem { trusts { … } } } } }`, the trusts level `levels` times. */
export function nestedSystems(levels: number): string {
  let inner = 'odsCode';
  for (let level = 1; level < levels; level++) inner = `odsCode localSystem { trusts { ${inner} } }`;
  return `{ localSystems { trusts { ${inner} } } }`;
}

/** trust → buddyContracts → partnerTrust → partnerContracts → supportedTrust, `cycles` times. */
export function contractCycle(cycles: number): string {
  let inner = 'odsCode';
  for (let cycle = 0; cycle < cycles; cycle++) inner = `odsCode buddyContracts { partnerTrust { partnerContracts { supportedTrust { ${inner} } } } }`;
  return `{ trust(odsCode: "RN1") { ${inner} } }`;
}

/** 24,661 aliases of `trusts(first: 500) { nodes { id name } }`: a body just under express's 1 MB limit. */
export function aliasFlood(count = 24_661): string {
  const aliases = Array.from({ length: count }, (_, i) => `t${i}:trusts(first:500){nodes{id name}}`);
  return `{${aliases.join(' ')}}`;
}

/** 40 fragments each spreading the next twice: 2^40 fields once expanded. */
export function fragmentChain(length = 40): string {
  const fragments = Array.from({ length }, (_, i) => `fragment F${i} on Trust { ...F${i + 1} ...F${i + 1} }`).join('\n');
  return `{ trusts { nodes { ...F0 } } } ${fragments} fragment F${length} on Trust { id }`;
}

export const DASHBOARD = `query Dashboard { trusts(first: 500) { totalCount nodes { odsCode name type sector oversightBody
  currentRating inSpecialMeasures chiefExecutivesInLast12Months financialForecast localSystem { code name }
  specialMeasuresEpisodes { placedOn reinspectionDueOn exitedOn } directorAppointments { startsOn director { name accountableTo } }
  buddyContracts { reference status incentiveFund incentivePaid partnerTrust { name currentRating } }
  inspections { inspectedOn overall wellLed } } } }`;

const INSPECTION = 'id inspectedOn publishedOn overall safe effective caring responsive wellLed recommendation summary';
/**
 * One trust by ODS code with every list of Trust and every list beneath those: each list at its
 * default size (100) with `sized` false, which may hold far more than a trust has; sized to what a
 * trust holds (its contracts' months of outcomes and claims) with `sized` true.
 */
export function oneTrustWithEverything(sized: boolean): string {
  const n = (first: number) => (sized ? `(first: ${first})` : '');
  const contract = `id reference startsOn endsOn status reimbursementCap incentiveFund incentiveApproved incentivePaid reimbursed
    contractingBody version supportedTrust { odsCode name } partnerTrust { odsCode name }
    outcomes${n(60)} { id period measure target achieved narrative reportedAt verification }
    payments${n(60)} { id amount status approvedAt paidOn outcome { id period measure } }
    reimbursementClaims${n(36)} { id period daysGiven amount status submittedAt }`;
  return `query OneTrust($ods: String!) { trust(odsCode: $ods) {
  id odsCode name type sector financialForecast autonomySuspended currentRating inSpecialMeasures
  meetsSpecialMeasuresCriteria chiefExecutivesInLast12Months oversightBody eligibleForFoundationStatus
  localSystem { id code name commissioners${n(20)} { id code name } }
  inspections${n(30)} { ${INSPECTION} }
  specialMeasuresEpisodes${n(5)} { id placedOn reason extensions exitedOn exitType active reinspectionDueOn
    entryInspection { ${INSPECTION} } exitInspection { ${INSPECTION} } }
  buddyContracts${n(10)} { ${contract} }
  partnerContracts${n(10)} { ${contract} }
  directorAppointments${n(10)} { id startsOn endsOn director { id code name accountableTo appointments${n(20)} { id startsOn endsOn trust { odsCode } } } }
  leadershipReviews${n(20)} { id reviewedOn reviewer scope outcome findings }
  leaders${n(50)} { id role name startedOn endedOn interim }
  improvementPlan { id updateOverdue actions${n(100)} { id title keyQuestion dueOn status version } updates${n(60)} { id month summary publishedAt } }
  informationRequests${n(100)} { id topic period dueOn status answer answeredOn overdue version
    askers${n(10)} { id role organisation askedOn question dueOn } }
} }`;
}

/** One trust with every list beneath it, sized to what a trust holds. */
export const ONE_TRUST_WITH_EVERYTHING = oneTrustWithEverything(true);

/** 15 aliases (the most allowed) of 500 information requests with their answers and their askers' questions. */
export const REQUEST_TEXTS_FLOOD = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: informationRequests(first: 500) { nodes { answer askers { question } } }`).join(' ')} }`;
