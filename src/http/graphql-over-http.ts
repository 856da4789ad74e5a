// What the GraphQL-over-HTTP draft asks of /graphql that Apollo Server leaves open, checked before the
// body is read and before Apollo runs anything. Apollo already negotiates application/json against
// application/graphql-response+json, answers 400 for unreadable parameters, parse, validation and
// variable errors, 200 with field errors, and 405 for a mutation over GET or another method.
import type { Request, RequestHandler, Response } from 'express';
import { CSV, JSON_TYPES } from './media-types';

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Accept names neither JSON type nor CSV (nor, on GET, HTML, which a browser opening a link asks for first). */
function acceptsNoAnswer(req: Request): boolean {
  if (req.get('accept') === undefined) return false; // none means application/json
  return !req.accepts(req.method === 'GET' ? [...JSON_TYPES, CSV, 'text/html'] : [...JSON_TYPES, CSV]);
}

/** The media type of a POST body, without its parameters; undefined when there is no Content-Type. */
function bodyType(req: Request): string | undefined {
  return req.get('content-type')?.split(';')[0].trim().toLowerCase();
}

/** The spec: an empty operationName in a GET is the same as none (Apollo would look for an operation named ""). */
function dropEmptyOperationName(req: Request): void {
  const query = req.url.indexOf('?');
  if (query < 0) return;
  const params = new URLSearchParams(req.url.slice(query + 1));
  if (params.getAll('operationName').length !== 1 || params.get('operationName') !== '') return;
  params.delete('operationName');
  req.url = `${req.url.slice(0, query)}?${params}`;
}

/** Mounted on /graphql before the JSON body parser and Apollo. */
export function graphqlOverHttp(): RequestHandler {
  return (req, res, next) => {
    if (acceptsNoAnswer(req)) {
      // Before anything runs: Apollo checks Accept only once the operation (a mutation, even) has run.
      return refuse(res, 406, 'NOT_ACCEPTABLE', `the Accept header allows none of ${[...JSON_TYPES, CSV].join(', ')}: ${JSON_TYPES.join(' or ')} for any answer, ${CSV} for a query's list`);
    }
    if (req.method === 'POST' && bodyType(req) !== 'application/json') {
      res.set('accept-post', 'application/json');
      return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'a POST body must be JSON, sent with Content-Type: application/json');
    }
    if (req.method === 'GET') dropEmptyOperationName(req);
    next();
  };
}
