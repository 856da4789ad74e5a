import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import type WebSocket from 'ws';
import { authenticate } from '../auth/authenticate';
import { bearerToken, type JwtVerifier, type TokenClaims } from '../auth/jwt';
import { Role } from '../common/enums';
import type { LiveSession } from './live-updates';

/** graphql-ws's close code for a refused or expired token: its client does not retry it. */
export const UNAUTHORIZED_CLOSE_CODE = 4401;
/** Try again later: the database could not be reached, or the process holds all the connections it may. */
export const TRY_AGAIN_LATER_CLOSE_CODE = 1013;
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Closes with a reason cut to the 123 bytes a close frame carries. */
export function closeWith(socket: WebSocket, code: number, reason: string): void {
  socket.close(code, Buffer.from(reason).subarray(0, 123).toString().replace(/\uFFFD$/, ''));
}

/** Closes the socket when the token expires: a session lasts no longer than its token. */
function closeAtExpiry(socket: WebSocket, token: string): void {
  const exp = (jwt.decode(token) as jwt.JwtPayload).exp!; // verified: exp is there
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = exp * 1000 - Date.now();
    timer = left > LONGEST_TIMER_MS ? setTimeout(arm, LONGEST_TIMER_MS) : setTimeout(() => closeWith(socket, UNAUTHORIZED_CLOSE_CODE, 'Unauthenticated: token expired'), Math.max(0, left));
  };
  arm();
  socket.once('close', () => clearTimeout(timer));
}

/**
 * The session of a connection, from its `connection_init` payload's `authorization` ("Bearer
 * <token>"), verified as an HTTP request's Authorization header is; no token is PUBLIC. Undefined,
 * with the socket closed and the reason given, when it is refused.
 */
export async function openSession(orm: MikroORM, verifier: JwtVerifier, socket: WebSocket, params: Record<string, unknown> | undefined): Promise<LiveSession | undefined> {
  const authorization = typeof params?.authorization === 'string' ? params.authorization : undefined;
  try {
    const { principal } = await authenticate(orm, verifier, authorization);
    const token = bearerToken(authorization);
    if (token) closeAtExpiry(socket, token); // never 'malformed' here: authenticate refused that
    const claims = principal.role === Role.PUBLIC ? null : { sub: principal.subject, role: principal.role as TokenClaims['role'], org: principal.organisation! };
    return { claims, principal, socket };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const code = error.extensions.code === 'UNAUTHENTICATED' ? UNAUTHORIZED_CLOSE_CODE : TRY_AGAIN_LATER_CLOSE_CODE;
    closeWith(socket, code, error.message);
    return undefined;
  }
}
