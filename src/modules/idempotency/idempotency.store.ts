import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '../../errors';

/** Keys are kept a day: long enough for any client's retries. */
export const KEY_LIFETIME_HOURS = 24;

export interface IdempotentRequest { caller: string; key: string; hash: string; claimed?: boolean }
export interface StoredRequest { requestHash: string; response: unknown; ageSeconds: number }

export const idempotencyStore = {
  async find(em: EntityManager, { caller, key }: IdempotentRequest): Promise<StoredRequest | null> {
    const [row] = await em.getConnection().execute<{ request_hash: string; response: unknown; age: number }[]>(
      `select request_hash, response, extract(epoch from now() - created_at)::float8 as age from idempotency_key
        where caller = ? and key = ? and created_at > now() - interval '${KEY_LIFETIME_HOURS} hours'`,
      [caller, key],
    );
    return row ? { requestHash: row.request_hash, response: row.response, ageSeconds: row.age } : null;
  },

  /** Inside the mutation's transaction: a concurrent request with the same key loses here, before any effect commits. */
  async claim(em: EntityManager, request: IdempotentRequest): Promise<void> {
    const connection = em.getConnection();
    const tx = em.getTransactionContext();
    await connection.execute(`delete from idempotency_key where caller = ? and created_at <= now() - interval '${KEY_LIFETIME_HOURS} hours'`, [request.caller], 'run', tx);
    const inserted = await connection.execute<{ key: string }[]>(
      'insert into idempotency_key (caller, key, request_hash) values (?, ?, ?) on conflict do nothing returning key',
      [request.caller, request.key, request.hash], 'all', tx,
    );
    if (inserted.length === 0) throw new ConflictError('a request with this Idempotency-Key is being handled: retry it shortly');
  },

  async answer(em: EntityManager, request: IdempotentRequest, response: unknown): Promise<void> {
    await em.getConnection().execute('update idempotency_key set response = ? where caller = ? and key = ?', [JSON.stringify(response), request.caller, request.key]);
  },
};
