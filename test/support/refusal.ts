import type { MikroORM } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import type { GraphQLResponse } from './api';

/** Every row of `tables`, as a count and a hash per table: what a refused change must leave as it was. */
export async function fingerprintTables(orm: MikroORM, tables: readonly string[]): Promise<Record<string, string>> {
  const columns = tables.map((t) => `(select count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' order by x.id)), '') from "${t}" x) as "${t}"`);
  return (await orm.em.fork().getConnection().execute(`select ${columns.join(', ')}`))[0];
}

/** `request` is refused with `code` alone (and a message naming the rule), answers no data, and leaves `fingerprint` as it was. */
export async function expectRefusedLeaving(
  fingerprint: () => Promise<unknown>, code: string, request: () => Promise<GraphQLResponse<unknown>>, message?: RegExp,
): Promise<void> {
  const before = await fingerprint();
  const { body } = await request();
  expect(body.errors?.map((e) => e.extensions?.code), JSON.stringify(body.errors)).toEqual([code]);
  if (message) expect(body.errors![0].message).toMatch(message);
  expect(body.data ?? null).toBeNull();
  expect(await fingerprint()).toEqual(before);
}
