import { isUtf8 } from 'node:buffer';
import type { ErrorRequestHandler } from 'express';
import { loggerFor } from './observability/masked-errors';

// Errors before GraphQL runs (reading the body), answered as GraphQL errors in JSON, with the status
// the GraphQL-over-HTTP spec asks for: never express's HTML page, a stack or a library's words.

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'the request body is not valid JSON',
  'entity.too.large': 'the request body is larger than 1 MB',
  'charset.unsupported': 'the request body must be UTF-8 JSON',
  'encoding.invalid': 'the request body is not valid UTF-8',
  'encoding.unsupported': 'the request body must be sent as identity, gzip, deflate or br',
  'request.aborted': 'the request body ended before it was complete',
  'request.size.invalid': 'the request body is not the size its headers said',
};

/**
 * The JSON body parser's `verify`: bytes that are not UTF-8 are refused (400), where decoding would
 * turn them silently into U+FFFD and store that.
 */
export function refuseInvalidUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('the request body is not valid UTF-8'), { status: 400, type: 'encoding.invalid' });
}

export const transportErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = Number(error?.status ?? error?.statusCode);
  const clientError = status >= 400 && status < 500;
  const message = MESSAGES[error?.type] ?? (clientError ? 'the request could not be read' : 'the request could not be handled');
  if (!clientError) loggerFor(error).error({ event: 'transport', error: String(error?.stack ?? error) }, 'the request could not be handled');
  res.status(clientError ? status : 500).type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] }));
};
