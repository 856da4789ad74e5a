import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { captureLog, post } from './log-capture';

const TOKEN = 'metrics-token-of-the-test-0123456789';
const log = captureLog();
let db: TestDatabase;
let development: TestApi;
const started: TestApi[] = [];

beforeAll(async () => {
  db = await createTestDatabase('demo');
  development = await startApi(db.orm, { logger: log.logger, metricsToken: null });
  started.push(development);
});
afterAll(async () => {
  for (const api of started) await api.stop();
  await db?.drop();
});

async function scrape(api: TestApi, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/metrics`, { headers, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, text: await response.text() };
}

/** The value of one sample, `name{labels}` exactly as exposed; 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const serverWith = async (options: Parameters<typeof startApi>[1]) => {
  const api = await startApi(db.orm, options);
  started.push(api);
  return api;
};

describe('GET /metrics', () => {
  it('counts requests by operation type and status, errors by code, latency and statements, and they grow with requests', async () => {
    const before = await scrape(development);
    expect(before.status).toBe(200);
    expect(before.type).toBe('text/plain; version=0.0.4; charset=utf-8');
    const query = await post(development.url, { query: '{ trusts(first: 3) { nodes { name } } }' }, { 'x-request-id': 'counted' });
    expect(query.status).toBe(200);
    const { statements } = await log.requestLine('counted');
    await post(development.url, { query: '{ me { role } }' }, { authorization: 'Bearer not-a-jwt' });
    await post(development.url, { query: '{ trust(odsCode: "RN1") { leadershipReviews { findings } } }' }, { authorization: `Bearer ${tokenFor('TRUST', 'RN1')}` });
    const after = (await scrape(development)).text;
    const grew = (series: string) => sample(after, series) - sample(before.text, series);
    expect(grew('http_requests_total{operation_type="query",status="200"}')).toBe(2);
    expect(grew('http_requests_total{operation_type="none",status="401"}')).toBe(1);
    expect(grew('graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(grew('graphql_errors_total{code="FORBIDDEN"}')).toBeGreaterThan(0);
    expect(grew('http_request_duration_seconds_count{operation_type="query"}')).toBe(2);
    expect(grew('http_request_duration_seconds_bucket{le="+Inf",operation_type="query"}')).toBe(2);
    expect(grew('sql_statements_per_request_count')).toBe(3);
    expect(grew('sql_statements_per_request_sum')).toBeGreaterThanOrEqual(Number(statements));
    expect(Number(statements)).toBeGreaterThan(0);
  });

  it("shows the database pool's use and the process's own metrics", async () => {
    await post(development.url, { query: '{ trusts(first: 1) { nodes { name } } }' });
    const { text } = await scrape(development);
    for (const gauge of ['db_pool_connections_used', 'db_pool_connections_free', 'db_pool_acquires_pending']) {
      expect(text).toContain(`# TYPE ${gauge} gauge`);
      expect(text).toMatch(new RegExp(`^${gauge} \\d+$`, 'm'));
    }
    expect(sample(text, 'db_pool_connections_used') + sample(text, 'db_pool_connections_free')).toBeGreaterThan(0);
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('is absent (404) in production without METRICS_TOKEN', async () => {
    const production = await serverWith({ production: true, metricsToken: null });
    const response = await scrape(production);
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('http_requests_total');
  });

  it('asks for Authorization: Bearer <METRICS_TOKEN> when it is set, in production and in development', async () => {
    for (const production of [true, false]) {
      const api = await serverWith({ production, metricsToken: TOKEN });
      for (const authorization of [undefined, 'Bearer wrong-token', TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
        const refused = await scrape(api, authorization ? { authorization } : {});
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
        expect(refused.text).not.toContain('http_requests_total');
      }
      const allowed = await scrape(api, { authorization: `Bearer ${TOKEN}` });
      expect(allowed.status).toBe(200);
      expect(allowed.text).toContain('# TYPE http_requests_total counter');
    }
  });
});
