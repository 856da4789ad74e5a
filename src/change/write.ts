import { ChangeSetType, EntityIdentifier, helper, OptimisticLockError, ReferenceKind, type ChangeSet, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { run } from '../db/sql/run';
import { ident, param, Sql, sql } from '../db/sql/sql';
import { insertAuditEvents } from './audit-writer';

// A change's writes in one statement with bound values: each row's INSERT or UPDATE, the live
// updates' NOTIFY, then its audit events, which are inserted only once every write has taken place
// and has matched its row (they read the count of them). The database chains the events as it
// inserts them, taking the lock of each one's chain last, when the change has nothing left to wait for.

type Row = Record<string, unknown>;

/** A column's value as the database takes it: a related row's key, a custom type converted. */
function columnValue(em: EntityManager, prop: EntityProperty, value: unknown): unknown {
  if (value instanceof EntityIdentifier) value = value.getValue();
  if ((prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) && value !== null && typeof value === 'object') {
    value = helper(value).getPrimaryKey();
  }
  if (value !== null && value !== undefined && prop.customType) {
    value = prop.customType.convertToDatabaseValue(value, em.getPlatform(), { fromQuery: true, key: prop.name, mode: 'query-data' });
  }
  return value ?? null;
}

/** The payload's columns and values, in payload order. */
function columnsOf(em: EntityManager, cs: ChangeSet<Row>): [string, unknown][] {
  return Object.entries(cs.payload).flatMap(([name, value]) => {
    const prop = cs.meta.properties[name];
    if (!prop || prop.formula || prop.persist === false || !prop.fieldNames?.length) return [];
    return [[prop.fieldNames[0], columnValue(em, prop, value)] as [string, unknown]];
  });
}

/** The row's INSERT or UPDATE, returning one row when it took place: an update of a versioned row only at the version the change read. */
export function rowWrite(em: EntityManager, cs: ChangeSet<Row>): Sql {
  const table = Sql.raw(ident(cs.meta.tableName));
  const columns = columnsOf(em, cs);
  if (cs.type === ChangeSetType.CREATE) {
    const names = Sql.raw(columns.map(([column]) => ident(column)).join(', '));
    return sql`insert into ${table} (${names}) values (${Sql.join(columns.map(([, value]) => param(value)), ', ')}) returning 1`;
  }
  if (cs.type !== ChangeSetType.UPDATE) throw new Error(`a change may not ${cs.type} a ${cs.name}`);
  const sets = columns.map(([column, value]) => sql`${Sql.raw(ident(column))} = ${param(value)}`);
  const key = sql`id = ${param((cs.entity as { id: string }).id)}`;
  const version = cs.meta.versionProperty && cs.meta.properties[cs.meta.versionProperty].fieldNames[0];
  if (!version) return sql`update ${table} set ${Sql.join(sets, ', ')} where ${key} returning 1`;
  const column = Sql.raw(ident(version));
  sets.push(sql`${column} = ${column} + 1`);
  return sql`update ${table} set ${Sql.join(sets, ', ')} where ${key} and ${column} = ${param(cs.entity[cs.meta.versionProperty])} returning 1`;
}

/** What one change writes: its rows, its live updates' NOTIFY (a query counting them), its audit events. */
export interface ChangeWrites {
  changeSets: ChangeSet<object>[];
  announcement: { query: Sql; count: number } | null;
  events: Parameters<typeof insertAuditEvents>[0];
}

/**
 * Writes the change in one statement. Rows are written as MikroORM would, created ones first; a
 * foreign key is checked at the end of the statement, so their order among themselves does not matter.
 * An update that matched no row (another change moved its version on) writes nothing at all.
 */
export async function writeChange(em: EntityManager, { changeSets, announcement, events }: ChangeWrites): Promise<void> {
  const ordered = [...changeSets.filter((cs) => cs.type === ChangeSetType.CREATE), ...changeSets.filter((cs) => cs.type !== ChangeSetType.CREATE)];
  const parts = ordered.map((cs, i) => sql`${Sql.raw(`w${i}`)} as (${rowWrite(em, cs as ChangeSet<Row>)})`);
  const counts = ordered.map((_, i) => Sql.raw(`(select count(*) from w${i})`));
  if (announcement) {
    parts.push(sql`announced as (${announcement.query})`);
    counts.push(Sql.raw('(select n from announced)'));
  }
  parts.push(sql`written as (select ${Sql.join(counts, ' + ')} as n)`);
  const expected = ordered.length + (announcement?.count ?? 0);
  const inserted = await run(em, sql`with ${Sql.join(parts, ', ')} ${insertAuditEvents(events, Sql.raw('written'), sql`written.n = ${param(expected)}::bigint`)}`);
  if (inserted.length !== events.length) {
    throw new OptimisticLockError('a row the change updates was changed by another change since it was read', ordered[0]?.entity);
  }
}
