// src/format-error.ts masks unexpected errors and logs them. Apollo calls it with the error alone,
// so the request's plugin (or context wrapper) tags each error with its request first.
import { defaultLogger, type Logger } from './logger';

interface ErrorOwner {
  requestId: string;
  logger: Logger;
}

const owners = new WeakMap<object, ErrorOwner>();
let lastServerLogger: Logger | undefined;

export function tagErrorWith(error: unknown, owner: ErrorOwner): void {
  if (typeof error === 'object' && error !== null) owners.set(error, owner);
}

/** Errors of no request (Apollo's own failures) go to the logger of the server made last: one per process outside tests. */
export function useForUntaggedErrors(logger: Logger): void {
  lastServerLogger = logger;
}

function ownerOf(error: unknown): ErrorOwner | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // Apollo wraps an error thrown while building the context in a GraphQLError of its own.
  return owners.get(error) ?? ownerOf((error as { originalError?: unknown }).originalError);
}

export function logMaskedError(error: unknown, details: { correlationId: string; path?: readonly (string | number)[]; error: string }): void {
  const owner = ownerOf(error);
  (owner?.logger ?? lastServerLogger ?? defaultLogger()).error({ requestId: owner?.requestId, ...details }, 'internal error, masked');
}

/** The logger of the request `error` belongs to, naming its requestId; the server's when it belongs to none. */
export function loggerFor(error: unknown): Logger {
  const owner = ownerOf(error);
  if (!owner) return lastServerLogger ?? defaultLogger();
  return owner.logger.child({ requestId: owner.requestId });
}
