import { DEFAULT_NESTED_FIRST, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';

// Every limit a GraphQL document meets before it runs, in one place. A refusal is HTTP 400 with one
// of LIMIT_CODES, a message naming the limit and what was found, and runs no resolver and no SQL.

/** Tokens (names, punctuation, values) in the document: checked while lexing, so a huge body is never parsed whole. */
export const MAX_TOKENS = 2_000;
/** Nesting of fields, fragments flattened (`{ a { ...F } }` with `fragment F on A { b }` is 2 deep; `{ a { b } }` too). */
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_DIRECTIVES = 50;

/**
 * The most a query may cost: the longest its answer can be, in characters (src/limits/cost.ts).
 * Each value counts at its longest (a text at its column's declared length: an answer 20,000),
 * each list at the most rows it may give (`first`, DEFAULT_NESTED_FIRST for a nested list without
 * it, LIST_BOUNDS for a list that takes none). The regulator's dashboard, 500 trusts with every
 * nested list at its default 100, could reach 44 million; one trust with every contract, outcome,
 * payment and claim at the defaults, 88 million; 15 aliases of 500 information requests with
 * their answers and askers' questions, 1.7 billion.
 */
export const MAX_COST = 100_000_000;
/** Fields the cost walks, fragments counted at each spread: a chain of fragments each spread twice is refused here, not walked 2^n times. */
export const MAX_COSTED_FIELDS = 10_000;

export { DEFAULT_NESTED_FIRST, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/**
 * For each list that takes no `first`, the most rows it gives: the read engine cuts it there, and
 * the cost counts it so. Far above what England holds (42 integrated care systems, about 220 NHS
 * trusts), so that no real list is ever cut. A test keeps this table equal to the schema's lists
 * without `first`.
 */
export const LIST_BOUNDS: Record<string, number> = {
  'Query.localSystems': 500,
  'Query.improvementDirectors': 1000,
  'Query.myPermissions': 100,
  'PermissionRule.fields': 50,
  'Query.keyQuestionAgreement': 5,
  'Query.specialMeasuresStatus': 5000,
  'Query.specialMeasuresByYear': 200,
  'Query.reportingBurden': 5000,
  'Query.trustsOn': 5000,
  'Query.oneYearOn': 5000,
  'Query.interventionOutcomes': 5000,
  'RatingStep.keyQuestions': 5,
  'TrustConnection.nodes': 1,
  'TrustConnection.edges': 1,
  'BuddyContractConnection.nodes': 1,
  'BuddyContractConnection.edges': 1,
  'InformationRequestConnection.nodes': 1,
  'InformationRequestConnection.edges': 1,
  'AuditEventConnection.nodes': 1,
  'AuditEventConnection.edges': 1,
};

/** How long a string no column declares (a token's subject, a rule's description) counts. */
export const UNSTATED_STRING_LENGTH = 500;

/** The `extensions.code` of each refusal, all answered with HTTP 400. */
export const LIMIT_CODES = {
  tokens: 'TOO_MANY_TOKENS',
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  cost: 'QUERY_TOO_COSTLY',
} as const;
