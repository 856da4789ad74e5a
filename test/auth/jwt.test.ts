import { createHmac, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_AUDIENCE, DEFAULT_ISSUER, InvalidTokenError, bearerToken, createVerifier, signDevToken,
} from '../../src/auth/jwt';
import { loadConfig } from '../../src/config';

const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
const env = { JWT_SECRET: SECRET };
/** The JWT settings src/config.ts parses from an environment. */
const jwtOf = (e: Record<string, string>) => loadConfig(e).jwt;
const verifier = createVerifier(jwtOf(env));
const claims = { sub: 'user-1', role: 'TRUST', org: 'RXX' };
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;

/** Signs with the test secret; `payload` is used as is (no iss/aud/exp added; undefined claims dropped). */
const hs256 = (payload: object, secret = SECRET) => jwt.sign(JSON.parse(JSON.stringify(payload)), secret, { algorithm: 'HS256' });
const full = (extra: object = {}) => ({ ...claims, iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, exp: inOneHour(), ...extra });
const refusedWith = async (token: string, reason: RegExp, v = verifier) => {
  await expect(v.verify(token)).rejects.toThrow(InvalidTokenError);
  await expect(v.verify(token)).rejects.toThrow(reason);
};

describe('HS256 development tokens', () => {
  it('round-trips a dev token', async () => {
    const token = signDevToken(claims, { expiresIn: '1h' }, jwtOf(env));
    expect(await verifier.verify(token)).toEqual(claims);
  });

  it('refuses an expired token, beyond the clock tolerance', async () => {
    await refusedWith(hs256(full({ exp: Math.floor(Date.now() / 1000) - 60 })), /expired/);
  });

  it('accepts a token expired within the clock tolerance', async () => {
    expect(await verifier.verify(hs256(full({ exp: Math.floor(Date.now() / 1000) - 2 })))).toEqual(claims);
  });

  it('refuses a token signed with another secret, without echoing the token', async () => {
    const forged = hs256(full(), 'another-secret-0123456789abcdef0123456789');
    await refusedWith(forged, /signature/);
    try { await verifier.verify(forged); } catch (err) { expect((err as Error).message).not.toContain(forged.split('.')[2]); }
  });

  it('refuses an unsigned alg:none token', async () => {
    await refusedWith(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(full())}.`, /invalid token/);
  });

  it('refuses garbage', async () => {
    await refusedWith('not-a-jwt', /malformed/);
    await refusedWith('', /empty/);
  });

  it.each([['exp', /missing claim: exp/], ['iss', /issuer/], ['aud', /audience/]])('refuses a token without %s', async (claim, reason) => {
    await refusedWith(hs256(full({ [claim as string]: undefined })), reason as RegExp);
  });

  it('refuses a wrong issuer or audience', async () => {
    await refusedWith(hs256(full({ iss: 'someone-else' })), /issuer/);
    await refusedWith(hs256(full({ aud: 'another-api' })), /audience/);
  });

  it('uses JWT_ISSUER and JWT_AUDIENCE when set', async () => {
    const custom = { ...env, JWT_ISSUER: 'iss-x', JWT_AUDIENCE: 'aud-x' };
    const token = signDevToken(claims, { expiresIn: 60 }, jwtOf(custom));
    expect(await createVerifier(jwtOf(custom)).verify(token)).toEqual(claims);
    await refusedWith(token, /audience|issuer/);
  });

  it.each(['PUBLIC', 'ADMIN', 'trust', ''])('refuses role %j', async (role) => {
    await refusedWith(signDevToken({ ...claims, role }, { expiresIn: '1h' }, jwtOf(env)), /role/);
  });

  it('refuses a missing or badly shaped sub or org', async () => {
    await refusedWith(hs256(full({ sub: undefined })), /missing claim: sub/);
    await refusedWith(signDevToken({ ...claims, sub: '' }, { expiresIn: '1h' }, jwtOf(env)), /sub/);
    await refusedWith(signDevToken({ ...claims, sub: 'x'.repeat(201) }, { expiresIn: '1h' }, jwtOf(env)), /sub/);
    await refusedWith(signDevToken({ ...claims, org: null }, { expiresIn: '1h' }, jwtOf(env)), /missing claim: org/);
    for (const org of ['rxx', 'R', '-RX', 'R'.repeat(21), 'R X']) {
      await refusedWith(signDevToken({ ...claims, org }, { expiresIn: '1h' }, jwtOf(env)), /org/);
    }
    await refusedWith(hs256(full({ org: 42 })), /org/);
  });
});

describe('generated development secret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a 256-bit secret once, mode 0600, and reuses it', async () => {
    const dataEnv = { DATA_DIR: join(dir, 'data') };
    const token = signDevToken(claims, { expiresIn: '1h' }, jwtOf(dataEnv));
    const file = join(dir, 'data', 'jwt-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8'), 'base64url')).toHaveLength(32);
    expect(await createVerifier(jwtOf(dataEnv)).verify(token)).toEqual(claims);
    await refusedWith(token, /signature/); // the test secret is a different key
  });
});

describe('RS256 / ES256 with JWT_PUBLIC_KEY', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = (key: typeof rsa.publicKey, type: 'spki' | 'pkcs8') => key.export({ type, format: 'pem' }).toString();
  const rsaEnv = { JWT_PUBLIC_KEY: pem(rsa.publicKey, 'spki'), JWT_PRIVATE_KEY: pem(rsa.privateKey, 'pkcs8'), JWT_SECRET: SECRET };
  const rsaVerifier = createVerifier(jwtOf(rsaEnv));

  it('accepts an RS256 token', async () => {
    const token = signDevToken(claims, { expiresIn: '1h' }, jwtOf(rsaEnv));
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).alg).toBe('RS256');
    expect(await rsaVerifier.verify(token)).toEqual(claims);
  });

  it('refuses HS256 once a public key is configured, even with the shared secret', async () => {
    await refusedWith(signDevToken(claims, { expiresIn: '1h' }, jwtOf(env)), /invalid algorithm/, rsaVerifier);
  });

  it('refuses HS256 signed with the public key text as secret (algorithm confusion)', async () => {
    const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(full())}`;
    const signature = createHmac('sha256', rsaEnv.JWT_PUBLIC_KEY).update(input).digest('base64url');
    await refusedWith(`${input}.${signature}`, /invalid algorithm/, rsaVerifier);
  });

  it('accepts ES256 with a P-256 key', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const ecEnv = { JWT_PUBLIC_KEY: pem(ec.publicKey, 'spki'), JWT_PRIVATE_KEY: pem(ec.privateKey, 'pkcs8') };
    expect(await createVerifier(jwtOf(ecEnv)).verify(signDevToken(claims, { expiresIn: '1h' }, jwtOf(ecEnv)))).toEqual(claims);
    await refusedWith(signDevToken(claims, { expiresIn: '1h' }, jwtOf(rsaEnv)), /invalid algorithm/, createVerifier(jwtOf(ecEnv)));
  });

  it('refuses to sign HS256 when only a public key is configured', () => {
    expect(() => signDevToken(claims, { expiresIn: '1h' }, jwtOf({ JWT_PUBLIC_KEY: rsaEnv.JWT_PUBLIC_KEY }))).toThrow(/JWT_PRIVATE_KEY/);
  });
});

describe('bearerToken', () => {
  it.each([
    [undefined, null],
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['', 'malformed'],
    ['Bearer', 'malformed'],
    ['Bearer ', 'malformed'],
    ['Basic dXNlcjpwYXNz', 'malformed'],
    ['Bearer a b', 'malformed'],
    ['abc.def.ghi', 'malformed'],
  ])('%j → %j', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
