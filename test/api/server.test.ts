import { describe, expect, it } from 'vitest';
import { MeDocument } from '../generated/graphql';
import { useTestApi } from '../support/test-api';

describe('the HTTP server', () => {
  const env = useTestApi('empty');

  it('answers GET /health (liveness) with 200', async () => {
    const response = await fetch(`${env.api.url}/health`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
  });

  it('serves GraphQL at POST /graphql', async () => {
    const response = await env.api.request(MeDocument);
    expect(response.status).toBe(200);
    expect(response.body.data?.me.role).toBe('PUBLIC');
  });

  it('masks unexpected errors: no internals, a correlation id instead', async () => {
    const response = await fetch(`${env.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trusts(first: 2) { nodes { name } } }' }),
    });
    expect(response.status).toBe(200); // a healthy answer first, to compare with the failure below
    await env.db.orm.close(); // the database goes away under the server
    const failed = await env.api.request(MeDocument); // needs no database: still served
    expect(failed.body.data?.me.role).toBe('PUBLIC');
    const broken = await fetch(`${env.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trusts(first: 2) { nodes { name } } }' }),
    });
    const body = (await broken.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors[0].extensions.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toMatch(/select|knex|pool|stack/i);
  });
});
