// The development key (HS256 with JWT_SECRET, else a secret generated once into DATA_DIR/jwt-secret)
// and the signing of tokens the server on this machine accepts, for `npm run token` and the tests.
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { MIN_SECRET_LENGTH, type JwtConfig } from '../config';
import { isPairOf, type JwtAlgorithm } from './jwt-keys';

/** The HS256 secret as a key object: JWT_SECRET, else one generated once and kept (mode 0600) in DATA_DIR/jwt-secret. */
export function devSecretKey(settings: JwtConfig): KeyObject {
  if (settings.secret) return createSecretKey(Buffer.from(settings.secret, 'utf8'));
  const file = join(settings.dataDir, 'jwt-secret');
  mkdirSync(settings.dataDir, { recursive: true }); // the secret file itself is 0600; the folder also holds the embedded database
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // already generated: reuse it
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${file} holds too short a secret`);
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** Whether the server verifies with public keys (then HS256 is refused). */
export const hasPublicKeys = (settings: JwtConfig) => Boolean(settings.publicKey || settings.publicKeys || settings.jwksUrl);

function signingKey(settings: JwtConfig): { key: KeyObject; algorithm: JwtAlgorithm; kid?: string } {
  const { privateKey } = settings;
  if (privateKey) {
    // The kid of JWT_PUBLIC_KEYS' entry that pairs with the private key, so the server picks the right key.
    const kid = [...(settings.publicKeys ?? [])].find(([, pub]) => isPairOf(privateKey.key, pub.key))?.[0];
    return { ...privateKey, kid };
  }
  if (hasPublicKeys(settings)) throw new Error('the server verifies with public keys: set JWT_PRIVATE_KEY to sign tokens it accepts');
  return { key: devSecretKey(settings), algorithm: 'HS256' };
}

/** Signs a token the server on this machine accepts (HS256 with its secret, or JWT_PRIVATE_KEY), with `iat`. No claim checks. */
export function signDevToken(
  claims: { sub: string; role: string; org?: string | null },
  options: { expiresIn: string | number },
  settings: JwtConfig,
): string {
  const { key, algorithm, kid } = signingKey(settings);
  const payload: Record<string, unknown> = { sub: claims.sub, role: claims.role };
  if (claims.org !== undefined && claims.org !== null) payload.org = claims.org;
  return jwt.sign(payload, key, {
    algorithm,
    expiresIn: options.expiresIn as jwt.SignOptions['expiresIn'],
    issuer: settings.issuer,
    audience: settings.audience,
    ...(kid === undefined ? {} : { keyid: kid }),
  });
}
