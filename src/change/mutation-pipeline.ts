import { FlushMode, type EntityClass } from '@mikro-orm/core';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { accessCache } from '../auth/access-cache';
import { BaseEntity } from '../common/base.entity';
import type { RequestContext } from '../auth/context';
import { readChanged } from '../read/engine';
import { idempotencyStore } from './idempotency-store';
import { commitChange, markMutationTransaction } from './commit';

/**
 * Runs every field of the Mutation type through the change pipeline, whether or not its resolver
 * remembers to: its own transaction, a context whose EntityManager is the transaction's, and on
 * success commitChange (each changed row authorised again and audited), then the answer read by the
 * read engine within the transaction, as the caller may read it.
 * Applied once to the built schema, so it costs nothing on other fields.
 */
export function runMutationsThroughChangePipeline(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx: RequestContext, info) => {
      ctx.wrote = true;
      let movedScopes = false;
      const result = await ctx.em.transactional(async (em) => {
        markMutationTransaction(em);
        const tx: RequestContext = { ...ctx, em, mutation: info.fieldName };
        if (ctx.idempotency) await idempotencyStore.claim(em, ctx.idempotency);
        const changed = await resolve(source, args, tx, info);
        movedScopes = (await commitChange(tx)).movesScopes;
        if (!(changed instanceof BaseEntity)) throw new Error(`${info.fieldName} returned no row`);
        return readChanged(tx, info, changed.constructor as EntityClass<object>, changed.id);
      }, { flushMode: FlushMode.COMMIT }); // reads inside a change see the database; nothing is written before commitChange
      if (movedScopes) accessCache.clear(); // committed: no request of this process may act on the scopes it moved
      if (ctx.idempotency) ctx.idempotency.claimed = true;
      return result;
    };
  }
  return schema;
}
