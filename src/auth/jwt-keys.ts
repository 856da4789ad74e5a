// Key material for JWTs, turned into KeyObjects once (jsonwebtoken would otherwise parse a PEM or
// wrap a secret on every verification). Each asymmetric key accepts one algorithm, chosen by its type.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

export type JwtAlgorithm = 'HS256' | 'RS256' | 'ES256';
export interface AsymmetricKey { key: KeyObject; algorithm: 'RS256' | 'ES256' }
export interface VerificationKey { key: KeyObject; algorithm: JwtAlgorithm }

/** Why a key was refused, as it reads after the variable's name ("JWT_PUBLIC_KEY is not a PEM public key"). */
export class KeyMaterialError extends Error {}

/** RS256 for RSA, ES256 for P-256; nothing else is accepted. */
export function algorithmOf(key: KeyObject): AsymmetricKey['algorithm'] | undefined {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  return undefined;
}

export function asymmetricKey(key: KeyObject): AsymmetricKey {
  const algorithm = algorithmOf(key);
  if (!algorithm) throw new KeyMaterialError('must be an RSA or P-256 EC key');
  return { key, algorithm };
}

/** A PEM key; one-line PEMs with literal `\n` are allowed. */
export function pemKey(text: string, kind: 'public' | 'private'): AsymmetricKey {
  let key: KeyObject;
  try {
    const pem = text.replace(/\\n/g, '\n');
    key = kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem);
  } catch {
    throw new KeyMaterialError(`is not a PEM ${kind} key`);
  }
  return asymmetricKey(key);
}

/** JWT_PUBLIC_KEYS: a JSON object from key id (the token header's `kid`) to PEM public key. */
export function publicKeysByKid(text: string): ReadonlyMap<string, AsymmetricKey> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
    throw new KeyMaterialError('must be a JSON object from key id to PEM public key, e.g. {"key-1":"-----BEGIN PUBLIC KEY-----\\n…"}');
  }
  const keys = new Map<string, AsymmetricKey>();
  for (const [kid, pem] of Object.entries(parsed)) {
    if (kid.trim() === '') throw new KeyMaterialError('has an empty key id');
    if (typeof pem !== 'string') throw new KeyMaterialError(`key ${JSON.stringify(kid)} is not a string`);
    try {
      keys.set(kid, pemKey(pem, 'public'));
    } catch (error) {
      throw new KeyMaterialError(`key ${JSON.stringify(kid)} ${(error as Error).message}`);
    }
  }
  return keys;
}

/** Whether `privateKey` is the pair of `publicKey`. */
export function isPairOf(privateKey: KeyObject, publicKey: KeyObject): boolean {
  const derived = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return derived.equals(publicKey.export({ type: 'spki', format: 'der' }));
}
