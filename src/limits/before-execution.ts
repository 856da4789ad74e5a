import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { declaredVariables, isTooManyNodes, queryCost } from './cost';
import { LIMIT_CODES, MAX_COST, MAX_COSTED_FIELDS } from './query-limits';

const COSTS_KEPT = 1_000;
/** Costs of queries asked before, by query hash and variables: the same question costs the same. */
const costs = new Map<string, number | undefined>();

function costOf(queryHash: string, ...args: Parameters<typeof queryCost>): number | undefined {
  const [schema, , operation, variables = {}] = args;
  // Keyed by the declared variables as coerced (bounded by their types), not by whatever else the request sends.
  const declared = declaredVariables(schema, operation, variables);
  if (!declared) return undefined;
  const key = `${queryHash}\u0000${operation.name?.value ?? ''}\u0000${JSON.stringify(declared)}`;
  if (costs.has(key)) return costs.get(key);
  const cost = queryCost(...args); // throws for a query that spreads too many fields: never kept
  if (costs.size >= COSTS_KEPT) costs.delete(costs.keys().next().value!);
  costs.set(key, cost);
  return cost;
}

function refusal(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * Once the operation is known and before anything runs: a subscription is refused (they are
 * served over WebSocket, src/live/), and so is a query whose cost, with the request's own
 * variables (a `first: $n` counts as its value), is over MAX_COST. Here rather than in
 * validation, which never sees the variables.
 */
export function beforeExecutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, queryHash }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw refusal('Subscriptions are served over WebSocket (the graphql-ws protocol) at /graphql, not over HTTP.', 'BAD_REQUEST');
          }
          let cost: number | undefined;
          try {
            cost = costOf(queryHash, schema, document, operation, request.variables);
          } catch (error) {
            if (!isTooManyNodes(error)) throw error;
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
