import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../src/auth/jwt';
import { createServer, type Server } from '../../src/server';
import { TEST_JWT } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';

// NODE_ENV=production (src/main.ts passes it as `production`): the schema is not given away, neither
// by introspection nor by "Did you mean …?" in an error, and no error carries a stack trace, names
// the server's software or tells a refused token which issuer or audience would do.

let db: TestDatabase;
const servers: Record<'production' | 'development', { server: Server; url: string }> = {} as never;

beforeAll(async () => {
  db = await createTestDatabase('empty');
  for (const mode of ['production', 'development'] as const) {
    const server = await createServer(db.orm, createVerifier(TEST_JWT), { production: mode === 'production' });
    servers[mode] = { server, url: `http://127.0.0.1:${await server.listen(0)}/graphql` };
  }
});
afterAll(async () => {
  for (const { server } of Object.values(servers)) await server.stop();
  await db.drop();
});

async function ask(mode: 'production' | 'development', query: string, variables?: Record<string, unknown>, { method = 'POST', token }: { method?: string; token?: string } = {}) {
  const response = await fetch(servers[mode].url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
}

describe('introspection', () => {
  it.each(['{ __schema { types { name } } }', '{ __type(name: "Trust") { fields { name } } }'])('%s is refused in production', async (query) => {
    const answer = await ask('production', query);
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(/introspection is not allowed/i);
    expect(answer.text).not.toMatch(/financialForecast/);
  });

  it('is answered in development', async () => {
    const answer = await ask('development', '{ __type(name: "Trust") { fields { name } } }');
    expect(answer.text).toMatch(/financialForecast/);
  });
});

describe('a misspelt name', () => {
  const MISSPELT = [
    ['a field', '{ trusts { nodes { financialForcast } } }', undefined],
    ['an argument', '{ trusts(frist: 5) { totalCount } }', undefined],
    ['an enum value', '{ trusts(filter: { currentRating: INADEQUAT }) { totalCount } }', undefined],
    ['an enum value in a variable', 'query($r: Rating) { trusts(filter: { currentRating: $r }) { totalCount } }', { r: 'INADEQUAT' }],
    ['an input field', '{ trusts(filter: { nameContain: "x" }) { totalCount } }', undefined],
    ['a type', 'query($f: TrustFiltr) { trusts(filter: $f) { totalCount } }', undefined],
  ] as const;

  it.each(MISSPELT)('%s: refused in production without suggesting the right name', async (_what, query, variables) => {
    const answer = await ask('production', query, variables);
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.length).toBeGreaterThan(0);
    expect(answer.text).not.toMatch(/did you mean/i);
  });

  it.each(MISSPELT)('%s: suggested in development (so the test above can see one)', async (_what, query, variables) => {
    expect((await ask('development', query, variables)).text).toMatch(/did you mean/i);
  });
});

describe('no stack trace in production', () => {
  it('neither in a refusal nor in an unexpected failure, which keeps only a correlation id', async () => {
    const refused = await ask('production', '{ trusts { nodes { nope } } }');
    await db.orm.close(); // the database goes away under the server: an unexpected failure
    const failed = await ask('production', '{ trusts { nodes { name } } }');
    expect(failed.body.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    for (const answer of [refused, failed]) expect(answer.text).not.toMatch(/stacktrace|\bat \S+ \(|node_modules|\/work\//);
  });
});

describe('saying less', () => {
  it('introspection and a PUT are refused without naming Apollo Server', async () => {
    const introspection = await ask('production', '{ __schema { types { name } } }');
    expect(introspection.body.errors![0].message).toBe('GraphQL introspection is not allowed');
    const put = await ask('production', '{ me { role } }', undefined, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.body.errors![0].message).toBe('only GET and POST requests are supported');
    for (const answer of [introspection, put]) expect(answer.text).not.toMatch(/apollo/i);
  });

  it('a token for another issuer or audience is refused without naming the expected one', async () => {
    const claims = { sub: 'prod:regulator', role: 'REGULATOR', org: 'CQC' };
    const wrong = [
      jwt.sign(claims, TEST_JWT.secret!, { algorithm: 'HS256', expiresIn: '5m', issuer: 'someone-else', audience: DEFAULT_AUDIENCE }),
      jwt.sign(claims, TEST_JWT.secret!, { algorithm: 'HS256', expiresIn: '5m', issuer: DEFAULT_ISSUER, audience: 'another-api' }),
    ];
    const answers = await Promise.all(wrong.map((token) => ask('production', '{ me { role } }', undefined, { token })));
    expect(answers.map((a) => [a.status, a.body.errors![0].message])).toEqual([
      [401, 'Unauthenticated: invalid token: jwt issuer invalid'], [401, 'Unauthenticated: invalid token: jwt audience invalid'],
    ]);
    for (const answer of answers) expect(answer.text).not.toMatch(new RegExp(`${DEFAULT_ISSUER}|${DEFAULT_AUDIENCE}|expected`));
  });
});
