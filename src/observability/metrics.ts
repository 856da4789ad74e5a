import { createHash, timingSafeEqual } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { primaryPool, type TarnPool } from '../db/pools';
import type { FinishedRequest } from './request-log';

export interface Metrics {
  registry: Registry;
  /** Counts one finished /graphql request. */
  observe(request: FinishedRequest): void;
}

/** The server's own registry: requests, errors, latency, statements, the database pool and the process. */
export function createMetrics(orm: MikroORM): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'http_requests_total', help: 'GraphQL HTTP requests by operation type and status', labelNames: ['operation_type', 'status'], registers });
  const errors = new Counter({ name: 'graphql_errors_total', help: 'Errors in GraphQL responses by code', labelNames: ['code'], registers });
  const duration = new Histogram({
    name: 'http_request_duration_seconds', help: 'GraphQL HTTP request duration in seconds by operation type', labelNames: ['operation_type'], registers,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  const statements = new Histogram({
    name: 'sql_statements_per_request', help: 'SQL statements one GraphQL HTTP request ran', registers,
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
  });
  const pool = () => primaryPool(orm); // read at scrape time
  const poolGauge = (name: string, help: string, read: (pool: TarnPool) => number) =>
    new Gauge({ name, help, registers, collect() { const current = pool(); this.set(current ? read(current) : 0); } });
  poolGauge('db_pool_connections_used', 'Database connections in use by a query', (p) => p.numUsed());
  poolGauge('db_pool_connections_free', 'Idle database connections in the pool', (p) => p.numFree());
  poolGauge('db_pool_acquires_pending', 'Queries waiting for a database connection', (p) => p.numPendingAcquires());
  return {
    registry,
    observe({ operationType = 'none', status, durationMs, statements: counter, errorCodes = [] }) {
      requests.inc({ operation_type: operationType, status: String(status) });
      duration.observe({ operation_type: operationType }, durationMs / 1000);
      statements.observe(counter?.count ?? 0);
      for (const code of errorCodes) errors.inc({ code });
    },
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics: with METRICS_TOKEN, only for `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise);
 * without it, open in development and absent (404) in production.
 */
export function metricsEndpoint(registry: Registry, { production, token }: { production: boolean; token?: string }): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (req, res) => {
    if (expected === undefined && production) {
      res.status(404).json({ errors: [{ message: 'Not found: the API is at /graphql', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const given = /^Bearer +(\S+) *$/i.exec(req.get('authorization') ?? '')?.[1];
    if (expected !== undefined && !(given !== undefined && timingSafeEqual(digest(given), expected))) {
      res.status(401).set('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('GET /metrics needs Authorization: Bearer <METRICS_TOKEN>\n');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  };
}
