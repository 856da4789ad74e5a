import type { EntityMetadata } from '@mikro-orm/core';
import { getNamedType, type GraphQLField } from 'graphql';
import { computedInSql } from './computed';

/** How each scalar type of the API is written by its GraphQL serializer, reproduced in SQL. */
const AS_JSON: Record<string, (value: string) => string> = {
  Date: (value) => `to_char(${value}, 'YYYY-MM-DD')`,
  DateTime: (value) => `to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  Money: (value) => `(${value})::numeric(16, 2)::text`,
  Float: (value) => `(${value})::float8`,
  ID: (value) => `(${value})::text`,
};
const AS_IS = new Set(['String', 'Int', 'Boolean']);

/**
 * The SQL value of a column, formula or computed field of the row `alias`, written as the API writes
 * it; undefined when the field is none of these (a relation, or a field the planner does not know).
 */
export function scalarSql(meta: EntityMetadata, alias: string, field: GraphQLField<unknown, unknown>): string | undefined {
  const type = getNamedType(field.type);
  const render = AS_JSON[type.name] ?? (AS_IS.has(type.name) || 'getValues' in type ? (value: string) => value : undefined);
  if (!render) return undefined;
  const prop = meta.properties[field.name as never] as EntityMetadata['properties'][never] | undefined;
  if (prop?.formula) {
    const table = { alias, name: meta.tableName, qualifiedName: meta.tableName, toString: () => alias };
    return render(prop.formula(table as never, meta.createColumnMappingObject()));
  }
  if (prop && prop.kind === 'scalar' && prop.fieldNames?.length === 1) return render(`${alias}."${prop.fieldNames[0]}"`);
  const computed = meta.class && computedInSql(meta.class, field.name);
  return computed ? render(computed(alias)) : undefined;
}
