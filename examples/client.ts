// What the examples need of a GraphQL client: send a typed operation, get its data and its errors.
// A restricted field (money, findings) the caller may not read answers null with a FORBIDDEN error
// at its path while the rest of the answer stands, so the data is kept beside the errors (what
// Apollo Client and graphql-request call errorPolicy 'all'); only an answer without data is refused.
// createClient below does it with fetch alone; ./clients/ has the same through Apollo Client, urql
// and graphql-request.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

/** The server answered without data: a refused token, a document it could not run, a root field that failed. */
export class GraphQLRequestError extends Error {
  constructor(readonly status: number | undefined, readonly errors: GraphQLErrorEntry[], fallback = 'no data') {
    super(errors.map(describeError).join('; ') || (status ? `HTTP ${status}` : fallback));
    this.name = 'GraphQLRequestError';
  }
}

export const describeError = (e: GraphQLErrorEntry) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`;

export interface Answer<R> {
  data: R;
  /** Field errors beside the data, e.g. FORBIDDEN where a restricted field reads null. */
  errors: GraphQLErrorEntry[];
}

/** Operations without variables take none; the others require theirs. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export interface Client {
  request<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArg<V>): Promise<Answer<R>>;
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** A bearer token (JWT); none means the PUBLIC role. */
  token?: string;
}

export const authorization = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** The answer, or the error saying why it has no data. */
export function answerOf<R>(data: R | null | undefined, errors: readonly GraphQLErrorEntry[] | undefined, status?: number, fallback?: string): Answer<R> {
  const entries = (errors ?? []).map(({ message, path, extensions }) => ({ message, path, extensions: { code: extensions?.code } }));
  if (data == null) throw new GraphQLRequestError(status, entries, fallback);
  return { data, errors: entries };
}

export function createClient({ url, token }: ClientOptions): Client {
  return {
    async request(document, ...[variables]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...authorization(token) },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorEntry[] };
      return answerOf(body.data as never, body.errors, response.status);
    },
  };
}
