import { randomUUID } from 'node:crypto';
import { ForbiddenError as CaslForbiddenError } from '@casl/ability';
import { HeaderMap, type GraphQLResponse } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DeadlockException, LockWaitTimeoutException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, Kind, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './errors';
import { LIMIT_CODES, MAX_TOKENS } from './limits/query-limits';
import { logMaskedError } from './observability/masked-errors';

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
// PostgreSQL refused or dropped the connection (57P0x: shut down, terminated; 08xxx: connection failure), or no pooled one came in time.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', '57P01', '57P02', '57P03']);
const UNAVAILABLE_MESSAGE = /Connection terminated|Timeout acquiring a connection/i;
// 08P01 is a message the server refused (a NUL in a text), not a lost connection: a bug of ours, masked.
const PROTOCOL_VIOLATION = '08P01';
export const DATABASE_UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable: try again shortly' };

type Cause = { code?: unknown; name?: string; message?: string; originalError?: unknown; cause?: unknown };

/** The error, or the one it wraps (GraphQL, MikroORM), saying the database cannot serve; undefined for any other. */
function unavailableCause(error: unknown): Cause | undefined {
  for (let e = error as Cause | undefined, depth = 0; e && depth < 5; e = (e.originalError ?? e.cause) as Cause | undefined, depth++) {
    const code = String(e.code ?? '');
    if (UNAVAILABLE_CODES.has(code) || (code.startsWith('08') && code !== PROTOCOL_VIOLATION) || e.name === 'KnexTimeoutError' || UNAVAILABLE_MESSAGE.test(e.message ?? '')) return e;
  }
  return undefined;
}

/** The database cannot serve: nothing the client did wrong, and worth a retry. */
export const isDatabaseUnavailable = (error: unknown): boolean => unavailableCause(error) !== undefined;

/** One warning line naming the cause, without the SQL that a driver's message may hold. */
function logDatabaseUnavailable(error: unknown): void {
  const cause = unavailableCause(error);
  console.warn(JSON.stringify({ level: 'warn', event: 'database unavailable', cause: cause?.code ?? cause?.name }));
}

/** A request answered outside the executor (the planned read path) that the database could not serve: 503, as formatError words it. */
export function databaseUnavailableResponse(error: unknown): GraphQLResponse {
  logDatabaseUnavailable(error);
  return { http: { status: 503, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [{ message: DATABASE_UNAVAILABLE.message, extensions: { code: DATABASE_UNAVAILABLE.code } }] } } };
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

/** The one place errors become API error codes. Anything unexpected is logged and masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return withCode(formatted, original.code, original.message);
  if (original instanceof CaslForbiddenError) return withCode(formatted, 'FORBIDDEN', original.message);
  if (original instanceof UniqueConstraintViolationException) {
    return withCode(formatted, 'CONFLICT', 'a row like this already exists (a uniqueness rule refused it)');
  }
  if (original instanceof OptimisticLockError) return withCode(formatted, 'CONFLICT', 'the row was changed by someone else: read it again');
  if (original instanceof DeadlockException || original instanceof LockWaitTimeoutException) {
    return withCode(formatted, 'CONFLICT', 'a concurrent change to the same rows won: try again');
  }
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
  if (isDatabaseUnavailable(original)) {
    logDatabaseUnavailable(original);
    return withCode(formatted, DATABASE_UNAVAILABLE.code, DATABASE_UNAVAILABLE.message);
  }
  const correlationId = randomUUID();
  logMaskedError(error, { correlationId, path: formatted.path, error: String((original as Error)?.stack ?? original) });
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Production's: the same, and no "Did you mean …?" in any message (armor's mask misses enum values and variables). */
export function formatErrorWithoutSuggestions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = formatError(formatted, error);
  return { ...result, message: result.message.replace(SUGGESTION, '') };
}
