import type { EntityClass, EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import { derivedOf, type DerivedRow } from '../common/derived';
import { ident, Sql } from '../db/sql/sql';
import { entitiesByName, type SubjectName } from '../modules/entities';
import { RELATIONS, type Relation } from '../modules/relations';

/** How the read engine reads the rows of one GraphQL object type: a table, or rows a statement derives. */
export interface Source {
  readonly typeName: string;
  /** The CASL subject of its rows: their read filter and restricted fields. None for derived rows, already filtered. */
  readonly subject?: SubjectName;
  /** What a FROM clause names for its rows (a table, or a subquery). */
  readonly from: Sql;
  /** A field's SQL value on the row (its column or derived value), or undefined when it is no scalar of the row. */
  scalar(field: string, row: DerivedRow): Sql | undefined;
  relation(field: string): Relation | undefined;
  /** The column of the row holding a to-one relation's key. */
  keyColumn(relationKey: string): string;
}

/** A table of an entity, its columns, derived values (src/common/derived.ts) and relations (src/modules/relations.ts). */
export class EntitySource implements Source {
  readonly from: Sql;

  constructor(readonly meta: EntityMetadata, readonly subject: SubjectName) {
    this.from = Sql.raw(ident(meta.tableName));
  }

  get typeName(): string {
    return this.subject;
  }

  scalar(field: string, row: DerivedRow): Sql | undefined {
    const derived = this.meta.class && derivedOf(this.meta.class, field);
    if (derived) return derived(row);
    const prop = this.meta.properties[field as never] as EntityMetadata['properties'][never] | undefined;
    if (prop && prop.kind === 'scalar' && !prop.formula && prop.fieldNames?.length === 1) return row.column(prop.fieldNames[0]);
    return undefined;
  }

  relation(field: string): Relation | undefined {
    return Object.hasOwn(RELATIONS[this.subject] ?? {}, field) ? RELATIONS[this.subject][field] : undefined;
  }

  keyColumn(relationKey: string): string {
    return (this.meta.properties[relationKey as never] as EntityMetadata['properties'][never]).fieldNames[0];
  }
}

const sources = new WeakMap<MetadataStorage, Map<string, EntitySource>>();

/** The table source of an entity class (or its GraphQL type name). */
export function entitySource(metadata: MetadataStorage, entity: EntityClass<object> | string): EntitySource {
  const name = typeof entity === 'string' ? entity : entity.name;
  let byName = sources.get(metadata);
  if (!byName) sources.set(metadata, (byName = new Map()));
  let source = byName.get(name);
  if (!source) {
    if (!Object.hasOwn(entitiesByName, name)) throw new Error(`no entity ${name}`);
    source = new EntitySource(metadata.get(name), name as SubjectName);
    byName.set(name, source);
  }
  return source;
}

/**
 * Rows a statement derives (an aggregate, a standing on a date): named columns, read as the
 * fields of `typeName`, and to-one relations by a key column. The statement selects only rows the
 * caller may read, in order, numbered by a column `n`.
 */
export class DerivedSource implements Source {
  constructor(
    readonly typeName: string,
    readonly from: Sql,
    private readonly columns: Record<string, string>,
    private readonly relations: Record<string, Relation & { column?: string }> = {},
  ) {}

  scalar(field: string, row: DerivedRow): Sql | undefined {
    return Object.hasOwn(this.columns, field) ? row.column(this.columns[field]) : undefined;
  }

  relation(field: string): Relation | undefined {
    return Object.hasOwn(this.relations, field) ? this.relations[field] : undefined;
  }

  keyColumn(relationKey: string): string {
    return relationKey;
  }
}
