import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { RequestContext } from './context';
import { databaseUnavailableError, isDatabaseUnavailable } from '../format-error';
import { createRequestContext } from './request-context';
import { bearerToken, InvalidTokenError, type JwtVerifier } from './jwt';
import { UnknownOrganisationError } from './scope';

function unauthenticated(reason: string): GraphQLError {
  // Thrown while building the context: Apollo answers HTTP 401 and runs nothing.
  return new GraphQLError(`Unauthenticated: ${reason}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The request's context from its Authorization header: PUBLIC without one, 401 for a bad one. */
export async function authenticate(orm: MikroORM, verifier: JwtVerifier, authorization: string | undefined): Promise<RequestContext> {
  const token = bearerToken(authorization);
  if (token === 'malformed') throw unauthenticated('the Authorization header must be "Bearer <token>"');
  if (token === null) return createRequestContext(orm, null);
  try {
    return await createRequestContext(orm, await verifier.verify(token));
  } catch (error) {
    if (error instanceof InvalidTokenError || error instanceof UnknownOrganisationError) throw unauthenticated(error.message);
    // The caller's access could not be read: 503 and a retry, as for any request the database cannot serve.
    if (isDatabaseUnavailable(error)) throw databaseUnavailableError(error);
    throw error;
  }
}
