// Verification keys fetched from JWT_JWKS_URL by `kid`, with jwks-rsa. Fails closed and quickly: a
// JWKS that is down, slow or hanging refuses the token within JWKS_DEADLINE_MS, while keys already
// fetched keep working from the cache (for up to an hour after their cache time when the JWKS is down).
import { createPublicKey } from 'node:crypto';
import { JwksClient, type SigningKey } from 'jwks-rsa';
import { asymmetricKey, KeyMaterialError, type VerificationKey } from './jwt-keys';
import { InvalidTokenError } from './token-claims';

export const JWKS_DEADLINE_MS = 4000;
const JWKS_FETCH_TIMEOUT_MS = 3000;
const CACHE_MAX_AGE_MS = 10 * 60_000;
const STALE_KEY_FALLBACK_MS = 60 * 60_000;

export interface JwksKeySource { keyFor(kid: string): Promise<VerificationKey> }

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export function createJwksKeySource(jwksUri: string): JwksKeySource {
  const client = new JwksClient({
    jwksUri,
    timeout: JWKS_FETCH_TIMEOUT_MS,
    cache: true,
    cacheMaxEntries: 20,
    cacheMaxAge: CACHE_MAX_AGE_MS,
    cacheMaxAgeFallback: STALE_KEY_FALLBACK_MS,
    rateLimit: true, // tokens with made-up kids must not make us hammer the JWKS
    jwksRequestsPerMinute: 10,
  });
  const keyObjects = new WeakMap<SigningKey, VerificationKey>(); // the cache hands back the same SigningKey: convert it once

  return {
    async keyFor(kid: string): Promise<VerificationKey> {
      let signingKey: SigningKey;
      try {
        signingKey = await withDeadline(client.getSigningKey(kid), JWKS_DEADLINE_MS);
      } catch (error) {
        if ((error as Error).name === 'SigningKeyNotFoundError') throw new InvalidTokenError('unknown key id (kid)');
        throw new InvalidTokenError('the signing keys (JWKS) cannot be fetched now: try again later');
      }
      let key = keyObjects.get(signingKey);
      if (!key) {
        try {
          key = asymmetricKey(createPublicKey(signingKey.getPublicKey()));
        } catch (error) {
          if (error instanceof KeyMaterialError) throw new InvalidTokenError(`the JWKS key of this kid ${error.message}`);
          throw error;
        }
        keyObjects.set(signingKey, key);
      }
      return key;
    },
  };
}
