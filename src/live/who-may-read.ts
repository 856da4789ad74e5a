import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { readableIds } from '../auth/readable-sql';
import type { RequestContext } from '../context';
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
  const columns: string[] = [];
  const bindings: unknown[] = [];
  const readable = (ctx: RequestContext, entity: EntityClass<object>, id: string | null, name: string) => {
    if (id === null) return void columns.push(`false as "${name}"`);
    const rows = readableIds(ctx, entity);
    columns.push(`(?::uuid in (${rows.sql})) as "${name}"`);
    bindings.push(id, ...rows.bindings);
  };
  accesses.forEach((ctx, i) => {
    readable(ctx, subject, event.subjectId, `s${i}`);
    readable(ctx, Trust, event.trustId, `t${i}`);
  });
  const [row] = await orm.em.fork().execute<Record<string, boolean>[]>(`select ${columns.join(', ')}`, bindings);
  return accesses.map((_, i) => ({ subject: row[`s${i}`], trust: row[`t${i}`] }));
}
