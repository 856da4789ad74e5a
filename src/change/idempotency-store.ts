import type { EntityManager } from '@mikro-orm/postgresql';
import { run } from '../db/sql/run';
import { param, sql } from '../db/sql/sql';
import type { IdempotentRequest } from '../auth/context';
import { ConflictError } from '../errors';

/** Keys are kept a day: long enough for any client's retries. */
export const KEY_LIFETIME_HOURS = 24;

export interface StoredRequest { requestHash: string; response: unknown; ageSeconds: number }

export const idempotencyStore = {
  async find(em: EntityManager, { caller, key }: IdempotentRequest): Promise<StoredRequest | null> {
    const [row] = await run<{ request_hash: string; response: unknown; age: number }>(em, sql`select request_hash, response,
        extract(epoch from now() - created_at)::float8 as age from idempotency_key
      where caller = ${param(caller)} and key = ${param(key)} and created_at > now() - make_interval(hours => ${param(KEY_LIFETIME_HOURS)}::int)`);
    return row ? { requestHash: row.request_hash, response: row.response, ageSeconds: row.age } : null;
  },

  /** Inside the mutation's transaction: a concurrent request with the same key loses here, before any effect commits. */
  async claim(em: EntityManager, request: IdempotentRequest): Promise<void> {
    await run(em, sql`delete from idempotency_key where caller = ${param(request.caller)} and created_at <= now() - make_interval(hours => ${param(KEY_LIFETIME_HOURS)}::int)`);
    const inserted = await run(em, sql`insert into idempotency_key (caller, key, request_hash) values (${param(request.caller)}, ${param(request.key)}, ${param(request.hash)})
      on conflict do nothing returning key`);
    if (inserted.length === 0) throw new ConflictError('a request with this Idempotency-Key is being handled: retry it shortly');
  },

  async answer(em: EntityManager, request: IdempotentRequest, response: unknown): Promise<void> {
    await run(em, sql`update idempotency_key set response = ${param(JSON.stringify(response))}::jsonb where caller = ${param(request.caller)} and key = ${param(request.key)}`);
  },
};
