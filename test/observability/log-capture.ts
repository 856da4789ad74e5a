import { createLogger, type Logger } from '../../src/observability';

export type LogLine = Record<string, unknown> & { msg: string };

export interface CapturedLog {
  logger: Logger;
  /** Every line as written. */
  raw: string[];
  lines(): LogLine[];
  /** The request line of `requestId`, once the response's close has written it. */
  requestLine(requestId: string): Promise<LogLine>;
}

/** A logger writing JSON lines into memory, at info. */
export function captureLog(): CapturedLog {
  const raw: string[] = [];
  const lines = () => raw.map((line) => JSON.parse(line) as LogLine);
  return {
    logger: createLogger({ level: 'info', destination: { write: (line: string) => void raw.push(line) } }),
    raw,
    lines,
    async requestLine(requestId) {
      for (let waited = 0; waited < 2000; waited += 10) {
        const found = lines().filter((line) => line.requestId === requestId && line.msg.startsWith('graphql request'));
        if (found.length > 1) throw new Error(`${found.length} request lines for ${requestId}`);
        if (found.length === 1) return found[0];
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no request line for ${requestId}; lines: ${raw.join('')}`);
    },
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] } };
}
