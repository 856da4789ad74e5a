import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { LIMIT_CODES, MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from './query-limits';

type RejectCallback = (context: ValidationContext | null, error: GraphQLError) => void;

/** Armor's refusal, with our code and without its misleading "Syntax Error:" prefix. */
function refuseWith(code: string): { propagateOnRejection: false; onReject: RejectCallback[] } {
  const report: RejectCallback = (context, error) =>
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));
  return { propagateOnRejection: false, onReject: [report] };
}

/** The parser's limit: lexing stops at the token past MAX_TOKENS, so a 1 MB body is never parsed whole. */
export const PARSE_OPTIONS = { maxTokens: MAX_TOKENS };

/** GraphQL Armor, every protection set here: its cost limit off (src/limits/cost.ts replaces it). */
export function armorProtection(production: boolean) {
  return new ApolloArmor({
    costLimit: { enabled: false },
    // Its Apollo plugin throws from parsingDidStart, which Apollo 5 answers with HTTP 500: the same
    // limit is graphql-js's own parser option instead (PARSE_OPTIONS), a 400 before the document is built.
    maxTokens: { enabled: false, n: MAX_TOKENS },
    maxDepth: { enabled: true, n: MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, exposeLimits: true, ...refuseWith(LIMIT_CODES.depth) },
    maxAliases: { enabled: true, n: MAX_ALIASES, exposeLimits: true, ...refuseWith(LIMIT_CODES.aliases) },
    maxDirectives: { enabled: true, n: MAX_DIRECTIVES, exposeLimits: true, ...refuseWith(LIMIT_CODES.directives) },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
