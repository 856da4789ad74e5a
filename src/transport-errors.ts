import { isUtf8 } from 'node:buffer';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
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

/** Node's own refusals before a request exists (its header limit is 16 KB), answered as the rest are instead of with an empty body. */
const NODE_REFUSALS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'the request headers are larger than 16 KB: send a shorter Authorization header (a token of this API is far smaller) or fewer headers'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'the request did not arrive in time'],
};

/** Answers what Node's HTTP parser refuses (a 431 for headers past its limit, a 400 for a malformed request) as GraphQL JSON, then closes the connection. */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const answered = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || answered) return void socket.destroy();
    const [status, message] = NODE_REFUSALS[error.code ?? ''] ?? [400, 'the request could not be read as HTTP'];
    const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
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
