import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { RequestContext } from '../auth/context';
import { defaultLogger, type Logger } from './logger';
import { useForUntaggedErrors } from './masked-errors';
import { createMetrics, metricsEndpoint } from './metrics';
import { observedContext, requestLog, requestLogPlugin } from './request-log';

export { createLogger, type DestinationStream, type Logger } from './logger';

export interface ObservabilityOptions {
  /** The logger of every line; by default the process's (LOG_LEVEL, JSON in production). */
  logger?: Logger;
  /** Bearer token GET /metrics asks for (the server's METRICS_TOKEN); none when undefined. */
  metricsToken?: string;
}

export interface Observability {
  /** Mounted on /graphql before anything that answers. */
  requestLog: RequestHandler;
  /** GET /metrics. */
  metrics: RequestHandler;
  plugin: ApolloServerPlugin<RequestContext>;
  /** Wraps the request's context as it is built. */
  context: typeof observedContext;
  /** The same lines for Apollo's own messages ("Unexpected error processing request"). */
  logger: Logger;
}

/** Logs and metrics of one server: a line per /graphql request and per start and stop, and Prometheus metrics. */
export function observe(orm: MikroORM, httpServer: http.Server, options: ObservabilityOptions & { production: boolean }): Observability {
  const logger = options.logger ?? defaultLogger();
  const metrics = createMetrics(orm);
  useForUntaggedErrors(logger);
  httpServer.once('listening', () => {
    const address = httpServer.address();
    logger.info({ event: 'listening', port: typeof address === 'object' && address ? address.port : address }, 'server listening');
  });
  httpServer.once('close', () => logger.info({ event: 'stopped' }, 'server stopped: every request answered'));
  const lifecycle: ApolloServerPlugin<RequestContext> = {
    async serverWillStart() {
      return {
        async drainServer() {
          logger.info({ event: 'stopping' }, 'server stopping: draining requests');
        },
      };
    },
  };
  const plugin = requestLogPlugin();
  return {
    requestLog: requestLog(logger, (request) => metrics.observe(request)),
    metrics: metricsEndpoint(metrics.registry, { production: options.production, token: options.metricsToken }),
    plugin: { ...plugin, ...lifecycle },
    context: observedContext,
    logger,
  };
}
