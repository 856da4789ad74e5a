import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument } from '../generated/graphql';
import { startApi, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('the HTTP server', () => {
  let db: TestDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await createTestDatabase('empty');
    api = await startApi(db.orm);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('answers GET /health with 200 while the database answers', async () => {
    const response = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
  });

  it('serves GraphQL at POST /graphql', async () => {
    const response = await api.request(MeDocument);
    expect(response.status).toBe(200);
    expect(response.body.data?.me.role).toBe('PUBLIC');
  });

  it('masks unexpected errors: no internals, a correlation id instead', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trusts(first: 2) { nodes { name } } }' }),
    });
    expect(response.status).toBe(200); // a healthy answer first, to compare with the failure below
    await db.orm.close(); // the database goes away under the server
    const failed = await api.request(MeDocument); // needs no database: still served
    expect(failed.body.data?.me.role).toBe('PUBLIC');
    const broken = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trusts(first: 2) { nodes { name } } }' }),
    });
    const body = (await broken.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors[0].extensions.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toMatch(/select|knex|pool|stack/i);
  });

  it('answers GET /health with 503 once the database does not answer', async () => {
    const response = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(503);
  });
});
