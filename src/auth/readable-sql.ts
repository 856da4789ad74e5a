import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../context';
import type { SubjectName } from '../modules/entities';
import { accessFilter } from './access-filter';

/** SQL text with `?` placeholders and their values. */
export interface Sql {
  sql: string;
  bindings: unknown[];
}

/**
 * `select id from <table> where <the caller's read filter>`, rendered without running it: the same
 * filter as every list, for raw SQL (aggregates) to restrict itself to rows the caller may read.
 */
export function readableIds<T extends object>(ctx: RequestContext, entity: EntityClass<T>): Sql {
  const qb = ctx.em.createQueryBuilder(entity).select('id').where(accessFilter<T>(ctx.ability, 'read', entity.name as SubjectName));
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return { sql, bindings: [...bindings] };
}
