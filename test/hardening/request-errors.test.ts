import { createHash } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestApi } from '../support/test-api';

// Requests the API cannot run as sent answer a 4xx the client can act on, run nothing, and write no
// error-level log line (docs/domain.md#error-codes: never INTERNAL_SERVER_ERROR, which is for the unexpected).

// Spied before the server starts, so that Apollo's logger writes through the spy too.
const errorLog = vi.spyOn(console, 'error');
const env = useTestApi('empty');
let statements = 0;

beforeAll(() => {
  env.db.orm.em.getConnection().getKnex().on('query', () => statements++);
});
beforeEach(() => {
  errorLog.mockClear();
  statements = 0;
});
afterEach(() => {
  expect(errorLog).not.toHaveBeenCalled();
  expect(statements).toBe(0);
});

async function post(body: Record<string, unknown>) {
  const response = await fetch(`${env.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const QUERY = '{ trusts { totalCount } }';

describe('an automatic persisted query', () => {
  it('whose hash does not match its query is a 400 saying so', async () => {
    const { status, body } = await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { role } }') } } });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: expect.stringMatching(/sha256Hash is not the SHA-256 of query/), extensions: { code: 'BAD_REQUEST' } }]);
    expect(body.data).toBeUndefined();
  });

  it('of an unsupported version is a 400 saying so', async () => {
    const { status, body } = await post({ query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } }]);
  });
});

describe('a subscription', () => {
  it('over HTTP is a 400 saying where subscriptions are served, and runs nothing', async () => {
    const { status, body } = await post({ query: 'subscription { regimeEvents { kind } }' });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: expect.stringMatching(/^Subscriptions are served over WebSocket/), extensions: { code: 'BAD_REQUEST' } }]);
    expect(body.data).toBeUndefined();
  });
});

describe('odd edges of a request', () => {
  it('a 30 KB Authorization header is a 431 with a GraphQL JSON error, not an empty body', async () => {
    const response = await fetch(`${env.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${'a'.repeat(30_000)}` },
      body: JSON.stringify({ query: '{ me { role } }' }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/^the request headers are larger than 16 KB/), extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('an unknown operation name of 900 KB is not echoed back whole', async () => {
    const name = `Op${'x'.repeat(900_000)}`;
    const { status, body } = await post({ query: 'query Known { me { role } }', operationName: name });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: expect.stringMatching(/^Unknown operation named "Opxxx+…"\.$/), extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);
    expect(body.errors![0].message.length).toBeLessThan(200);
  });

  it('a huge value refused for a variable is cut in the message that names it', async () => {
    const { status, body } = await post({ query: 'query($n: Int) { trusts(first: $n) { totalCount } }', variables: { n: 'y'.repeat(500_000) } });
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/^Variable "\$n" got invalid value "yyy+…"/);
    expect(body.errors![0].message.length).toBeLessThan(400);
  });

  it('a deeply nested variable the operation does not declare is ignored, as GraphQL says: { me { role } } is answered', async () => {
    const nested = `${'['.repeat(20_000)}"deep"${']'.repeat(20_000)}`; // written out: JSON.stringify could not
    const response = await fetch(`${env.api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"query":"{ me { role } }","variables":{"unused":${nested}}}`, signal: AbortSignal.timeout(10_000),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { data: { me: { role: 'PUBLIC' } } } });
  });
});
