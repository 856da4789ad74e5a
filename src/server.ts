import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { authenticate } from './auth/authenticate';
import type { JwtVerifier } from './auth/jwt';
import type { RequestContext } from './context';
import { formatError, formatErrorWithoutSuggestions } from './format-error';
import { queryLimits } from './limits';
import { getSchema } from './schema';
import { transportErrorHandler } from './transport-errors';

export interface Server {
  httpServer: http.Server;
  listen(port: number): Promise<number>;
  /** Stops taking requests and lets in-flight ones finish; the caller then closes the database. */
  stop(): Promise<void>;
}

async function databaseAnswers(orm: MikroORM): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false).unref());
  const ping = orm.em.getConnection().execute('select 1').then(() => true, () => false);
  return Promise.race([ping, timeout]);
}

export interface ServerOptions {
  /** NODE_ENV=production: no introspection, no field suggestions. */
  production?: boolean;
}

export async function createServer(orm: MikroORM, verifier: JwtVerifier, { production = false }: ServerOptions = {}): Promise<Server> {
  const limits = queryLimits(production);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError: production ? formatErrorWithoutSuggestions : formatError,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // src/main.ts handles the signals: drain, close the database, stop the embedded server
    introspection: !production,
    nodeEnv: production ? 'production' : 'development',
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...limits.plugins],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const up = await databaseAnswers(orm);
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => authenticate(orm, verifier, req.headers.authorization) }),
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
