import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { run } from './run';
import { ident, param, sql, Sql } from './sql';

/** The rows each transaction's EntityManager holds locked, as `Entity:id`: locked once, they stay so until it ends. */
const held = new WeakMap<EntityManager, Set<string>>();
const keyOf = (entity: string, id: string) => `${entity}:${id}`;

/** Records that `em`'s transaction holds these rows locked (by a statement that locked them itself). */
export function heldLocked(em: EntityManager, entity: string, ids: string[]): void {
  let rows = held.get(em);
  if (!rows) held.set(em, (rows = new Set()));
  for (const id of ids) rows.add(keyOf(entity, id));
}

export const isLocked = (em: EntityManager, entity: string, id: string): boolean => held.get(em)?.has(keyOf(entity, id)) ?? false;

/**
 * Locks rows until the transaction ends, FOR NO KEY UPDATE: changes to them queue behind this one,
 * but an insert that merely references them (a foreign key check takes KEY SHARE) does not wait, so
 * a change locking a contract never deadlocks with one adding an outcome to it. Rows this
 * transaction already holds are not locked again.
 */
export async function lockRows(em: EntityManager, entity: EntityClass<object> | string, ids: string[]): Promise<void> {
  const name = typeof entity === 'string' ? entity : entity.name;
  const wanted = [...new Set(ids)].filter((id) => !isLocked(em, name, id));
  if (wanted.length === 0) return;
  const { tableName } = em.getMetadata().get(name);
  await run(em, sql`select 1 from ${Sql.raw(ident(tableName))} where id = any(${param(wanted)}::uuid[]) order by id for no key update`);
  heldLocked(em, name, wanted);
}
