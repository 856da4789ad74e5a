import { FlushMode } from '@mikro-orm/core';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { Loaders } from '../auth/loaders';
import { BaseEntity } from '../common/base.entity';
import type { RequestContext } from '../context';
import { idempotencyStore } from '../modules/idempotency/idempotency.store';
import { commitChange, markMutationTransaction } from './commit';

/**
 * Runs every field of the Mutation type through the change pipeline, whether or not its resolver
 * remembers to: its own transaction, a context whose EntityManager and loaders are the
 * transaction's, and on success commitChange (each changed row authorised again and audited).
 * Applied once to the built schema, so it costs nothing on other fields.
 */
export function runMutationsThroughChangePipeline(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx: RequestContext, info) => {
      ctx.wrote = true;
      const result = await ctx.em.transactional(async (em) => {
        markMutationTransaction(em);
        const tx: RequestContext = { ...ctx, em, loaders: new Loaders(em, ctx.ability), mutation: info.fieldName };
        if (ctx.idempotency) await idempotencyStore.claim(em, ctx.idempotency);
        const changed = await resolve(source, args, tx, info);
        await commitChange(tx);
        // Read back as written: a new row's derived fields (formulas) exist only in the database.
        if (changed instanceof BaseEntity) await em.refresh(changed);
        return changed;
      }, { flushMode: FlushMode.COMMIT }); // reads inside a change see the database; nothing is written before commitChange
      if (ctx.idempotency) ctx.idempotency.claimed = true;
      return result;
    };
  }
  return schema;
}
