import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { captureLog, post } from './log-capture';

const log = captureLog();
let db: TestDatabase;
let api: TestApi;
/** Statements as knex sends them, for comparison with the count in the log line (requests here run one at a time). */
let sent = 0;

beforeAll(async () => {
  db = await createTestDatabase('demo');
  api = await startApi(db.orm, { logger: log.logger });
  db.orm.em.getConnection().getKnex().on('query', () => sent++);
});
afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

/** Posts and returns the response with the statements knex sent for it. */
async function measured(body: unknown, headers: Record<string, string> = {}) {
  sent = 0;
  const response = await post(api.url, body, headers);
  return { ...response, sent };
}

describe('one JSON line per /graphql request', () => {
  it("carries the caller's x-request-id, echoed back, with operation, role, duration, status and statement count", async () => {
    const token = tokenFor('TRUST', 'RN1');
    const query = 'query TrustWithContracts { trust(odsCode: "RN1") { name buddyContracts { reference outcomes { measure } } } }';
    const response = await measured({ query }, { authorization: `Bearer ${token}`, 'x-request-id': 'abc-123' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    const line = await log.requestLine('abc-123');
    expect(line).toMatchObject({ level: 30, operationName: 'TrustWithContracts', operationType: 'query', role: 'TRUST', organisation: 'RN1', status: 200 });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.statements).toBeGreaterThan(0);
    expect(line.statements).toBe(response.sent);
  });

  it('counts the statements of a mutation: its transaction, its locks and its audit events', async () => {
    const regulator = { authorization: `Bearer ${tokenFor('REGULATOR', 'CQC')}` };
    const trust = await post(api.url, { query: '{ trust(odsCode: "RN1") { id } }' }, regulator);
    const ask = 'mutation Ask($t: ID!) { askInformation(input: { trustId: $t, topic: MATERNITY, period: "2026-02", question: "Stillbirth rates?", dueOn: "2026-06-30" }) { id } }';
    const response = await measured({ query: ask, variables: { t: trust.body.data.trust.id } }, { ...regulator, 'x-request-id': 'ask-1' });
    expect(response.body.errors).toBeUndefined();
    const line = await log.requestLine('ask-1');
    expect(line).toMatchObject({ operationName: 'Ask', operationType: 'mutation', role: 'REGULATOR', status: 200 });
    expect(line.statements).toBeGreaterThan(3);
    expect(line.statements).toBe(response.sent);
  });

  it('makes an id when the request has none, or one that is not a sane token, and echoes it', async () => {
    const headers: Record<string, string>[] = [{}, { 'x-request-id': 'has spaces' }, { 'x-request-id': 'x'.repeat(101) }];
    for (const header of headers) {
      const response = await post(api.url, { query: '{ me { role } }' }, header);
      const id = response.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await log.requestLine(id)).toMatchObject({ role: 'PUBLIC', operationName: null, status: 200 });
    }
    const longest = 'y'.repeat(100);
    expect((await post(api.url, { query: '{ me { role } }' }, { 'x-request-id': longest })).headers.get('x-request-id')).toBe(longest);
  });

  it('logs refusals before anything runs, with their codes', async () => {
    const refused = await post(api.url, { query: '{ me { role } }' }, { authorization: 'Bearer not-a-jwt', 'x-request-id': 'bad-token' });
    expect(refused.status).toBe(401);
    expect(await log.requestLine('bad-token')).toMatchObject({ status: 401, errors: ['UNAUTHENTICATED'], operationType: 'none', statements: 0 });
    expect((await log.requestLine('bad-token')).role).toBeUndefined();
    await post(api.url, '{"query": ', { 'x-request-id': 'bad-json' });
    expect(await log.requestLine('bad-json')).toMatchObject({ status: 400, errors: ['BAD_REQUEST'] });
  });

  it('writes the first 100 characters of an operation name, however long the client wrote it', async () => {
    const operationName = `Op${'x'.repeat(900_000)}`;
    const response = await measured({ query: `query ${operationName} { me { role } }` }, { 'x-request-id': 'long-name' });
    expect(response.status).toBe(200);
    expect((await log.requestLine('long-name')).operationName).toBe(operationName.slice(0, 100));
  });

  it('never writes a token or the Authorization header', async () => {
    const token = tokenFor('COMMISSIONER', 'X5N');
    await post(api.url, { query: '{ me { role } }' }, { authorization: `Bearer ${token}` });
    await post(api.url, { query: '{ me { role } }' }, { authorization: `Bearer ${token}x` });
    const written = log.raw.join('');
    expect(written).toContain('"organisation":"X5N"');
    for (const part of token.split('.')) expect(written).not.toContain(part);
    expect(written.toLowerCase()).not.toContain('authorization');
    expect(written.toLowerCase()).not.toContain('bearer');
  });

  it("writes a masked internal error's stack with the request id, whichever path the read took", async () => {
    // A real refusal from PostgreSQL, not a mock: the application's role loses the right to read a table.
    const owner = new Client({ connectionString: db.url });
    await owner.connect();
    await owner.query('revoke select on local_system from smo_app');
    try {
      const query = 'query Broken { localSystems { code } }';
      const response = await post(api.url, { query }, { 'x-request-id': 'masked-1' });
      expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(response.body)).not.toContain('permission denied');
      const correlationId = response.body.errors![0].extensions!.correlationId;
      const masked = log.lines().find((line) => line.correlationId === correlationId);
      expect(masked).toMatchObject({ level: 50, requestId: 'masked-1', msg: 'internal error, masked' });
      expect(masked!.error).toContain('permission denied for table local_system');
      expect(await log.requestLine('masked-1')).toMatchObject({ operationName: 'Broken', errors: ['INTERNAL_SERVER_ERROR'] });
    } finally {
      await owner.query('grant select on local_system to smo_app');
      await owner.end();
    }
  });
});
