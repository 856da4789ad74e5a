import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { counterOf } from '../../observability/statement-count';
import type { Sql } from './sql';

/** A statement with `$n` placeholders, its values, and the name it is prepared under (from its text). */
export interface Statement { name: string; text: string; values: unknown[] }

/** Statement names by text, the most recent kept: the same few texts come again and again. */
const names = new Map<string, string>();
const NAMES_KEPT = 1000;

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= NAMES_KEPT) names.clear();
    names.set(text, (name = `s${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`));
  }
  return name;
}

export function statementOf(query: Sql): Statement {
  const { text, values } = query.numbered();
  return { name: nameOf(text), text, values };
}

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[]; rowMode?: 'array' }): Promise<{ rows: unknown[] }>;
  connection?: { parsedStatements?: Record<string, string> };
}
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
  emit(event: 'query', query: { sql: string; bindings: unknown[] }): void;
}

/** Statements each connection keeps prepared, least recently used dropped past it: a stream of new queries cannot fill a backend's memory. */
const PREPARED_PER_CONNECTION = 200;
const prepared = new WeakMap<PgConnection, Set<string>>();

async function keepPrepared(connection: PgConnection, name: string): Promise<void> {
  let names = prepared.get(connection);
  if (!names) prepared.set(connection, (names = new Set()));
  names.delete(name);
  names.add(name);
  if (names.size <= PREPARED_PER_CONNECTION) return;
  const oldest = names.values().next().value!;
  names.delete(oldest);
  await connection.query({ text: `deallocate "${oldest}"`, values: [] });
  delete connection.connection?.parsedStatements?.[oldest];
}

export interface ExecuteOptions {
  /** A replica may answer (a request that has not written); inside a transaction its connection answers whatever this says. */
  replica?: boolean;
  /** Prepared under its name: parsed and planned once per connection, then only executed. */
  prepare?: boolean;
  /** Each row as an array of columns rather than an object. */
  rowMode?: 'array';
}

/**
 * Runs a statement with bound values straight on the driver (`pg`), on the EntityManager's
 * connection: its transaction's within one, else the pool's (a replica's when allowed). Values are
 * sent as they are (an array is one array parameter, `= any($1)`), and nothing in the result is
 * parsed beyond PostgreSQL's text: a json column built as text comes back as a string.
 */
export async function execute<T = Record<string, unknown>>(em: EntityManager, query: Sql | Statement, options: ExecuteOptions = {}): Promise<T[]> {
  const statement = 'name' in query ? query : statementOf(query);
  const transaction = em.getTransactionContext<{ client: KnexClient }>();
  const client = transaction?.client ?? (em.getConnection(options.replica ? 'read' : 'write').getKnex().client as unknown as KnexClient);
  const connection = await client.acquireConnection();
  try {
    const counter = counterOf(em);
    if (counter) counter.count++;
    client.emit('query', { sql: statement.text, bindings: statement.values }); // as knex tells of its own statements
    const { rows } = await connection.query({
      name: options.prepare ? statement.name : undefined, text: statement.text, values: statement.values, rowMode: options.rowMode,
    });
    if (options.prepare) await keepPrepared(connection, statement.name);
    return rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}
