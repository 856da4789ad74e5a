import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { accessFilter } from './access-filter';
import type { AppAbility } from './abilities';
import type { SubjectName } from '../modules/entities';
import type { Relation } from '../read/relations';

type Row = { id: string };
type ChildOptions<T> = { orderBy: QueryOrderMap<T>; where?: FilterQuery<T> };

/**
 * Per-request batch loading of relations: one SQL statement per relation per level of the query,
 * however many parent rows, and every statement carries the caller's access filter. `refresh`
 * reads rows changed earlier in the same request (a mutation's result) as they now are.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly em: EntityManager, private readonly ability: AppAbility) {}

  /** The row with this id if the caller may read it, else null (a relation to it reads as null). */
  readable<T extends Row>(entity: EntityClass<T>, id: string): Promise<T | null> {
    const loader = this.loader(`byId:${entity.name}`, async (ids) => {
      const where = { $and: [{ id: { $in: ids } }, this.filter(entity)] } as FilterQuery<T>;
      const rows = await this.em.find(entity, where, { refresh: true });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    });
    return loader.load(id) as Promise<T | null>;
  }

  /** The rows of `entity` whose `parentKey` relation points at `parentId`, that the caller may read. */
  children<T extends object>(entity: EntityClass<T>, parentKey: keyof T & string, parentId: string, options: ChildOptions<T>): Promise<T[]> {
    const key = `children:${entity.name}:${parentKey}:${JSON.stringify(options)}`;
    const loader = this.loader(key, async (parentIds) => {
      const where = { $and: [{ [parentKey]: { $in: parentIds } }, this.filter(entity), options.where ?? {}] } as FilterQuery<T>;
      const rows = await this.em.find(entity, where, { orderBy: options.orderBy, refresh: true });
      const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
      for (const row of rows) groups.get((row[parentKey] as Row).id)?.push(row);
      return parentIds.map((id) => groups.get(id) ?? []);
    });
    return loader.load(parentId) as Promise<T[]>;
  }

  /** A relation of `row` as src/read/relations.ts defines it: the same rows, in the same order, as the planned read path. */
  async related(relation: Relation, row: object, args: Record<string, unknown> = {}): Promise<unknown> {
    const target = relation.target() as EntityClass<Row>;
    if (relation.kind === 'one') {
      const key = (row as Record<string, Row | null>)[relation.key];
      return key ? this.readable(target, key.id) : null;
    }
    const rows = await this.children(target, relation.key as never, (row as Row).id, { orderBy: relation.orderBy as never, where: relation.where?.(args) as never });
    return relation.single ? (rows[0] ?? null) : rows;
  }

  private filter<T>(entity: EntityClass<T>): FilterQuery<T> {
    return accessFilter<T>(this.ability, 'read', entity.name as SubjectName);
  }

  private loader(key: string, batch: (keys: readonly string[]) => Promise<unknown[]>): DataLoader<string, unknown> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader(batch);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
