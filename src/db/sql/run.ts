import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from './execute';
import type { Sql } from './sql';

/**
 * A statement of the write path, prepared, its PostgreSQL error made MikroORM's
 * (UniqueConstraintViolationException, DeadlockException…) as src/format-error.ts knows them.
 */
export async function run<T = Record<string, unknown>>(em: EntityManager, query: Sql): Promise<T[]> {
  try {
    return await execute<T>(em, query, { prepare: true });
  } catch (error) {
    throw error instanceof Error && 'code' in error ? em.getPlatform().getExceptionConverter().convertException(error) : error;
  }
}
