import { MetadataStorage, type EntityMetadata } from '@mikro-orm/core';

const byClass = new Map<Function, Map<string, number>>();

function declaredLengths(entity: Function): Map<string, number> {
  let lengths = byClass.get(entity);
  if (lengths) return lengths;
  lengths = new Map();
  const metadata = Object.values(MetadataStorage.getMetadata()) as EntityMetadata[];
  // The entity's own columns, then those it inherits (a reference row's code and name).
  for (let type = entity; type && type !== Object && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    const meta = metadata.find((m) => m.class === type || m.className === type.name);
    for (const prop of Object.values(meta?.properties ?? {})) if (prop.length && !lengths.has(prop.name)) lengths.set(prop.name, prop.length);
  }
  byClass.set(entity, lengths);
  return lengths;
}

/**
 * The length a string column is declared with on its entity (@Property({ length })): the one
 * statement of each text's limit, which the database enforces, validation checks and the cost of
 * a query counts. Undefined for a field without one.
 */
export function lengthOf(entity: Function, field: string): number | undefined {
  return declaredLengths(entity).get(field);
}

/** lengthOf, for a column that must have one: a validation's limit. */
export function requiredLengthOf(entity: Function, field: string): number {
  const length = lengthOf(entity, field);
  if (length === undefined) throw new Error(`${entity.name}.${field} declares no length`);
  return length;
}
