import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { readableIds } from '../auth/readable-sql';
import type { RequestContext } from '../auth/context';
import { execute } from '../db/sql/execute';
import { param, Sql, sql } from '../db/sql/sql';
import { Trust } from '../modules/entities';
import type { RegimeEvent } from './regime-event';

export interface Readable {
  subject: boolean;
  trust: boolean;
}

/**
 * For each caller's access, whether it reads the event's row and its trust: each one the ability's
 * own read filter (the same SQL as every list), all of them in one statement per event.
 */
export async function whoMayRead(orm: MikroORM, event: RegimeEvent, accesses: RequestContext[]): Promise<Readable[]> {
  const subject = orm.getMetadata().get(event.subjectType).class as EntityClass<object>;
  const columns: Sql[] = [];
  const readable = (ctx: RequestContext, entity: EntityClass<object>, id: string | null, name: string) => {
    columns.push(id === null ? Sql.raw(`false as "${name}"`) : sql`(${param(id)}::uuid in (${readableIds(ctx, entity)})) as ${Sql.raw(`"${name}"`)}`);
  };
  accesses.forEach((ctx, i) => {
    readable(ctx, subject, event.subjectId, `s${i}`);
    readable(ctx, Trust, event.trustId, `t${i}`);
  });
  const [row] = await execute<Record<string, boolean>>(orm.em.fork(), sql`select ${Sql.join(columns, ', ')}`);
  return accesses.map((_, i) => ({ subject: row[`s${i}`], trust: row[`t${i}`] }));
}
