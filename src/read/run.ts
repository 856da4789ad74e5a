import type { RequestContext } from '../auth/context';
import { execute, type Statement } from '../db/sql/execute';

export { statementOf, type Statement } from '../db/sql/execute';

/**
 * Runs a compiled read as a prepared statement on the request's connection (its transaction's in a
 * change; a replica's for a request that has not written): one row of text columns, the JSON
 * PostgreSQL built never parsed here.
 */
export async function runStatement(ctx: RequestContext, statement: Statement): Promise<(string | null)[]> {
  const [row] = await execute<(string | null)[]>(ctx.em, statement, { replica: !ctx.wrote, prepare: true, rowMode: 'array' });
  return row;
}
