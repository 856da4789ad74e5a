import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Locks rows until the transaction ends, FOR NO KEY UPDATE: changes to them queue behind this one,
 * but an insert that merely references them (a foreign key check takes KEY SHARE) does not wait, so
 * a change locking a contract never deadlocks with one adding an outcome to it.
 */
export async function lockRows(em: EntityManager, entity: EntityClass<object> | string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { tableName } = em.getMetadata().get(typeof entity === 'string' ? entity : entity.name);
  await em.execute(`select 1 from "${tableName}" where id in (${ids.map(() => '?').join(', ')}) order by id for no key update`, ids);
}
