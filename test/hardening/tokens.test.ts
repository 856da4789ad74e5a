import { generateKeyPairSync, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER, InvalidTokenError, signDevToken } from '../../src/auth/jwt';
import { createKeySource } from '../../src/auth/verification-keys';
import { loadConfig } from '../../src/config';
import { MeDocument } from '../generated/graphql';
import { TEST_JWT_ENV } from '../support/api';
import { useTestApi } from '../support/test-api';

// Tokens: a lifetime (exp − iat) of at most JWT_MAX_LIFETIME (24 h by default) and iat required;
// iat no more than 30 s in the future; keys chosen by the header's kid (JWT_PUBLIC_KEYS).

const SECRET = TEST_JWT_ENV.JWT_SECRET!;
const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;
const claims = { sub: 'user-1', role: 'REGULATOR', org: 'CQC' };
const jwtOf = (env: Record<string, string>) => loadConfig(env).jwt;
const verifier = createVerifier(jwtOf({ JWT_SECRET: SECRET }));

/** Signed with the test secret, with exactly these iat and exp (undefined: left out). */
function hs256(times: { iat?: number; exp?: number }, secret = SECRET): string {
  const payload = JSON.parse(JSON.stringify({ ...claims, iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, ...times }));
  return jwt.sign(payload, secret, { algorithm: 'HS256', noTimestamp: times.iat === undefined }); // an iat given is kept as is
}
const refused = (token: string, reason: RegExp, v = verifier) =>
  expect(v.verify(token)).rejects.toSatisfy((error) => error instanceof InvalidTokenError && reason.test((error as Error).message));

describe('lifetime', () => {
  it('accepts exactly 24 h, refuses a second more', async () => {
    const iat = now();
    expect(await verifier.verify(hs256({ iat, exp: iat + 24 * HOUR }))).toEqual(claims);
    await refused(hs256({ iat, exp: iat + 24 * HOUR + 1 }), /lifetime \(exp − iat\) is longer than 86400 s/);
  });

  it('refuses exp in the year 9999', async () => {
    await refused(hs256({ iat: now(), exp: Date.UTC(9999, 0, 1) / 1000 }), /lifetime/);
  });

  it('refuses a token without iat, however short its life', async () => {
    await refused(hs256({ exp: now() + 60 }), /missing claim: iat/);
  });

  it('JWT_MAX_LIFETIME sets the maximum', async () => {
    const hourly = createVerifier(jwtOf({ JWT_SECRET: SECRET, JWT_MAX_LIFETIME: '3600' }));
    const iat = now();
    expect(await hourly.verify(hs256({ iat, exp: iat + HOUR }))).toEqual(claims);
    await refused(hs256({ iat, exp: iat + 2 * HOUR }), /longer than 3600 s/, hourly);
  });

  it('the tokens the tests and the token CLI mint have iat and pass', async () => {
    const token = signDevToken(claims, { expiresIn: '24h' }, jwtOf({ JWT_SECRET: SECRET }));
    const { iat, exp } = jwt.decode(token) as jwt.JwtPayload;
    expect(exp! - iat!).toBe(24 * HOUR);
    expect(await verifier.verify(token)).toEqual(claims);
  });
});

describe('iat in the future', () => {
  it('is accepted within 30 s of skew', async () => {
    expect(await verifier.verify(hs256({ iat: now() + 20, exp: now() + HOUR }))).toEqual(claims);
  });

  it('is refused beyond it', async () => {
    await refused(hs256({ iat: now() + 40, exp: now() + HOUR }), /issued in the future/);
    await refused(hs256({ iat: Date.UTC(9999, 0, 1) / 1000 - HOUR, exp: Date.UTC(9999, 0, 1) / 1000 }), /issued in the future/);
  });
});

describe('several keys, chosen by kid (JWT_PUBLIC_KEYS)', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = (key: KeyObject) => key.export({ type: key.type === 'public' ? 'spki' : 'pkcs8', format: 'pem' }).toString();
  const publicKeys = JSON.stringify({ 'rsa-2026': pem(rsa.publicKey), 'ec-2027': pem(ec.publicKey) });
  const keyed = createVerifier(jwtOf({ JWT_PUBLIC_KEYS: publicKeys }));
  const sign = (key: KeyObject, algorithm: 'RS256' | 'ES256', kid?: string) =>
    jwt.sign({ ...claims }, key, { algorithm, expiresIn: '1h', issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, ...(kid ? { keyid: kid } : {}) });

  it('accepts a token signed by each key, naming its kid', async () => {
    expect(await keyed.verify(sign(rsa.privateKey, 'RS256', 'rsa-2026'))).toEqual(claims);
    expect(await keyed.verify(sign(ec.privateKey, 'ES256', 'ec-2027'))).toEqual(claims);
  });

  it('refuses an unknown kid, a kid naming another key, and no kid', async () => {
    await refused(sign(other.privateKey, 'RS256', 'rsa-2025'), /unknown key id/, keyed);
    await refused(sign(other.privateKey, 'RS256', 'rsa-2026'), /invalid signature/, keyed);
    await refused(sign(rsa.privateKey, 'RS256', 'ec-2027'), /invalid algorithm/, keyed);
    await refused(sign(rsa.privateKey, 'RS256'), /names no key id/, keyed);
    await refused(hs256({ iat: now(), exp: now() + 60 }), /names no key id/, keyed);
  });

  it('with JWT_PUBLIC_KEY too, a token without kid is checked with that key', async () => {
    const both = createVerifier(jwtOf({ JWT_PUBLIC_KEYS: publicKeys, JWT_PUBLIC_KEY: pem(other.publicKey) }));
    expect(await both.verify(sign(other.privateKey, 'RS256'))).toEqual(claims);
    await refused(sign(other.privateKey, 'RS256', 'rsa-2025'), /unknown key id/, both);
  });

  it('npm run token signs with the kid its JWT_PRIVATE_KEY pairs with', async () => {
    const token = signDevToken(claims, { expiresIn: '1h' }, jwtOf({ JWT_PUBLIC_KEYS: publicKeys, JWT_PRIVATE_KEY: pem(ec.privateKey) }));
    expect(jwt.decode(token, { complete: true })!.header).toMatchObject({ alg: 'ES256', kid: 'ec-2027' });
    expect(await keyed.verify(token)).toEqual(claims);
  });
});

describe('key objects', () => {
  // A string secret made jsonwebtoken try createPublicKey, then createSecretKey, on every request.
  it('are made once, when the verifier is, and handed to jsonwebtoken as they are', async () => {
    const keys = createKeySource(jwtOf({ JWT_SECRET: SECRET }));
    const first = await keys.keyFor(undefined);
    expect(first.key).toBeInstanceOf(KeyObject);
    expect(first).toMatchObject({ algorithm: 'HS256', key: { type: 'secret' } });
    expect(await keys.keyFor(undefined)).toBe(first);
  });
});

describe('over HTTP: 401, nothing run', () => {
  const env = useTestApi();
  const me = (token: string) => env.api.request(MeDocument, {}, token);

  it.each([
    ['exp in the year 9999', () => hs256({ iat: now(), exp: Date.UTC(9999, 0, 1) / 1000 })],
    ['iat an hour ahead', () => hs256({ iat: now() + HOUR, exp: now() + 2 * HOUR })],
    ['no iat', () => hs256({ exp: now() + 60 })],
  ])('%s', async (_name, token) => {
    const response = await me(token());
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeUndefined();
  });

  it('while a token of 24 h passes', async () => {
    const response = await me(hs256({ iat: now(), exp: now() + 24 * HOUR }));
    expect(response.body.data?.me).toMatchObject({ role: 'REGULATOR', organisation: 'CQC' });
  });
});
