import type { RequestContext } from '../context';

/** Runs `work` in one database transaction, with a context whose EntityManager is the transaction's. */
export function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  return ctx.em.transactional((em) => work({ ...ctx, em }));
}
