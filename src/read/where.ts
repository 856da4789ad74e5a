import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql } from './sql';

function render<T extends object>(em: EntityManager, entity: EntityClass<T>, filter: FilterQuery<T>, alias: string) {
  const { sql, bindings } = em.createQueryBuilder(entity, alias).select('id').where(filter).getKnexQuery().toSQL();
  const table = em.getMetadata().get(entity.name).tableName;
  return { sql, bindings, head: `select "${alias}"."id" from "${table}" as "${alias}"` };
}

/**
 * A MikroORM filter (the ability's, or an argument's) as a condition on the rows of `alias`,
 * rendered by MikroORM itself without running it: the same SQL as every list's WHERE.
 */
export function whereSql<T extends object>(em: EntityManager, entity: EntityClass<T>, filter: FilterQuery<T>, alias: string): Sql {
  const { sql, bindings, head } = render(em, entity, filter, alias);
  if (sql === head) return Sql.raw('true');
  if (sql.startsWith(`${head} where `)) return new Sql(`(${sql.slice(head.length + ' where '.length)})`, bindings);
  // The filter joins a related table (a condition on its column): keep the whole select, aliased apart.
  const inner = render(em, entity, filter, `${alias}_w`);
  return new Sql(`"${alias}"."id" in (${inner.sql})`, inner.bindings);
}
