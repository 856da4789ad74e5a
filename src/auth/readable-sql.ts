import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from '../context';
import type { SubjectName } from '../modules/entities';
import { whereSql } from '../read/where';
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
  const table = ctx.em.getMetadata().get(entity.name).tableName;
  const where = whereSql(ctx.em, entity, accessFilter<T>(ctx.ability, 'read', entity.name as SubjectName), 'readable');
  return { sql: `select "readable"."id" from "${table}" as "readable" where ${where.text}`, bindings: [...where.values] };
}
