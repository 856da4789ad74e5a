import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCost } from './cost';
import { LIMIT_CODES, MAX_COST, MAX_COSTED_FIELDS } from './query-limits';

function refusal(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * Once the operation is known and before anything runs: subscriptions are refused (the API has
 * none), and so is a query whose cost, with the request's own variables (a `first: $n` counts as
 * its value), is over MAX_COST. Here rather than in validation, which never sees the variables.
 */
export function beforeExecutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw refusal('Subscriptions are not supported: this API answers queries and mutations over HTTP.', 'BAD_REQUEST');
          }
          let cost: number | undefined;
          try {
            cost = queryCost(schema, document, operation, request.variables);
          } catch {
            throw refusal(`Query cost could not be bounded: it spreads more than ${MAX_COSTED_FIELDS} fields.`, LIMIT_CODES.cost);
          }
          if (cost !== undefined && !(cost <= MAX_COST)) {
            throw refusal(
              `Query cost limit of ${MAX_COST} exceeded, found ${cost}: ask for smaller pages (first) or fewer nested lists.`,
              LIMIT_CODES.cost, { cost, maximumCost: MAX_COST },
            );
          }
        },
      };
    },
  };
}
