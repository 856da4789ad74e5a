// Bearer-token authentication. Development: HS256 with JWT_SECRET, or a random 256-bit secret kept in
// <DATA_DIR>/jwt-secret (default ./.data). Production: JWT_PUBLIC_KEY (PEM) — then only RS256 or ES256,
// chosen by the key's type, is accepted and HS256 is refused. Issuer and audience come from
// JWT_ISSUER / JWT_AUDIENCE; exp, iss and aud are required in every token. src/config.ts parses all of these.
import { randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { Role } from '../common/enums';
import { CODE_PATTERN } from '../common/validate';
import { MIN_SECRET_LENGTH, type JwtAlgorithm, type JwtConfig } from '../config';

export { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../config';
export const CLOCK_TOLERANCE_SECONDS = 5;
export const TOKEN_ROLES: readonly Role[] = Object.values(Role).filter((r) => r !== Role.PUBLIC);
export const ORG_PATTERN = CODE_PATTERN;
const MAX_SUB_LENGTH = 200;
const MAX_TOKEN_LENGTH = 8192;

export interface TokenClaims { sub: string; role: Exclude<Role, Role.PUBLIC>; org: string }

/** Why a token was refused. The message never contains the token itself. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

export interface JwtVerifier { verify(token: string): TokenClaims }

interface KeyConfig { key: string | KeyObject; algorithm: JwtAlgorithm }

/** The HS256 secret: JWT_SECRET, else one generated once and kept (mode 0600) in DATA_DIR/jwt-secret. */
function devSecret(settings: JwtConfig): string {
  if (settings.secret) return settings.secret;
  const file = join(settings.dataDir, 'jwt-secret');
  mkdirSync(settings.dataDir, { recursive: true }); // the secret file itself is 0600; the folder also holds the embedded database
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // already generated: reuse it
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${file} holds too short a secret`);
  return secret;
}

function verificationKey(settings: JwtConfig): KeyConfig {
  return settings.publicKey ?? { key: devSecret(settings), algorithm: 'HS256' };
}

function signingKey(settings: JwtConfig): KeyConfig {
  if (settings.privateKey) return settings.privateKey;
  if (settings.publicKey) throw new Error('JWT_PUBLIC_KEY is set: set JWT_PRIVATE_KEY to sign tokens the server accepts');
  return { key: devSecret(settings), algorithm: 'HS256' };
}

/** Shape-checks sub, role and org (whether the org exists, and may hold the role, is checked elsewhere). */
export function validateClaims(payload: Record<string, unknown>): TokenClaims {
  const { sub, role, org } = payload;
  if (sub === undefined) throw new InvalidTokenError('missing claim: sub');
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > MAX_SUB_LENGTH || /[\u0000-\u001f\u007f]/.test(sub)) {
    throw new InvalidTokenError(`invalid claim: sub must be a non-empty string of at most ${MAX_SUB_LENGTH} characters`);
  }
  if (role === undefined) throw new InvalidTokenError('missing claim: role');
  if (typeof role !== 'string' || !TOKEN_ROLES.includes(role as Role)) {
    throw new InvalidTokenError(`invalid claim: role must be one of ${TOKEN_ROLES.join(', ')}`);
  }
  if (org === undefined || org === null) throw new InvalidTokenError('missing claim: org');
  if (typeof org !== 'string' || !ORG_PATTERN.test(org)) throw new InvalidTokenError('invalid claim: org is not a valid code');
  return { sub, role: role as TokenClaims['role'], org };
}

function refusal(err: unknown): InvalidTokenError {
  if (err instanceof InvalidTokenError) return err;
  if (err instanceof jwt.TokenExpiredError) return new InvalidTokenError('token expired');
  if (err instanceof jwt.NotBeforeError) return new InvalidTokenError('token not yet valid');
  if (err instanceof jwt.JsonWebTokenError) return new InvalidTokenError(`invalid token: ${err.message}`);
  return new InvalidTokenError('invalid token');
}

/** Takes the key, issuer and audience once (config()'s jwt); the verifier then checks each token against them. */
export function createVerifier(settings: JwtConfig): JwtVerifier {
  const { key, algorithm } = verificationKey(settings);
  const options: jwt.VerifyOptions & { complete?: false } = {
    algorithms: [algorithm], // pinned: never "none", never HS256 when a public key is configured
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  return {
    verify(token: string): TokenClaims {
      try {
        if (typeof token !== 'string' || token.length === 0) throw new InvalidTokenError('empty token');
        if (token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError('token too long');
        const payload = jwt.verify(token, key, options);
        if (typeof payload !== 'object' || payload === null) throw new InvalidTokenError('invalid token: payload is not a JSON object');
        if (typeof payload.exp !== 'number') throw new InvalidTokenError('missing claim: exp');
        if (payload.iss === undefined) throw new InvalidTokenError('missing claim: iss');
        if (payload.aud === undefined) throw new InvalidTokenError('missing claim: aud');
        return validateClaims(payload);
      } catch (err) {
        throw refusal(err);
      }
    },
  };
}

/** Signs a token the server on this machine accepts (HS256 with its secret, or JWT_PRIVATE_KEY). No claim checks. */
export function signDevToken(
  claims: { sub: string; role: string; org?: string | null },
  options: { expiresIn: string | number },
  settings: JwtConfig,
): string {
  const { key, algorithm } = signingKey(settings);
  const payload: Record<string, unknown> = { sub: claims.sub, role: claims.role };
  if (claims.org !== undefined && claims.org !== null) payload.org = claims.org;
  return jwt.sign(payload, key, {
    algorithm,
    expiresIn: options.expiresIn as jwt.SignOptions['expiresIn'],
    issuer: settings.issuer,
    audience: settings.audience,
  });
}

/** The token of an `Authorization: Bearer <token>` header: null when absent, 'malformed' otherwise. */
export function bearerToken(authorizationHeader: string | undefined): string | null | 'malformed' {
  if (authorizationHeader === undefined) return null;
  const match = /^Bearer +([A-Za-z0-9\-_.~+/]+=*)$/i.exec(authorizationHeader.trim());
  return match ? match[1] : 'malformed';
}
