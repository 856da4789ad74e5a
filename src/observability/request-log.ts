import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import type { Principal } from '../auth/principal';
import type { RequestContext } from '../auth/context';
import type { Logger } from './logger';
import { tagErrorWith } from './masked-errors';
import { counterOf, type StatementCounter } from './statement-count';

/** What one /graphql request's log line and metrics say, filled in as the request goes. */
export interface RequestRecord {
  requestId: string;
  logger: Logger;
  started: number;
  operationName?: string | null;
  /** query or mutation; none when no operation ran (a refused token, an unreadable body). */
  operationType?: string;
  principal?: Principal;
  statements?: StatementCounter;
  errorCodes?: string[];
}

export interface FinishedRequest extends RequestRecord {
  status: number;
  durationMs: number;
}

const SANE_REQUEST_ID = /^[\x21-\x7e]{1,100}$/; // printable ASCII without spaces: it is echoed in a header and logged
/** An operation name is the client's own text, up to most of a 1 MB body: the log line keeps its start. */
const LOGGED_NAME_LENGTH = 100;
const RECORD = Symbol('request record');
// By the request's EntityManager: Apollo hands plugins a shallow copy of the context, with the same em.
const records = new WeakMap<RequestContext['em'], RequestRecord>();

export const requestIdFrom = (header: string | undefined): string => (header && SANE_REQUEST_ID.test(header) ? header : randomUUID());

const recordOf = (res: Response): RequestRecord | undefined => (res as Response & { [RECORD]?: RequestRecord })[RECORD];

function errorCodesIn(body: string): string[] | undefined {
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }).errors;
    return errors?.map((error) => String(error?.extensions?.code ?? 'UNKNOWN'));
  } catch {
    return undefined;
  }
}

/** Mounted on /graphql before anything answers: gives the request its id and logs one line once the response is done. */
export function requestLog(logger: Logger, finished: (request: FinishedRequest) => void): RequestHandler {
  return (req, res, next) => {
    const record: RequestRecord = { requestId: requestIdFrom(req.get('x-request-id')), logger, started: performance.now() };
    res.setHeader('x-request-id', record.requestId);
    (res as Response & { [RECORD]?: RequestRecord })[RECORD] = record;
    const send = res.send;
    // Answers Apollo's plugins never see (406, 415, an unreadable body, a refused token) are small: read their codes.
    res.send = function sendRecordingCodes(this: Response, body) {
      if (record.errorCodes === undefined && this.statusCode >= 400 && typeof body === 'string') record.errorCodes = errorCodesIn(body);
      return send.call(this, body);
    };
    res.once('close', () => {
      const durationMs = Math.round((performance.now() - record.started) * 10) / 10;
      const request: FinishedRequest = { ...record, status: res.writableFinished ? res.statusCode : 499, durationMs };
      finished(request);
      const { requestId, operationName, operationType = 'none', principal, statements, errorCodes, status } = request;
      const line = {
        requestId, operationName: operationName?.slice(0, LOGGED_NAME_LENGTH) ?? null, operationType, role: principal?.role, organisation: principal?.organisation ?? undefined,
        status, durationMs, statements: statements?.count ?? 0, errors: errorCodes?.length ? [...new Set(errorCodes)] : undefined,
      };
      if (status >= 500) logger.error(line, 'graphql request failed');
      else logger.info(line, 'graphql request');
    });
    next();
  };
}

/** Wraps the context function: links the request's context to its record (or a refusal's error to it, for its log line). */
export async function observedContext(res: Response, pending: Promise<RequestContext>): Promise<RequestContext> {
  const record = recordOf(res);
  try {
    const context = await pending;
    if (record) {
      record.principal = context.principal;
      record.statements = counterOf(context.em);
      records.set(context.em, record);
    }
    return context;
  } catch (error) {
    if (record) tagErrorWith(error, record);
    throw error;
  }
}

// One listener for every request: the record is found from the context, so nothing is allocated per request.
const listener: GraphQLRequestListener<RequestContext> = {
  async didResolveOperation({ contextValue, operationName, operation }) {
    const record = records.get(contextValue.em);
    if (!record) return;
    record.operationName = operationName;
    record.operationType = operation?.operation;
  },
  async didEncounterErrors({ contextValue, errors }) {
    const record = records.get(contextValue.em);
    if (record) for (const error of errors) tagErrorWith(error, record);
  },
  async willSendResponse({ contextValue, response }) {
    const record = records.get(contextValue.em);
    if (record && response.body.kind === 'single') {
      record.errorCodes = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
    }
  },
};

/** The operation's name and type and the response's error codes, for the request's record. */
export function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const record = records.get(contextValue.em);
      if (record) record.operationName = request.operationName;
      return listener;
    },
    // A plugin's hook that throws (the planned read path's, say) reaches format-error only as Apollo's
    // bare "Internal server error": the error itself is here, with its request.
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      const record = records.get(requestContext.contextValue.em);
      if (record) record.logger.error({ requestId: record.requestId, error: String(error.stack ?? error) }, 'unexpected error processing request');
    },
  };
}
