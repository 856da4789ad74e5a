import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode } from 'graphql';
import type { RequestContext } from '../auth/context';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '../format-error';
import { answerQuery } from './engine';

/**
 * The fast path of every query: the engine answers it (one statement for its root fields), and the
 * JSON PostgreSQL built goes out as text, never parsed nor serialised again. Anything it does not
 * answer (introspection, an argument refused, a hidden required row) the executor answers, reading
 * through the same engine (src/read/engine.ts), so the two never differ.
 */
export function readEnginePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          // No operation resolved (two of them, no operationName): the executor answers 400.
          if (request.operation?.operation !== 'query' || !request.queryHash) return null;
          const coerced = getVariableValues(request.schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {});
          if (coerced.errors) return null;
          const fragments = Object.fromEntries(request.document.definitions
            .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
            .map((fragment) => [fragment.name.value, fragment]));
          const input = { schema: request.schema, operation: request.operation, fragments, variables: coerced.coerced };
          try {
            const answer = await answerQuery(request.contextValue, input, request.queryHash);
            if (!answer) return null;
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: answer } };
          } catch (error) {
            // Thrown from here, Apollo would mask it without a word; the executor reports anything else through formatError.
            if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(error);
            return null;
          }
        },
      };
    },
  };
}
