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
import type { RequestContext } from './context';
import { explorerRouter } from './explorer/explorer.router';
import { formatError, formatErrorWithoutSuggestions } from './format-error';
import { csvAnswers } from './http/csv';
import { graphqlOverHttp } from './http/graphql-over-http';
import { queryLimits } from './limits';
import { idempotencyPlugin } from './modules/idempotency/idempotency.plugin';
import { observe, type ObservabilityOptions } from './observability';
import { plannedReadsPlugin } from './read/planned-reads.plugin';
import { getSchema } from './schema';
import { transportErrorHandler } from './transport-errors';

export interface Server {
  httpServer: http.Server;
  listen(port: number): Promise<number>;
  /** Stops taking requests and lets in-flight ones finish; the caller then closes the database. */
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

/** The readiness check of one server: concurrent probes share one check (one connection), which answers within READY_TIMEOUT_MS. */
function readinessOf(orm: MikroORM): () => Promise<string | undefined> {
  let inFlight: Promise<string | undefined> | undefined;
  const check = () => {
    const timeout = new Promise<string>((resolve) => setTimeout(resolve, READY_TIMEOUT_MS, `PostgreSQL did not answer within ${READY_TIMEOUT_MS} ms`).unref());
    return Promise.race([databaseProblem(orm), timeout]).finally(() => (inFlight = undefined));
  };
  return () => (inFlight ??= check());
}

export interface ServerOptions extends ObservabilityOptions {
  /** NODE_ENV=production: no introspection, no field suggestions. */
  production?: boolean;
}

export async function createServer(orm: MikroORM, verifier: JwtVerifier, { production = false, ...observing }: ServerOptions = {}): Promise<Server> {
  const limits = queryLimits(production);
  const readiness = readinessOf(orm);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const observability = observe(orm, httpServer, { production, ...observing });
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError: production ? formatErrorWithoutSuggestions : formatError,
    includeStacktraceInErrorResponses: false,
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
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(), // no cache hints are set: its per-field hook only cost time
      ApolloServerPluginLandingPageDisabled(), // the explorer at / is ours, served without a CDN
      ...limits.plugins,
      plannedReadsPlugin(),
      idempotencyPlugin(),
      observability.plugin,
    ],
  });
  await apollo.start();

  // Liveness: the process answers. It never waits for the database, so it cannot be starved by it.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const problem = await readiness();
    res.status(problem ? 503 : 200).json(problem ? { status: 'unavailable', reason: problem } : { status: 'ready' });
  });
  app.get('/metrics', observability.metrics);
  app.use(explorerRouter({ production, verifier }));
  app.use('/graphql', observability.requestLog);
  app.use('/graphql', graphqlOverHttp());
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
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
    stop: () => apollo.stop(),
  };
}
