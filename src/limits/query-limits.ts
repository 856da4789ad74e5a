import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';

// Every limit a GraphQL document meets before it runs, in one place. A refusal is HTTP 400 with one
// of LIMIT_CODES, a message naming the limit and what was found, and runs no resolver and no SQL.

/** Tokens (names, punctuation, values) in the document: checked while lexing, so a huge body is never parsed whole. */
export const MAX_TOKENS = 2_000;
/** Nesting of fields, fragments flattened (`{ a { ...F } }` with `fragment F on A { b }` is 2 deep; `{ a { b } }` too). */
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_DIRECTIVES = 50;

/**
 * The most a query may cost. A field costs 1 plus its children's cost times how many rows it may
 * give: `first` for a connection (DEFAULT_PAGE_SIZE when unset, MAX_PAGE_SIZE at most), LIST_BOUNDS
 * for a list, 1 otherwise: an upper bound on the fields of the answer. The regulator's dashboard
 * (500 trusts with their episodes, appointments, contracts and inspections) costs 116,501, one
 * trust with every list beneath it 42,072, every plan of 500 trusts 294,001; the hostile queries of
 * issue 11 cost 37 million (the aliases) to 10^12 (7 nested systems) and 10^32 (16 contract cycles).
 */
export const MAX_COST = 500_000;
/** Fields the cost walks, fragments counted at each spread: a chain of fragments each spread twice is refused here, not walked 2^n times. */
export const MAX_COSTED_FIELDS = 10_000;

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/**
 * For each unpaginated list, the most rows it can realistically hold, for the cost alone (nothing
 * is cut at this size). England has 42 integrated care systems and about 220 NHS trusts; a trust is
 * inspected every one to three years, a contract runs up to three years with monthly claims.
 * A `*Connection.nodes` list is 1: its page size is counted at the connection field. A test keeps
 * this table equal to the schema's lists of objects.
 */
export const LIST_BOUNDS: Record<string, number> = {
  'Query.localSystems': 50,
  'Query.improvementDirectors': 100,
  'Query.myPermissions': 100,
  'Query.keyQuestionAgreement': 5,
  'Query.specialMeasuresStatus': 250,
  'Query.specialMeasuresByYear': 50,
  'Query.reportingBurden': 250,
  'LocalSystem.trusts': 30,
  'LocalSystem.commissioners': 20,
  'Trust.inspections': 30,
  'Trust.specialMeasuresEpisodes': 5,
  'Trust.buddyContracts': 10,
  'Trust.partnerContracts': 10,
  'Trust.directorAppointments': 10,
  'Trust.leadershipReviews': 20,
  'Trust.leaders': 50,
  'Trust.informationRequests': 200,
  'BuddyContract.outcomes': 60,
  'BuddyContract.payments': 60,
  'BuddyContract.reimbursementClaims': 36,
  'ImprovementDirector.appointments': 20,
  'ImprovementPlan.actions': 100,
  'ImprovementPlan.updates': 60,
  'InformationRequest.askers': 10,
  'TrustConnection.nodes': 1,
  'BuddyContractConnection.nodes': 1,
  'InformationRequestConnection.nodes': 1,
  'AuditEventConnection.nodes': 1,
};

/** What a list missing from LIST_BOUNDS counts as (a test makes sure none is missing). */
export const UNSTATED_LIST_BOUND = MAX_PAGE_SIZE;

/** The `extensions.code` of each refusal, all answered with HTTP 400. */
export const LIMIT_CODES = {
  tokens: 'TOO_MANY_TOKENS',
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  cost: 'QUERY_TOO_COSTLY',
} as const;
