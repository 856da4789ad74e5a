import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print, type FormattedExecutionResult } from 'graphql';
import { createVerifier, signDevToken } from '../../src/auth/jwt';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability';
import { createServer, type ServerOptions } from '../../src/server';

/** The keys of the test server: a fixed secret, never the developer's .data/ one. */
export const TEST_JWT_ENV = { JWT_SECRET: 'test-only-secret-of-the-suite-0123456789abcdef' } as NodeJS.ProcessEnv;
export const TEST_JWT = loadConfig(TEST_JWT_ENV).jwt;

export function tokenFor(role: string, org: string | null, options: { sub?: string; expiresIn?: string | number } = {}): string {
  const sub = options.sub ?? `test:${role.toLowerCase()}:${org ?? 'none'}`;
  return signDevToken({ sub, role, org }, { expiresIn: options.expiresIn ?? '10m' }, TEST_JWT);
}

export interface GraphQLResponse<T> {
  status: number;
  body: FormattedExecutionResult<T>;
}

export interface TestApi {
  url: string;
  /** POSTs a typed operation to /graphql, with `Authorization: Bearer <token>` when a token is given. */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string | null, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** Only errors are logged, through console.error, where tests that spy on it see masked errors as before. */
const errorsToConsole = createLogger({ level: 'error', destination: { write: (line: string) => console.error(line.trimEnd()) } });

/** The real HTTP server on a free port, over the test file's own database. */
export async function startApi(orm: MikroORM, options: ServerOptions = {}): Promise<TestApi> {
  const server = await createServer(orm, createVerifier(TEST_JWT), { logger: errorsToConsole, ...options });
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async request(document, variables, token, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(10_000),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    stop: () => server.stop(),
  };
}
