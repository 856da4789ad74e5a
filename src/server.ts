import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { Client } from 'pg';
import { authenticate } from './auth/authenticate';
import type { JwtVerifier } from './auth/jwt';
import type { RequestContext } from './auth/context';
import { config, DEFAULT_DRAIN_MS, type LiveLimits } from './config';
import { cancelStatementsAfter, poolPressure } from './db/pools';
import { explorerRouter } from './explorer/explorer.router';
import { formatError, formatErrorWithoutSuggestions } from './format-error';
import { csvAnswers } from './http/csv';
import { graphqlOverHttp } from './http/graphql-over-http';
import { queryLimits } from './limits';
import { serveLiveUpdates } from './live/websocket';
import { idempotencyPlugin } from './change/idempotency-plugin';
import { observe, type ObservabilityOptions } from './observability';
import { stringifyResult } from './read/engine';
import { readEnginePlugin } from './read/plugin';
import { getSchema } from './schema';
import { answerClientErrors, refuseInvalidUtf8, transportErrorHandler } from './transport-errors';

export interface Server {
  httpServer: http.Server;
  listen(port: number): Promise<number>;
  /** Stops taking requests and lets in-flight ones finish (cancelling their statements past the drain period); the caller then closes the database. */
  stop(): Promise<void>;
}

/** How long readiness waits for PostgreSQL, well inside a probe's usual 5 s. */
export const READY_TIMEOUT_MS = 1500;

/**
 * Why the database cannot serve, or undefined when it can: asked on a connection of its own, so a
 * pool taken by heavy requests never makes a healthy database look down.
 */
async function databaseProblem(orm: MikroORM): Promise<string | undefined> {
  const migrations = orm.config.get('migrations');
  const client = new Client({ connectionString: orm.config.get('clientUrl'), connectionTimeoutMillis: READY_TIMEOUT_MS, query_timeout: READY_TIMEOUT_MS });
  client.on('error', () => {}); // a connection lost mid-check fails the query instead
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>(`select name from "${migrations.tableName ?? 'mikro_orm_migrations'}"`);
    const applied = new Set(rows.map((row) => row.name.replace(/\.[jt]s$/, '')));
    const pending = (migrations.migrationsList ?? []).map((m) => m.name).filter((name) => !applied.has(name));
    return pending.length ? `migrations not applied: ${pending.join(', ')}` : undefined;
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return 'migrations not applied: the database has none';
    return 'PostgreSQL cannot be reached';
  } finally {
    client.end().catch(() => {});
  }
}

/**
 * The readiness check of one server: first whether its pool can serve (no request waiting long for a
 * connection), then the database on a connection of its own; concurrent probes share one check, which
 * answers within READY_TIMEOUT_MS.
 */
function readinessOf(orm: MikroORM): () => Promise<string | undefined> {
  const poolProblem = poolPressure(orm);
  let inFlight: Promise<string | undefined> | undefined;
  const check = () => {
    const timeout = new Promise<string>((resolve) => setTimeout(resolve, READY_TIMEOUT_MS, `PostgreSQL did not answer within ${READY_TIMEOUT_MS} ms`).unref());
    return Promise.race([databaseProblem(orm), timeout]).finally(() => (inFlight = undefined));
  };
  return async () => poolProblem() ?? (inFlight ??= check());
}

export interface ServerOptions extends Omit<ObservabilityOptions, 'metricsToken'> {
  /** Bearer token GET /metrics asks for; by default METRICS_TOKEN; null for none. */
  metricsToken?: string | null;
  /** NODE_ENV=production: no introspection, no field suggestions. */
  production?: boolean;
  /** SHUTDOWN_DRAIN_MS: how long stop() lets requests in flight finish before cancelling their statements. */
  drainMs?: number;
  /** Live updates' limits; by default LIVE_MAX_* (src/config.ts). */
  live?: LiveLimits;
}

/** Once statements are cancelled, how long their requests have to write the answer before their connections are closed. */
const ANSWER_AFTER_CANCEL_MS = 3000;

export async function createServer(
  orm: MikroORM, verifier: JwtVerifier, { production = false, drainMs = DEFAULT_DRAIN_MS, live: liveLimits, ...observing }: ServerOptions = {},
): Promise<Server> {
  const limits = queryLimits(production);
  const readiness = readinessOf(orm);
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag'); // a hash of every answer's body, which no client of a POST API revalidates: for the dashboard, most of a millisecond
  const httpServer = http.createServer(app);
  answerClientErrors(httpServer);
  const metricsToken = observing.metricsToken === undefined ? config().metricsToken : (observing.metricsToken ?? undefined);
  const observability = observe(orm, httpServer, { production, ...observing, metricsToken });
  const schema = await getSchema();
  const live = serveLiveUpdates(httpServer, {
    orm, verifier, schema, production, validationRules: limits.validationRules, limits: liveLimits ?? config().live, logger: observability.logger,
  });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: production ? formatErrorWithoutSuggestions : formatError,
    includeStacktraceInErrorResponses: false,
    stringifyResult, // the read engine's JSON goes out as PostgreSQL wrote it
    logger: observability.logger,
    stopOnTerminationSignals: false, // src/main.ts handles the signals: drain, close the database, stop the embedded server
    introspection: !production,
    // Queries over GET for any client: with bearer tokens and no cookies a cross-site GET acts as PUBLIC,
    // a mutation over GET is a 405, and a POST must be JSON (src/http/graphql-over-http.ts), which needs a preflight.
    csrfPrevention: false,
    nodeEnv: production ? 'production' : 'development',
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMs + ANSWER_AFTER_CANCEL_MS }),
      ApolloServerPluginCacheControlDisabled(), // no cache hints are set: its per-field hook only cost time
      ApolloServerPluginLandingPageDisabled(), // the explorer at / is ours, served without a CDN
      ...limits.plugins,
      readEnginePlugin(),
      idempotencyPlugin(),
      observability.plugin,
      live.plugin,
    ],
  });
  await apollo.start();
  await live.ready;

  // Liveness: the process answers. It never waits for the database, so it cannot be starved by it.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const problem = await readiness();
    res.status(problem ? 503 : 200).json(problem ? { status: 'unavailable', reason: problem } : { status: 'ready' });
  });
  app.get('/metrics', observability.metrics);
  app.use(explorerRouter({ production, verifier, signingSettings: () => config().jwt }));
  app.use('/graphql', observability.requestLog);
  app.use('/graphql', graphqlOverHttp());
  app.use(
    '/graphql',
    express.json({ limit: '1mb', verify: refuseInvalidUtf8 }),
    csvAnswers(),
    expressMiddleware(apollo, { context: async ({ req, res }) => observability.context(res, authenticate(orm, verifier, req.headers.authorization)) }),
  );
  app.use(transportErrorHandler);

  return {
    httpServer,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      // Past the drain period, what still runs is cancelled: each request in flight then answers SERVICE_UNAVAILABLE.
      const stopCancelling = cancelStatementsAfter(orm, drainMs, (count) =>
        observability.logger.warn({ event: 'statements cancelled', count }, 'drain period over: cancelled the statements still running'));
      try {
        await apollo.stop();
      } finally {
        stopCancelling();
      }
    },
  };
}
