import { correlatedRow } from '../common/derived';
import type { CursorKind } from '../common/pagination';
import type { PageOrderKey, Rows } from '../modules/rows';
import { ident, literal, param, Sql, sql } from '../db/sql/sql';
import type { Planner } from './plan';
import type { Source } from './sources';

type PageRows = Rows & { kind: 'page' };

/** How a key's value is written in a cursor (JSON), and the type its cursor value is bound as. */
const CURSOR: Record<CursorKind, { json: (value: Sql) => Sql; cast: string }> = {
  text: { json: (value) => value, cast: 'text' },
  id: { json: (value) => sql`${value}::text`, cast: 'uuid' },
  bigint: { json: (value) => sql`${value}::text`, cast: 'bigint' },
  date: { json: (value) => sql`to_char(${value}, 'YYYY-MM-DD')`, cast: 'date' },
  int: { json: (value) => value, cast: 'int' },
};

const valueOf = (source: Source, key: PageOrderKey, alias: string): Sql => {
  const row = correlatedRow(alias);
  if (key.value) return key.value(row);
  return source.scalar(key.name, row) ?? Sql.raw(`${alias}.${ident(source.keyColumn(key.name))}`);
};

/** The cursor of row `alias`: base64url of the JSON array [order, ...its values of the order's keys]. */
export function cursorSql(source: Source, rows: PageRows, alias: string): Sql {
  const values = rows.order.map((key) => CURSOR[key.kind].json(valueOf(source, key, alias)));
  const array = sql`json_build_array(${literal(rows.page.tag)}, ${Sql.join(values, ', ')})::text`;
  return sql`translate(encode(convert_to(${array}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

interface Term { value: Sql; desc: boolean; cursor?: Sql }

/** The order as terms: a key that may be null sorts its nulls last, by a term of its own before it. */
function terms(source: Source, rows: PageRows, alias: string, backward: boolean): Term[] {
  return rows.order.flatMap((key, i): Term[] => {
    const value = valueOf(source, key, alias);
    const cursorValue = rows.page.cursor?.[i];
    const own: Term = { value, desc: Boolean(key.desc) !== backward, cursor: rows.page.cursor && param(cursorValue, CURSOR[key.kind].cast) };
    if (!key.nullable) return [own];
    const isNull: Term = { value: sql`(${value} is null)`, desc: backward, cursor: rows.page.cursor && param(cursorValue === null, 'boolean') };
    return [isNull, own];
  });
}

/** Rows strictly beyond the cursor in this order: the first term that differs decides. */
function beyond(list: Term[]): Sql {
  const ors = list.map((term, i) => {
    const equal = list.slice(0, i).map((before) => sql`${before.value} is not distinct from ${before.cursor!}`);
    return Sql.join([...equal, sql`${term.value} ${Sql.raw(term.desc ? '<' : '>')} ${term.cursor!}`], ' and ');
  });
  // A comparison with a null (a key that may be empty) is unknown: such a row is not beyond.
  return sql`coalesce(${Sql.join(ors.map((or) => sql`(${or})`), ' or ')}, false)`;
}

const orderBy = (list: Term[]) => Sql.join(list.map((term) => sql`${term.value} ${Sql.raw(term.desc ? 'desc' : 'asc')}`), ', ');

/**
 * A page of a connection: `fetched` the rows fetched (one more than asked, to know whether more follow),
 * `root` those kept, numbered in the order the answer gives them (backwards pages fetched reversed);
 * and whether rows lie before and after it.
 */
export function pageRows(planner: Planner, source: Source, rows: PageRows, columns: Sql) {
  const { size, backward, cursor } = rows.page;
  const where = planner.where(source, rows.where, 'r');
  const fetch = terms(source, rows, 'r', backward);
  const past = cursor ? sql` and ${beyond(fetch)}` : Sql.raw('');
  const fetched = sql`fetched as (select ${columns}, row_number() over (order by ${orderBy(fetch)}) as fetched_n from ${source.from} r
    where ${where}${past} order by ${orderBy(fetch)} limit ${param(size + 1, 'int')})`;
  const kept = param(size, 'int');
  const position = backward ? sql`(select least(count(*), ${kept}) from fetched) - p.fetched_n + 1` : Sql.raw('p.fetched_n');
  const root = sql`root as materialized (select p.*, ${position} as n from fetched p where p.fetched_n <= ${kept})`;
  const more = sql`(select count(*) > ${kept} from fetched)`;
  // Rows on the cursor's other side: whether a page lies there, asked of the table (the cursor's own row included).
  const behind = cursor
    ? sql`exists (select 1 from ${source.from} r where ${planner.where(source, rows.where, 'r')} and not ${beyond(terms(source, rows, 'r', backward))})`
    : Sql.raw('false');
  return {
    ctes: [fetched, root],
    hasNextPage: backward ? behind : more,
    hasPreviousPage: backward ? more : behind,
  };
}
