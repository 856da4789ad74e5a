import { randomUUID } from 'node:crypto';
import { ForbiddenError as CaslForbiddenError } from '@casl/ability';
import { HeaderMap, type GraphQLResponse } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DeadlockException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, Kind, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './errors';
import { LIMIT_CODES, MAX_TOKENS } from './limits/query-limits';
import { loggerFor, logMaskedError } from './observability/masked-errors';

const LIMITS = new Set<unknown>(Object.values(LIMIT_CODES));
/** A live-updates connection asked for more subscriptions at once than LIVE_MAX_SUBSCRIPTIONS. */
export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';
// Codes that graphql-js, Apollo, our limits or our own scalars and context already set, which clients may see as they are.
const PUBLIC_CODES = new Set<unknown>([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'UNAUTHENTICATED',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', TOO_MANY_SUBSCRIPTIONS, ...LIMITS,
]);
// Apollo's own 4xx answers that carry no code, in words a client can act on.
const APOLLO_CLIENT_ERRORS: Record<string, string> = {
  'provided sha does not match query': 'extensions.persistedQuery.sha256Hash is not the SHA-256 of query: send the hash of this query',
};
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/; // graphql 16 writes "more that"

// Why the database could not serve a request. Neither is the client's doing, and a retry may well succeed:
// both answer SERVICE_UNAVAILABLE (HTTP 503 where the whole request failed, with Retry-After), in words
// that say which. Unavailable: PostgreSQL refused or dropped the connection (57P0x: shut down,
// terminated; 08xxx: connection failure; 25P03: a transaction left idle too long), pg's client found its
// connection broken, or no pooled connection came in time. Busy: a statement ran past
// DATABASE_STATEMENT_TIMEOUT_MS or was cancelled at shutdown (57014), or waited for a lock past
// DATABASE_LOCK_TIMEOUT_MS (55P03); nothing it did is kept, its transaction is rolled back.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '25P03']);
const UNAVAILABLE_MESSAGE = /Connection terminated|Timeout acquiring a connection|is not queryable/i;
const BUSY_CODES = new Set(['57014', '55P03']);
// 08P01 is a message the server refused (a NUL in a text), not a lost connection: a bug of ours, masked.
const PROTOCOL_VIOLATION = '08P01';
export const DATABASE_UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable: try again shortly' };
export const DATABASE_BUSY = { code: 'SERVICE_UNAVAILABLE', message: 'the database did not answer in time (a slow statement or a held lock): try again shortly' };
/** Seconds a client should wait before retrying a request the database could not serve. */
const RETRY_AFTER_SECONDS = '1';

type Cause = { code?: unknown; name?: string; message?: string; originalError?: unknown; cause?: unknown };
type Problem = { cause: Cause; answer: typeof DATABASE_UNAVAILABLE };

/** The error, or the one it wraps (GraphQL, MikroORM), saying the database cannot serve, and what to answer; undefined for any other. */
function databaseProblem(error: unknown): Problem | undefined {
  for (let e = error as Cause | undefined, depth = 0; e && depth < 5; e = (e.originalError ?? e.cause) as Cause | undefined, depth++) {
    const code = String(e.code ?? '');
    if (BUSY_CODES.has(code)) return { cause: e, answer: DATABASE_BUSY };
    if (UNAVAILABLE_CODES.has(code) || (code.startsWith('08') && code !== PROTOCOL_VIOLATION) || e.name === 'KnexTimeoutError' || UNAVAILABLE_MESSAGE.test(e.message ?? '')) {
      return { cause: e, answer: DATABASE_UNAVAILABLE };
    }
  }
  return undefined;
}

/** The database cannot serve (it is unreachable or too slow): nothing the client did wrong, and worth a retry. */
export const isDatabaseUnavailable = (error: unknown): boolean => databaseProblem(error) !== undefined;

/** One warning line naming the cause, without the SQL that a driver's message may hold. */
function logDatabaseProblem(error: unknown, problem: Problem): void {
  loggerFor(error).warn({ event: 'database unavailable', cause: problem.cause.code ?? problem.cause.name }, problem.answer.message);
}

const retryLater = () => ({ status: 503, headers: new HeaderMap([['retry-after', RETRY_AFTER_SECONDS]]) });

/** A request answered outside the executor (the planned read path) that the database could not serve: 503, as formatError words it. */
export function databaseUnavailableResponse(error: unknown): GraphQLResponse {
  const problem = databaseProblem(error) ?? { cause: {}, answer: DATABASE_UNAVAILABLE };
  logDatabaseProblem(error, problem);
  const { code, message } = problem.answer;
  return { http: retryLater(), body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}

/** The same, thrown while the request's context is built (the caller's access could not be read): Apollo answers it with this status and runs nothing. */
export function databaseUnavailableError(error: unknown): GraphQLError {
  const { code, message } = (databaseProblem(error) ?? { answer: DATABASE_UNAVAILABLE }).answer;
  return new GraphQLError(message, { originalError: error as Error, extensions: { code, http: retryLater() } });
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

const isClientStatus = (http: unknown) => {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

/** `message`, ending with where the refused literal is written: `(at "input.placedOn")`, as graphql-js says for variables. */
function namingTheInput(error: GraphQLError, message: string): string {
  const start = error.nodes?.[0]?.loc?.start;
  const body = error.source?.body;
  if (start === undefined || body === undefined) return message;
  let path: string | undefined;
  visit(parse(body, { maxTokens: MAX_TOKENS }), {
    enter(node, _key, _parent, _path, ancestors) {
      if ((node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD) || node.value.loc?.start !== start) return;
      const named = [...ancestors, node].filter((n): n is ASTNode & { name: { value: string } } =>
        !Array.isArray(n) && ((n as ASTNode).kind === Kind.ARGUMENT || (n as ASTNode).kind === Kind.OBJECT_FIELD));
      path = named.map((n) => n.name.value).join('.');
    },
  });
  return path ? `${message} (at "${path}")` : message;
}

// A message quotes what the client sent (an operation name, a variable's value, a field name), which
// may be most of a 1 MB body: a quoted part past MAX_QUOTED characters is cut, and so is a message past MAX_MESSAGE.
const MAX_QUOTED = 80;
const MAX_MESSAGE = 1000;
const LONG_QUOTE = new RegExp(`"((?:[^"\\\\]|\\\\.){${MAX_QUOTED}})(?:[^"\\\\]|\\\\.)+"`, 'g');

function cutEchoes(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.message.length <= MAX_QUOTED) return formatted;
  const message = formatted.message.replace(LONG_QUOTE, '"$1…"');
  return { ...formatted, message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message };
}

/** The one place errors become API error codes. Anything unexpected is logged and masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return cutEchoes(translate(formatted, error));
}

function translate(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return withCode(formatted, original.code, original.message);
  if (original instanceof CaslForbiddenError) return withCode(formatted, 'FORBIDDEN', original.message);
  if (original instanceof UniqueConstraintViolationException) {
    return withCode(formatted, 'CONFLICT', 'a row like this already exists (a uniqueness rule refused it)');
  }
  if (original instanceof OptimisticLockError) return withCode(formatted, 'CONFLICT', 'the row was changed by someone else: read it again');
  if (original instanceof DeadlockException) return withCode(formatted, 'CONFLICT', 'a concurrent change to the same rows won: try again');
  // A literal our scalars refuse (a Date of 2025-02-30 written in the query) fails validation,
  // but it is the shape of one input, as it is when the same value comes in a variable. A limit
  // (src/limits/) fails validation too, and keeps its own code.
  const ruleCode = original instanceof GraphQLError && original.originalError instanceof GraphQLError && original.originalError.extensions.code;
  if (ruleCode === 'BAD_USER_INPUT') return withCode(formatted, ruleCode, namingTheInput(original as GraphQLError, formatted.message));
  if (LIMITS.has(ruleCode)) return withCode(formatted, ruleCode as string, formatted.message);
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) {
    return withCode(formatted, LIMIT_CODES.tokens, `Token limit of ${MAX_TOKENS} exceeded: the query has more names, values and punctuation than that.`);
  }
  if (original instanceof GraphQLError && original.extensions.code === undefined && isClientStatus(original.extensions.http)) {
    return withCode(formatted, 'BAD_REQUEST', APOLLO_CLIENT_ERRORS[formatted.message] ?? formatted.message);
  }
  if (PUBLIC_CODES.has(formatted.extensions?.code)) return formatted;
  const problem = databaseProblem(original);
  if (problem) {
    logDatabaseProblem(error, problem);
    return withCode(formatted, problem.answer.code, problem.answer.message);
  }
  const correlationId = randomUUID();
  logMaskedError(error, { correlationId, path: formatted.path, error: String((original as Error)?.stack ?? original) });
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
// Apollo's own messages that name it and its settings, in production's fewer words.
const APOLLO_MESSAGES: [RegExp, string][] = [
  [/^GraphQL introspection is not allowed by Apollo Server.*$/s, 'GraphQL introspection is not allowed'],
  [/^Apollo Server supports only GET\/POST requests\.$/, 'only GET and POST requests are supported'],
  [/^Apollo Server received an operation that uses incremental delivery.*$/s, 'incremental delivery (@defer, @stream) is not supported'],
  [/Apollo ?Server/g, 'the server'],
];

/** Production's: the same, without "Did you mean …?" (armor's mask misses enum values and variables) nor Apollo's name. */
export function formatErrorWithoutSuggestions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = formatError(formatted, error);
  const message = APOLLO_MESSAGES.reduce((said, [pattern, words]) => said.replace(pattern, words), result.message.replace(SUGGESTION, ''));
  return { ...result, message };
}
