// A typed GraphQL client in a few lines: fetch plus the TypedDocumentNode codegen writes, so each
// operation's variables and result are checked against the schema at compile time.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** The server answered with errors (or no data): the whole answer is refused, never half-used. */
export class GraphQLRequestError extends Error {
  constructor(readonly status: number, readonly errors: GraphQLErrorEntry[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}${e.path ? ` (at ${e.path.join('.')})` : ''}`).join('; ') || `HTTP ${status}`);
    this.name = 'GraphQLRequestError';
  }
}

/** Operations without variables take none; the others require theirs. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export interface Client {
  request<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArg<V>): Promise<R>;
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** A bearer token (JWT); none means the PUBLIC role. */
  token?: string;
}

export function createClient({ url, token }: ClientOptions): Client {
  return {
    async request(document, ...[variables]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorEntry[] };
      if (body.errors?.length || body.data == null) throw new GraphQLRequestError(response.status, body.errors ?? []);
      return body.data as never;
    },
  };
}
