// Bearer-token authentication. Development: HS256 with JWT_SECRET, or a random 256-bit secret kept in
// <DATA_DIR>/jwt-secret (default ./.data). Production: public keys only (JWT_PUBLIC_KEY, JWT_PUBLIC_KEYS by
// kid, or a JWKS at JWT_JWKS_URL) — then each key accepts only RS256 or ES256, chosen by its type, and
// HS256 is refused. Issuer and audience come from JWT_ISSUER / JWT_AUDIENCE; exp, iat, iss and aud are
// required in every token, `exp − iat` is at most JWT_MAX_LIFETIME. src/config.ts parses all of these.
import jwt from 'jsonwebtoken';
import type { JwtConfig } from '../config';
import { InvalidTokenError, validateClaims, type TokenClaims } from './token-claims';
import { createKeySource } from './verification-keys';

export { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../config';
export { signDevToken } from './dev-token';
export { InvalidTokenError, ORG_PATTERN, TOKEN_ROLES, validateClaims, type TokenClaims } from './token-claims';
export const CLOCK_TOLERANCE_SECONDS = 5;
/** How far in the future `iat` may be, for clocks that disagree. */
export const ISSUED_AT_SKEW_SECONDS = 30;
const MAX_TOKEN_LENGTH = 8192;

export interface JwtVerifier { verify(token: string): Promise<TokenClaims> }

function refusal(err: unknown): InvalidTokenError {
  if (err instanceof InvalidTokenError) return err;
  if (err instanceof jwt.TokenExpiredError) return new InvalidTokenError('token expired');
  if (err instanceof jwt.NotBeforeError) return new InvalidTokenError('token not yet valid');
  // jsonwebtoken names the issuer or audience it expected: configuration, which a refused caller need not learn.
  if (err instanceof jwt.JsonWebTokenError) return new InvalidTokenError(`invalid token: ${err.message.replace(/\. expected: .*$/s, '')}`);
  return new InvalidTokenError('invalid token');
}

/** iat present and not in the future, and a lifetime no longer than the configured maximum. */
function checkLifetime(payload: jwt.JwtPayload, maxLifetimeSeconds: number): void {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) throw new InvalidTokenError('missing claim: iat');
  if (iat > Date.now() / 1000 + ISSUED_AT_SKEW_SECONDS) throw new InvalidTokenError('token issued in the future (iat)');
  if ((exp as number) - iat > maxLifetimeSeconds) throw new InvalidTokenError(`token lifetime (exp − iat) is longer than ${maxLifetimeSeconds} s`);
}

/** Takes the keys, issuer and audience once (config()'s jwt); the verifier then checks each token against them. */
export function createVerifier(settings: JwtConfig): JwtVerifier {
  const keys = createKeySource(settings); // key objects made here, once: a bad key stops the start, not a request
  const options: jwt.VerifyOptions & { complete?: false } = {
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  return {
    async verify(token: string): Promise<TokenClaims> {
      try {
        if (typeof token !== 'string' || token.length === 0) throw new InvalidTokenError('empty token');
        if (token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError('token too long');
        const decoded = jwt.decode(token, { complete: true });
        if (decoded === null || typeof decoded.payload !== 'object') throw new InvalidTokenError('invalid token: jwt malformed');
        const { key, algorithm } = await keys.keyFor(decoded.header.kid);
        // Pinned to the key's one algorithm: never "none", never HS256 with a public key.
        const payload = jwt.verify(token, key, { ...options, algorithms: [algorithm] });
        if (typeof payload !== 'object' || payload === null) throw new InvalidTokenError('invalid token: payload is not a JSON object');
        if (typeof payload.exp !== 'number') throw new InvalidTokenError('missing claim: exp');
        if (payload.iss === undefined) throw new InvalidTokenError('missing claim: iss');
        if (payload.aud === undefined) throw new InvalidTokenError('missing claim: aud');
        checkLifetime(payload, settings.maxLifetimeSeconds);
        return validateClaims(payload);
      } catch (err) {
        throw refusal(err);
      }
    },
  };
}

/** The token of an `Authorization: Bearer <token>` header: null when absent, 'malformed' otherwise. */
export function bearerToken(authorizationHeader: string | undefined): string | null | 'malformed' {
  if (authorizationHeader === undefined) return null;
  const match = /^Bearer +([A-Za-z0-9\-_.~+/]+=*)$/i.exec(authorizationHeader.trim());
  return match ? match[1] : 'malformed';
}
