// Apollo Client: its cache normalises every object by __typename and id (select id on the rows you
// want kept once). errorPolicy 'all' keeps the data beside a FORBIDDEN field's error; the default,
// 'none', would throw the whole answer away.
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError, type OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { answerOf, authorization, type Client, type ClientOptions } from '../client';

export function apolloClient({ url, token }: ClientOptions): Client & { apollo: ApolloClient } {
  const apollo = new ApolloClient({
    link: new HttpLink({ uri: url, headers: authorization(token) }),
    cache: new InMemoryCache(),
  });
  return {
    apollo,
    async request<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
      const typed = document as unknown as TypedDocumentNode<R, OperationVariables>;
      const vars = variables as OperationVariables | undefined;
      const { data, error } = getOperationAST(document)?.operation === 'mutation'
        ? await apollo.mutate({ mutation: typed, variables: vars, errorPolicy: 'all' })
        : await apollo.query({ query: typed, variables: vars, errorPolicy: 'all' });
      const errors = CombinedGraphQLErrors.is(error) ? error.errors : [];
      return answerOf(data as R | undefined, errors, ServerError.is(error) ? error.statusCode : undefined, error?.message);
    },
  } as Client & { apollo: ApolloClient };
}
