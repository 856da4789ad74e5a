import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  createSourceEventStream, execute, getOperationAST, getVariableValues, GraphQLError, parse, specifiedRules, validate,
  type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { JwtVerifier } from '../auth/jwt';
import type { LiveLimits } from '../config';
import { formatError, formatErrorWithoutSuggestions, TOO_MANY_SUBSCRIPTIONS } from '../format-error';
import { PARSE_OPTIONS } from '../limits/armor';
import { queryCost } from '../limits/cost';
import { LIMIT_CODES, MAX_COST } from '../limits/query-limits';
import type { Logger } from '../observability';
import { listenForChanges, type ChangeListener } from './listener';
import { LiveUpdates, type Delivery, type LiveSession } from './live-updates';
import type { SubscriptionContext } from './regime-events.resolver';
import { closeWith, openSession, TRY_AGAIN_LATER_CLOSE_CODE } from './session';

/** Live updates share the path of queries: an upgrade request there is a WebSocket, anything else HTTP. */
export const LIVE_PATH = '/graphql';
/** How long a stopping server waits for its connections to answer their close (1001) before it drops them. */
export const CLOSE_GRACE_MS = 1_000;

export interface LiveOptions {
  orm: MikroORM;
  verifier: JwtVerifier;
  schema: GraphQLSchema;
  production: boolean;
  /** The HTTP path's own limits (depth, aliases, directives), so a subscription meets the same. */
  validationRules: ValidationRule[];
  limits: LiveLimits;
  logger: Logger;
}

export interface LiveServer {
  /** Drains the WebSocket connections and stops listening when Apollo Server stops. */
  plugin: ApolloServerPlugin;
  /** Resolves once the process listens for changes (or first failed to, and keeps trying). */
  ready: Promise<void>;
}

const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });
const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, originalError: error.originalError, extensions: { code, ...error.extensions } });

/** A subscription's document, checked as a query over HTTP is: the errors to answer, or what to run. */
function prepare(schema: GraphQLSchema, rules: ValidationRule[], payload: SubscribePayload): GraphQLError[] | { document: DocumentNode } {
  let document: DocumentNode;
  try {
    document = parse(payload.query, PARSE_OPTIONS);
  } catch (error) {
    return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
  }
  const invalid = validate(schema, document, [...specifiedRules, ...rules]);
  if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [refusal('name the operation to run (operationName)', 'BAD_REQUEST')];
  if (operation.operation !== 'subscription') return [refusal('only subscriptions are served over WebSocket: send queries and mutations over HTTP', 'BAD_REQUEST')];
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (variables.errors) return variables.errors.map((error) => withCode(error, 'BAD_USER_INPUT'));
  const cost = queryCost(schema, document, operation, payload.variables ?? {});
  if (cost !== undefined && cost > MAX_COST) return [refusal(`Query cost limit of ${MAX_COST} exceeded, found ${cost}: select less under each event.`, LIMIT_CODES.cost)];
  return { document };
}

/**
 * graphql's subscribe, except that each event is resolved in the context it was delivered with
 * (src/live/live-updates.ts): the subscriber's access as of that event. The read engine reads it
 * once for every subscriber of the same access and selection (src/live/regime-events.resolver.ts).
 */
async function subscribeDeliveringEach(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const deliveries = stream as AsyncIterableIterator<Delivery>;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const next = await deliveries.next();
      if (next.done) return next;
      return { done: false, value: await execute({ ...args, rootValue: next.value.event, contextValue: next.value.context }) };
    },
    async return() {
      await deliveries.return!();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => results,
  };
  return results;
}

/** Live updates over WebSocket (graphql-ws) on the HTTP server's /graphql, and the process's one LISTEN. */
export function serveLiveUpdates(httpServer: http.Server, options: LiveOptions): LiveServer {
  const { orm, verifier, schema, production, validationRules, limits, logger } = options;
  const format = (error: GraphQLError): GraphQLFormattedError => (production ? formatErrorWithoutSuggestions : formatError)(error.toJSON(), error);
  const updates = new LiveUpdates(orm, limits, logger);
  const listener: ChangeListener = listenForChanges(orm.config.get('clientUrl')!, (payload) => updates.receive(payload), logger);
  const sessions = new WeakMap<object, LiveSession>();

  const wss = new WebSocketServer({ server: httpServer, path: LIVE_PATH });
  wss.on('connection', (socket) => {
    if (wss.clients.size <= limits.maxConnections) return;
    closeWith(socket, TRY_AGAIN_LATER_CLOSE_CODE, `too many connections to this server process (at most ${limits.maxConnections}): try again later`);
  });
  const server = useServer<Record<string, unknown>>({
    isProd: production,
    onConnect: async (ctx) => {
      if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false; // refused above already
      const session = await openSession(orm, verifier, ctx.extra.socket, ctx.connectionParams);
      if (session) sessions.set(ctx, session);
      return session !== undefined;
    },
    onSubscribe: (ctx, _id, payload) => {
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
        return [refusal(`too many subscriptions on this connection: at most ${limits.maxSubscriptionsPerConnection} at once; complete one, or open another connection`, TOO_MANY_SUBSCRIPTIONS)];
      }
      const prepared = prepare(schema, validationRules, payload);
      if (Array.isArray(prepared)) return prepared;
      const session = sessions.get(ctx)!;
      const contextValue: SubscriptionContext = { subscribe: (filter) => updates.subscribe(session, filter) };
      return { schema, document: prepared.document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
    },
    subscribe: subscribeDeliveringEach,
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((error) => format(error as GraphQLError)) } : undefined),
    onError: (_ctx, _id, _payload, errors) => errors.map(format),
  }, wss);

  return {
    plugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            // Every connection is sent 1001 (going away); one that does not answer (it stopped reading) would hold the stop for 30 s.
            const stragglers = setTimeout(() => wss.clients.forEach((socket) => socket.terminate()), CLOSE_GRACE_MS);
            await server.dispose();
            clearTimeout(stragglers);
            await listener.close();
          },
        };
      },
    },
    ready: listener.ready,
  };
}
