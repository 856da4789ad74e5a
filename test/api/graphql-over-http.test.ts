import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';

// The GraphQL-over-HTTP draft (graphql/graphql-over-http, as of May 2025, the version graphql-http
// audits): its MUSTs and SHOULDs for both response media types, each rule a test.

const env = useTestApi('demo');
let statements = 0;
beforeAll(() => {
  env.db.orm.em.getConnection().getKnex().on('query', () => statements++);
});
beforeEach(() => {
  statements = 0;
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const AS_JSON = /^application\/json; charset=utf-8$/;
const AS_GRAPHQL_RESPONSE = /^application\/graphql-response\+json; charset=utf-8$/;
const JSON_TYPE = { 'content-type': 'application/json' };

type Answer = { status: number; type: string; allow: string | null; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };

async function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const response = await fetch(`${env.api.url}${path}`, { method, headers, body, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', allow: response.headers.get('allow'), body: text ? JSON.parse(text) : {} };
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  send('POST', '/graphql', { ...JSON_TYPE, ...headers }, typeof body === 'string' ? body : JSON.stringify(body));
const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  send('GET', `/graphql?${new URLSearchParams(params)}`, headers);

const QUERY = '{ trusts { totalCount } }';

describe('Accept negotiation', () => {
  it.each([
    ['no Accept header', undefined, AS_JSON],
    ['*/*', '*/*', AS_JSON],
    ['application/json', 'application/json', AS_JSON],
    [GRAPHQL_RESPONSE, GRAPHQL_RESPONSE, AS_GRAPHQL_RESPONSE],
    ['both, the new one preferred', `${GRAPHQL_RESPONSE}, application/json;q=0.9`, AS_GRAPHQL_RESPONSE],
    ['both, application/json preferred', `application/json, ${GRAPHQL_RESPONSE};q=0.5`, AS_JSON],
  ])('%s: answered in the media type it asks for, with its encoding', async (_what, accept, type) => {
    const answer = await post({ query: QUERY }, accept ? { accept } : {});
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(type);
    expect(answer.body.data).toEqual({ trusts: { totalCount: expect.any(Number) } });
  });

  it.each([
    ['a query', { query: QUERY }],
    ['a document that does not parse', { query: '{' }],
    ['a mutation', { query: 'mutation { approveIncentivePayment(id: "1") { id } }' }],
  ])('an Accept allowing neither JSON type nor CSV is a 406 before %s runs', async (_what, body) => {
    const answer = await post(body, { accept: 'text/plain, image/png;q=0.5' });
    expect(answer.status).toBe(406);
    expect(answer.body.errors?.[0].extensions?.code).toBe('NOT_ACCEPTABLE');
    expect(answer.body.data).toBeUndefined();
    expect(statements).toBe(0);
  });
});

describe.each([
  [GRAPHQL_RESPONSE, AS_GRAPHQL_RESPONSE],
  ['application/json', AS_JSON],
])('status codes, answering %s', (accept, type) => {
  const headers = { accept };

  it.each([
    ['a body that is not JSON', '{"query":'],
    ['a misspelt query parameter', { qeury: QUERY }],
    ['variables that are not a map', { query: 'query($code: String!) { trust(odsCode: $code) { name } }', variables: [7] }],
    ['no query at all', { operationName: 'Q' }],
    ['a document that does not parse', { query: '{' }],
    ['a document that fails validation', { query: '{ noSuchField }' }],
    ['variables that cannot be coerced', { query: 'query($code: String!) { trust(odsCode: $code) { name } }', variables: { code: null } }],
  ])('%s: 400, errors and no data, nothing run', async (_what, body) => {
    const answer = await post(body, headers);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    expect(answer.body).not.toHaveProperty('data');
    expect(statements).toBe(0);
  });

  it('two operations and no operationName: 400, errors and no data', async () => {
    const answer = await post({ query: 'query A { me { role } } query B { me { role } }' }, headers);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toHaveProperty('data');
  });

  it('field errors in a well-formed request: 200, with the data and the errors', async () => {
    const query = '{ trust(odsCode: "RN1") { name leadershipReviews { findings } } }';
    const answer = await post({ query }, { ...headers, authorization: `Bearer ${tokenFor('TRUST', 'RN1')}` });
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(type);
    expect(answer.body.data).toMatchObject({ trust: { name: expect.any(String) } });
    expect(answer.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a token the server refuses: 401, in the media type asked for', async () => {
    const answer = await post({ query: QUERY }, { ...headers, authorization: 'Bearer not.a.token' });
    expect(answer.status).toBe(401);
    expect(answer.type).toMatch(type);
    expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST', () => {
  it.each([
    ['no Content-Type', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['application/graphql', { 'content-type': 'application/graphql' }],
  ])('with %s is a 415 naming application/json, and runs nothing', async (_what, headers) => {
    const answer = await send('POST', '/graphql', { accept: GRAPHQL_RESPONSE, ...headers }, JSON.stringify({ query: QUERY }));
    expect(answer.status).toBe(415);
    expect(answer.body.errors?.[0].message).toMatch(/application\/json/);
    expect(statements).toBe(0);
  });

  it('application/json with its charset is read', async () => {
    const answer = await post({ query: QUERY }, { 'content-type': 'application/json; charset=utf-8' });
    expect(answer.status).toBe(200);
  });
});

describe('GET', () => {
  it('runs a query given in the URL, variables as JSON', async () => {
    const query = 'query($code: String!) { trust(odsCode: $code) { odsCode } }';
    const answer = await get({ query, variables: JSON.stringify({ code: 'RN1' }) }, { accept: GRAPHQL_RESPONSE });
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(AS_GRAPHQL_RESPONSE);
    expect(answer.body).toEqual({ data: { trust: { odsCode: 'RN1' } } });
  });

  it('takes an empty operationName as none', async () => {
    const answer = await get({ query: QUERY, operationName: '' }, { accept: GRAPHQL_RESPONSE });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ trusts: { totalCount: expect.any(Number) } });
  });

  it('refuses a mutation with 405 and Allow: POST, running nothing', async () => {
    const answer = await get({ query: 'mutation { approveIncentivePayment(id: "1") { id } }' }, { accept: GRAPHQL_RESPONSE });
    expect(answer.status).toBe(405);
    expect(answer.allow).toBe('POST');
    expect(answer.body).not.toHaveProperty('data');
    expect(statements).toBe(0);
  });

  it('runs a query opened as a link in a browser: no extra header, HTML preferred', async () => {
    const answer = await get({ query: QUERY }, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(AS_JSON);
    expect(answer.body).toEqual({ data: { trusts: { totalCount: expect.any(Number) } } });
  });

  it('lets no other site read an answer or send a token: no CORS header, to a request or its preflight', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    const read = await fetch(`${env.api.url}/graphql?${new URLSearchParams({ query: QUERY })}`, { headers: origin });
    const preflight = await fetch(`${env.api.url}/graphql`, {
      method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    for (const response of [read, preflight]) {
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});

it('another method is a 405 with Allow: GET, POST', async () => {
  const answer = await send('PUT', '/graphql', { ...JSON_TYPE, accept: GRAPHQL_RESPONSE }, JSON.stringify({ query: QUERY }));
  expect(answer.status).toBe(405);
  expect(answer.allow).toBe('GET, POST');
});
