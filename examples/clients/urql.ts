// urql with its defaults: the document cache and fetch, short queries sent as GET. A FORBIDDEN field
// comes back as result.error beside result.data, never thrown.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { cacheExchange, Client as UrqlClient, fetchExchange, type AnyVariables } from '@urql/core';
import { getOperationAST } from 'graphql';
import { answerOf, authorization, type Client, type ClientOptions } from '../client';

export function urqlClient({ url, token }: ClientOptions): Client {
  const urql = new UrqlClient({ url, exchanges: [cacheExchange, fetchExchange], fetchOptions: () => ({ headers: authorization(token) }) });
  return {
    async request<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
      const typed = document as unknown as TypedDocumentNode<R, AnyVariables>;
      const vars = (variables ?? {}) as AnyVariables;
      const { data, error } = getOperationAST(document)?.operation === 'mutation'
        ? await urql.mutation(typed, vars).toPromise()
        : await urql.query(typed, vars).toPromise();
      return answerOf(data, error?.graphQLErrors, error?.response?.status, error?.message);
    },
  } as Client;
}
