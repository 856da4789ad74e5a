import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../src/auth/jwt';
import { loadConfig } from '../../src/config';
import { createServer, type Server } from '../../src/server';
import { createTestDatabase, type TestDatabase } from '../support/database';

// JWT_JWKS_URL: keys fetched by kid from a JWKS (served here by a local node:http server) and cached.
// When the JWKS fails or hangs, a token whose kid is cached still works, and one whose kid is not
// is refused with 401 within 5 s: the server never waits on the JWKS for long.

type Mode = 'serve' | 'fail' | 'hang';
let mode: Mode = 'serve';
let fetches = 0;
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = (key: KeyObject, kid: string) => ({ ...key.export({ format: 'jwk' }), kid, use: 'sig' });
const JWKS = { keys: [jwk(rsa.publicKey, 'rsa-1'), jwk(ec.publicKey, 'ec-1')] };

const jwks: HttpServer = createHttpServer((_req, res) => {
  fetches += 1;
  if (mode === 'hang') return; // never answers
  if (mode === 'fail') return void res.writeHead(500).end('down');
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(JWKS));
});

let db: TestDatabase;
let api: Server;
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const { port } = jwks.address() as { port: number };
  db = await createTestDatabase('demo');
  api = await createServer(db.orm, createVerifier(loadConfig({ JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json` }).jwt));
  url = `http://127.0.0.1:${await api.listen(0)}/graphql`;
});
afterAll(async () => {
  jwks.closeAllConnections();
  jwks.close();
  await api?.stop();
  await db?.drop();
});

const sign = (key: KeyObject, algorithm: 'RS256' | 'ES256', kid: string) =>
  jwt.sign({ sub: 'idp-user', role: 'REGULATOR', org: 'CQC' }, key, {
    algorithm, keyid: kid, expiresIn: '1h', issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE,
  });

async function me(token: string): Promise<{ status: number; ms: number; body: { data?: { me: { role: string } }; errors?: { message: string }[] } }> {
  const began = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { role } }' }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: (await response.json()) as never, ms: Date.now() - began };
}

describe('keys from a JWKS', () => {
  it('accepts a token signed by a key of the JWKS, and fetches it once', async () => {
    const first = await me(sign(rsa.privateKey, 'RS256', 'rsa-1'));
    expect(first.body.data?.me.role).toBe('REGULATOR');
    const again = await me(sign(rsa.privateKey, 'RS256', 'rsa-1'));
    expect(again.body.data?.me.role).toBe('REGULATOR');
    expect(fetches).toBe(1);
  });

  it('refuses a kid the JWKS lacks, and a known kid with another key\'s signature', async () => {
    const unknown = await me(sign(stranger.privateKey, 'RS256', 'rsa-2'));
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0].message).toMatch(/unknown key id/);
    const forged = await me(sign(stranger.privateKey, 'RS256', 'rsa-1'));
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0].message).toMatch(/invalid signature/);
  });

  it.each<Mode>(['fail', 'hang'])('when the JWKS %ss: a cached kid still works, another is refused within 5 s', async (failure) => {
    mode = failure;
    const before = fetches;
    const cached = await me(sign(rsa.privateKey, 'RS256', 'rsa-1'));
    expect(cached.body.data?.me.role).toBe('REGULATOR');
    expect(cached.ms).toBeLessThan(1000);
    const uncached = await me(sign(ec.privateKey, 'ES256', 'ec-1'));
    expect(uncached.status).toBe(401);
    expect(uncached.body.errors?.[0].message).toMatch(/JWKS\) cannot be fetched now/);
    expect(uncached.ms).toBeLessThan(5000);
    expect(fetches).toBe(before + 1); // it did try
  });

  it('once the JWKS is back, the other key is fetched and works', async () => {
    mode = 'serve';
    expect((await me(sign(ec.privateKey, 'ES256', 'ec-1'))).body.data?.me.role).toBe('REGULATOR');
  });
});
