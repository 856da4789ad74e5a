import type { MetadataStorage } from '@mikro-orm/core';
import { correlatedRow, derivedOf } from '../common/derived';
import { ident, Sql, sql } from '../db/sql/sql';
import { columnCondition, filterRenderer, type FilterRenderer } from '../db/sql/where';
import { entitySource } from './sources';

/**
 * Filters as the read engine renders them: columns and relations as src/db/sql/where.ts does, and
 * besides them a derived field (its value computed for the row) and a relation to many rows (some
 * row of it matches).
 */
export function readFilters(metadata: MetadataStorage): FilterRenderer {
  return filterRenderer(metadata, (entity, key, alias, value, render) => {
    const source = entitySource(metadata, entity);
    const derived = derivedOf(source.meta.class, key);
    if (derived) return columnCondition(derived(correlatedRow(alias)), value);
    const relation = source.relation(key);
    if (relation?.kind !== 'many') return undefined;
    const target = entitySource(metadata, relation.target());
    const inner = render.alias();
    const key_ = `${inner}.${ident(target.keyColumn(relation.key))}`;
    return sql`exists (select 1 from ${target.from} ${Sql.raw(inner)} where ${Sql.raw(key_)} = ${Sql.raw(`${alias}.id`)} and ${render(target.subject, value, inner)})`;
  });
}
