// Queries the read engine answers, chosen to reach every field and relation it compiles, with
// fragments, aliases, directives, variables and pagination. The reference answer is the oracle's.

const TRUST_FIELDS = `id odsCode name type sector financialForecast autonomySuspended currentRating inSpecialMeasures
  meetsSpecialMeasuresCriteria chiefExecutivesInLast12Months oversightBody eligibleForFoundationStatus`;
const CONTRACT_FIELDS = `id reference startsOn endsOn status reimbursementCap incentiveFund incentiveApproved incentivePaid reimbursed contractingBody version`;

export const DASHBOARD = `query Dashboard { trusts(first: 500) { totalCount nodes { odsCode name type sector oversightBody currentRating
  inSpecialMeasures chiefExecutivesInLast12Months financialForecast localSystem { code name }
  specialMeasuresEpisodes { placedOn reinspectionDueOn exitedOn } directorAppointments { startsOn director { name accountableTo } }
  buddyContracts { reference status incentiveFund incentivePaid partnerTrust { name currentRating } } inspections { inspectedOn overall wellLed } } } }`;

export const EVERYTHING_OF_A_TRUST = `query Everything($ods: String!) { trust(odsCode: $ods) { ${TRUST_FIELDS} __typename
  localSystem { id code name commissioners { id code name localSystem { code } } }
  inspections { id inspectedOn publishedOn overall safe effective caring responsive wellLed recommendation summary trust { odsCode } }
  specialMeasuresEpisodes { id placedOn reason extensions exitedOn exitType active reinspectionDueOn trust { name }
    entryInspection { id overall } exitInspection { id overall } }
  buddyContracts(first: 10) { ...Contract } partnerContracts(first: 10) { ...Contract }
  directorAppointments { id startsOn endsOn director { id code name accountableTo appointments { id startsOn } } trust { odsCode } }
  leadershipReviews { id reviewedOn reviewer scope outcome findings trust { odsCode } }
  leaders { id role name startedOn endedOn interim trust { odsCode } }
  currentChiefs: leaders(role: CHIEF_EXECUTIVE, current: true) { name }
  formerLeaders: leaders(current: false) { name endedOn }
  improvementPlan { id updateOverdue trust { odsCode } actions { id title keyQuestion dueOn status version } updates { id month summary publishedAt } }
  informationRequests(first: 50) { id topic period dueOn status answer answeredOn overdue version trust { odsCode } askers(first: 10) { id role organisation askedOn question dueOn } }
  openRequests: informationRequests(status: OPEN) { id }
} }
fragment Contract on BuddyContract { ${CONTRACT_FIELDS} supportedTrust { odsCode financialForecast } partnerTrust { odsCode financialForecast }
  outcomes(first: 60) { id period measure target achieved narrative reportedAt verification contract { reference } }
  payments(first: 60) { id amount status approvedAt paidOn contract { reference } outcome { id measure } }
  reimbursementClaims { id period daysGiven amount status submittedAt contract { reference } } }`;

export const PAGES = `query Pages($after: String, $skipMoney: Boolean!) { first: trusts(first: 3, after: $after, filter: { sector: ACUTE }) {
  __typename totalCount pageInfo { hasNextPage endCursor __typename } nodes { name financialForecast @skip(if: $skipMoney) ... on Trust { odsCode } }
} }`;

export const FILTERED = `query Filtered($filter: TrustFilter) { trusts(filter: $filter) { totalCount nodes { odsCode currentRating inSpecialMeasures localSystem { code } } } }`;

export const REFERENCE = `{ __typename localSystems { code name trusts(first: 30) { odsCode financialForecast partnerContracts(first: 10) { reference supportedTrust { odsCode } } }
  commissioners { code } } improvementDirectors { code name accountableTo appointments { startsOn endsOn trust { odsCode name } } } }`;

export const CONTRACTS = `query Contracts { buddyContracts(first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  nodes { ...Contract } edges { cursor node { reference } } } }
fragment Contract on BuddyContract { ${CONTRACT_FIELDS} supportedTrust { odsCode name currentRating financialForecast } partnerTrust { odsCode financialForecast }
  outcomes(first: 60) { id period measure target achieved narrative reportedAt verification contract { reference } }
  payments(first: 60) { id amount status approvedAt paidOn contract { reference } outcome { id measure } }
  firstClaim: reimbursementClaims(first: 1) { period } reimbursementClaims { id period daysGiven amount status submittedAt contract { reference } } }`;

export const REQUESTS = `query Requests($filter: InformationRequestFilter) { informationRequests(first: 200, filter: $filter) { totalCount
  nodes { id topic period dueOn status answer answeredOn overdue version trust { odsCode name financialForecast }
    askers { role organisation askedOn question dueOn } } } }`;

export const AUDIT = `{ auditEvents(first: 500) { totalCount pageInfo { hasNextPage } nodes { id at subject role organisation action entity entityId changes } } }`;

/** One row by id, for every row of the type named beside it. */
export const SINGLES = [
  ['query($id: ID!) { buddyContract(id: $id) { reference incentiveFund partnerTrust { name } payments { amount } } }', 'BuddyContract'],
  ['query($id: ID!) { inspection(id: $id) { inspectedOn publishedOn overall trust { odsCode financialForecast } } }', 'Inspection'],
  ['query($id: ID!) { informationRequest(id: $id) { topic status answer trust { odsCode } askers { organisation } } }', 'InformationRequest'],
] as const;
