import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { Kind } from 'graphql';
import type { IdempotentRequest, RequestContext } from '../auth/context';
import { idempotencyStore } from './idempotency-store';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/; // printable ASCII, as the IETF Idempotency-Key draft's examples
const ANSWER_LOST_AFTER_SECONDS = 30;

function refusal(status: number, code: string, message: string): GraphQLResponse {
  return { http: { status, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}

const callerOf = ({ principal }: RequestContext) => `${principal.role}:${principal.organisation ?? ''}:${principal.subject ?? ''}`;

/**
 * `Idempotency-Key` on a mutation: the first request runs and its answer is kept; a retry with the
 * same key and body gets that answer again without a second effect; the same key with another body
 * is CONFLICT. Keys are the caller's own. The claim is written in the mutation's transaction
 * (src/change/mutation-pipeline.ts), so two concurrent requests with one key never both take effect.
 */
export function idempotencyPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key');
      if (key === undefined) return;
      let idempotent: IdempotentRequest | null = null;
      return {
        async responseForOperation({ operation, contextValue: ctx }) {
          if (operation?.operation !== 'mutation') return null;
          if (!KEY_PATTERN.test(key)) return refusal(400, 'BAD_USER_INPUT', 'Idempotency-Key must be 1 to 200 printable ASCII characters');
          if (operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length !== 1 || operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD)) {
            return refusal(400, 'BAD_USER_INPUT', 'an Idempotency-Key request must hold exactly one mutation field');
          }
          const hash = createHash('sha256').update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}])).digest('hex');
          idempotent = { caller: callerOf(ctx), key, hash };
          const stored = await idempotencyStore.find(ctx.em, idempotent);
          if (!stored) {
            ctx.idempotency = idempotent; // claimed by the change pipeline, in the mutation's transaction
            return null;
          }
          if (stored.requestHash !== hash) return refusal(409, 'CONFLICT', 'this Idempotency-Key was used for another request');
          if (stored.response === null) {
            return stored.ageSeconds < ANSWER_LOST_AFTER_SECONDS
              ? refusal(409, 'CONFLICT', 'a request with this Idempotency-Key is being handled: retry it shortly')
              : refusal(409, 'CONFLICT', 'the request with this Idempotency-Key took effect but its answer was lost: read the rows it changed');
          }
          return { http: { status: undefined, headers: new HeaderMap([['idempotent-replayed', 'true']]) }, body: { kind: 'single', singleResult: stored.response as never } };
        },
        async willSendResponse({ response, contextValue: ctx }) {
          if (!idempotent?.claimed || response.body.kind !== 'single') return;
          await idempotencyStore.answer(ctx.em, idempotent, response.body.singleResult);
        },
      };
    },
  };
}
