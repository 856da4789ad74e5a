import { createHash } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestApi } from '../support/test-api';

// Requests the API cannot run as sent answer a 4xx the client can act on, run nothing, and write no
// error-level log line (the issue saw INTERNAL_SERVER_ERROR, logged, for each of these).

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
