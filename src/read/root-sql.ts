import { getNamedType, isObjectType, type FieldNode, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { Planner, Unplannable, type Shape } from './plan';
import type { RootRows } from './roots';
import { Sql, sql } from './sql';

/** One root field compiled: SQL whose single `result` column is its JSON, and what to do with it. */
export interface PlannedRoot { sql: Sql; shape: Shape; rows: RootRows }

const ROWS = 'planned_rows';

function orderSql(planner: Planner, rows: RootRows & { orderBy: object }, alias: string): { columns: string[]; order: string } {
  const meta = planner.meta(rows.entity);
  const entries = Object.entries(rows.orderBy);
  const columns = entries.map(([prop]) => `${alias}."${meta.properties[prop as never].fieldNames[0]}"`);
  return { columns, order: entries.map(([, dir], i) => `${columns[i]} ${String(dir)}`).join(', ') };
}

/** `after` as SQL: rows strictly after the cursor's values in the list's order (as MikroORM's findByCursor reads it). */
function afterSql(columns: string[], directions: string[], values: unknown[]): Sql {
  const terms = columns.map((_, i) => {
    const equal = columns.slice(0, i).map((column) => `${column} = ?`);
    const beyond = `${columns[i]} ${directions[i] === 'desc' ? '<' : '>'} ?`;
    return new Sql([...equal, beyond].join(' and '), [...values.slice(0, i), values[i]]);
  });
  return sql`(${Sql.join(terms.map((term) => sql`(${term})`), ' or ')})`;
}

/** The nodes of a root field's rows, with the joins their selection needs, over the CTE of those rows. */
export function planRoot(planner: Planner, rows: RootRows, nodeType: GraphQLObjectType, objectNodes: readonly FieldNode[]): PlannedRoot {
  const meta = planner.meta(rows.entity);
  const table = Sql.raw(`"${meta.tableName}" "r"`);
  if (rows.kind === 'single' && rows.where === null) return { sql: Sql.raw('select null::json as result'), shape: new Map(), rows };
  const where = planner.where(rows.entity, rows.where!, '"r"');
  const alias = planner.alias();
  const ordered = rows.kind === 'single' ? null : orderSql(planner, rows, '"r"');
  const limit = rows.kind === 'connection' ? rows.first + 1 : null;
  const after = rows.kind === 'connection' && rows.after
    ? sql` and ${afterSql(ordered!.columns, Object.values(rows.orderBy).map(String), rows.after)}`
    : Sql.raw('');
  const numbered = ordered ? `row_number() over (order by ${ordered.order})` : '1';
  const cte = sql`with ${Sql.raw(ROWS)} as (select "r".*, ${Sql.raw(numbered)} as planned_n from ${table} where ${where}${after}${Sql.raw(ordered ? ` order by ${ordered.order}` : '')}${Sql.raw(limit ? ` limit ${limit}` : '')})`;
  const kept = (alias: string) => (rows.kind === 'connection' ? `${alias}planned_n <= ${rows.first}` : 'true');
  const planned = planner.object(nodeType, rows.entity, alias, objectNodes, Sql.raw(`select id from ${ROWS} where ${kept('')}`));
  const nodesJson = sql`(select coalesce(json_agg(${planned.json} order by ${Sql.raw(`${alias}.planned_n`)}), '[]'::json) from ${Sql.raw(`${ROWS} ${alias}`)} ${Sql.join(planned.joins, ' ')} where ${Sql.raw(kept(`${alias}.`))})`;
  const parts: Sql[] = [sql`'nodes', ${nodesJson}`];
  if (rows.kind === 'connection') {
    const last = orderSql(planner, rows, 'l').columns;
    parts.push(Sql.raw(`'count', (select count(*) from ${ROWS})`));
    parts.push(Sql.raw(`'last', (select json_build_array(${last.join(', ')}) from ${ROWS} l where l.planned_n = least(${rows.first}, (select count(*) from ${ROWS})))`));
    parts.push(sql`'total', (select count(*) from ${table} where ${planner.where(rows.entity, rows.where, '"r"')})`);
  }
  return { sql: sql`${cte} select json_build_object(${Sql.join(parts, ', ')}) as result`, shape: planned.shape, rows };
}

/** The object type of a root field's rows and the field nodes that select their fields. */
export function nodesOf(field: GraphQLField<unknown, unknown>, rows: RootRows, connectionNodes: readonly FieldNode[] | undefined, nodes: readonly FieldNode[]) {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) throw new Unplannable(field.name);
  if (rows.kind !== 'connection') return { nodeType: type, objectNodes: nodes };
  const nodeType = getNamedType(type.getFields().nodes.type);
  if (!isObjectType(nodeType)) throw new Unplannable(field.name);
  return { nodeType, objectNodes: connectionNodes ?? [] };
}

