// graphql-request: errorPolicy 'all' and rawRequest return the errors beside the data (request()
// would drop them; the default policy throws). Queries go as GET here, mutations always as POST.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Variables } from 'graphql-request' with { 'resolution-mode': 'import' };
import { answerOf, authorization, type Client, type ClientOptions } from '../client';

export function graphqlRequestClient({ url, token }: ClientOptions): Client {
  // graphql-request 7 is an ES module: imported when first used, from CommonJS.
  const loaded = import('graphql-request').then(({ ClientError, GraphQLClient }) => ({
    ClientError, client: new GraphQLClient(url, { method: 'GET', headers: authorization(token), errorPolicy: 'all' }),
  }));
  return {
    async request<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
      const { ClientError, client } = await loaded;
      try {
        const { data, errors, status } = await client.rawRequest<R>(print(document), variables as Variables | undefined);
        return answerOf(data, errors, status);
      } catch (error) {
        if (!(error instanceof ClientError)) throw error;
        return answerOf(undefined, error.response.errors, error.response.status);
      }
    },
  } as Client;
}
