// Which key verifies a token. A token whose header names a `kid` is checked with that key of
// JWT_PUBLIC_KEYS, else of the JWKS (JWT_JWKS_URL); an unknown kid is refused. A token without one
// is checked with JWT_PUBLIC_KEY, or in development (no public key configured at all) with the
// HS256 secret. Every key object is made once, here, not per request.
import type { JwtConfig } from '../config';
import { devSecretKey, hasPublicKeys } from './dev-token';
import { createJwksKeySource } from './jwks';
import type { VerificationKey } from './jwt-keys';
import { InvalidTokenError } from './token-claims';

const MAX_KID_LENGTH = 200;

export interface KeySource { keyFor(kid: unknown): Promise<VerificationKey> }

export function createKeySource(settings: JwtConfig): KeySource {
  const byKid = settings.publicKeys;
  const jwks = settings.jwksUrl ? createJwksKeySource(settings.jwksUrl) : undefined;
  const withoutKid: VerificationKey | undefined =
    settings.publicKey ?? (hasPublicKeys(settings) ? undefined : { key: devSecretKey(settings), algorithm: 'HS256' });

  return {
    async keyFor(kid: unknown): Promise<VerificationKey> {
      if (kid !== undefined && (byKid || jwks)) {
        if (typeof kid !== 'string' || kid === '' || kid.length > MAX_KID_LENGTH) throw new InvalidTokenError('invalid token: kid must be a short string');
        const known = byKid?.get(kid);
        if (known) return known;
        if (jwks) return jwks.keyFor(kid);
        throw new InvalidTokenError('unknown key id (kid)');
      }
      if (withoutKid) return withoutKid;
      throw new InvalidTokenError('the token names no key id (kid), and only keys by kid are configured');
    },
  };
}
