import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from './context';
import { ident, Sql, sql } from '../db/sql/sql';
import { filterRenderer } from '../db/sql/where';
import type { SubjectName } from '../modules/entities';
import { accessFilter } from './access-filter';

/**
 * `select id from <table> where <the caller's read filter>`: the same filter as every list, for a
 * statement that derives rows (an aggregate) to restrict itself to rows the caller may read.
 */
export function readableIds<T extends object>(ctx: RequestContext, entity: EntityClass<T>): Sql {
  const table = ctx.em.getMetadata().get(entity.name).tableName;
  const where = filterRenderer(ctx.em.getMetadata())(entity.name, accessFilter<T>(ctx.ability, 'read', entity.name as SubjectName), 'readable');
  return sql`select readable.id from ${Sql.raw(ident(table))} readable where ${where}`;
}
