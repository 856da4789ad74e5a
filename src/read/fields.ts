import { getNamedType, type GraphQLOutputType } from 'graphql';
import { Sql, sql } from '../db/sql/sql';

/** How each scalar type of the API is written by its GraphQL serializer, reproduced in SQL. */
const AS_JSON: Record<string, (value: Sql) => Sql> = {
  Date: (value) => sql`to_char(${value}, 'YYYY-MM-DD')`,
  DateTime: (value) => sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  Money: (value) => sql`(${value})::numeric(16, 2)::text`,
  Float: (value) => sql`(${value})::float8`,
  ID: (value) => sql`(${value})::text`,
};
const AS_IS = new Set(['String', 'Int', 'Boolean', 'JSON']);

/** A column's or derived value's SQL, as the API writes a value of `type` in JSON; undefined for a type it cannot write. */
export function asJson(type: GraphQLOutputType, value: Sql): Sql | undefined {
  const named = getNamedType(type);
  if (Object.hasOwn(AS_JSON, named.name)) return AS_JSON[named.name](value);
  if (AS_IS.has(named.name) || 'getValues' in named) return value;
  return undefined;
}
