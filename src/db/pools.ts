import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';

// knex's connection pools (tarn's), read for what MikroORM does not tell: the metrics, whether the pool
// can serve (readiness), and which backends to cancel at shutdown. Looked up at each use: a reconnect
// replaces knex's client and its pool.

/** The part of a tarn pool read here (`max` and `used` are tarn's own fields). */
export interface TarnPool {
  max: number;
  used: { resource: { processID?: number } }[];
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  on(event: 'acquireRequest', listener: (id: number) => void): void;
  on(event: 'acquireSuccess', listener: (id: number, resource: object) => void): void;
  on(event: 'acquireFail', listener: (id: number) => void): void;
  on(event: 'release', listener: (resource: object) => void): void;
}

type Connection = ReturnType<MikroORM['em']['getConnection']>;

/** The primary's connection and each replica's. */
function connections(orm: MikroORM): Connection[] {
  const driver = orm.em.getDriver();
  return [driver.getConnection('write'), ...((driver as unknown as { replicas?: Connection[] }).replicas ?? [])];
}

const poolOf = (connection: Connection) => (connection.getKnex().client as { pool?: TarnPool }).pool;

/** The primary's pool; undefined once closed. */
export const primaryPool = (orm: MikroORM): TarnPool | undefined => poolOf(orm.em.getConnection('write'));

/** Past this, a request waiting for a connection, or every connection held, means the pool cannot serve. */
export const POOL_STUCK_MS = 1000;

/** When each pending acquire began and each connection in use was handed out, from the pool's events. */
class PoolWatch {
  private readonly waiting = new Map<number, number>();
  private readonly held = new Map<object, number>();

  constructor(private readonly pool: TarnPool) {
    pool.on('acquireRequest', (id) => this.waiting.set(id, performance.now()));
    pool.on('acquireSuccess', (id, resource) => {
      this.waiting.delete(id);
      this.held.set(resource, performance.now());
    });
    pool.on('acquireFail', (id) => this.waiting.delete(id));
    pool.on('release', (resource) => this.held.delete(resource));
  }

  /** Why the pool cannot serve a request now, or undefined. */
  problem(): string | undefined {
    const now = performance.now();
    const waited = Math.max(0, ...[...this.waiting.values()].map((since) => now - since));
    if (waited >= POOL_STUCK_MS) return `a request has waited ${(waited / 1000).toFixed(1)} s for a pooled database connection`;
    const inUse = [...this.held.values()];
    if (inUse.length >= this.pool.max && inUse.every((since) => now - since >= POOL_STUCK_MS)) {
      return `all ${this.pool.max} pooled database connections have been in use for over ${POOL_STUCK_MS / 1000} s`;
    }
    return undefined;
  }
}

const watches = new WeakMap<TarnPool, PoolWatch>();

/** Starts watching the ORM's pools now; the function it returns says why one of them cannot serve, or undefined. */
export function poolPressure(orm: MikroORM): () => string | undefined {
  const watched = () => connections(orm).flatMap((connection) => {
    const pool = poolOf(connection);
    if (!pool) return [];
    if (!watches.has(pool)) watches.set(pool, new PoolWatch(pool));
    return [watches.get(pool)!];
  });
  watched();
  return () => {
    for (const watch of watched()) {
      const problem = watch.problem();
      if (problem) return problem;
    }
    return undefined;
  };
}

/**
 * Cancels the statement each checked-out connection of the ORM's pools is running (pg_cancel_backend,
 * from a connection of its own per server): its request then fails as the database not answering.
 */
export async function cancelRunningStatements(orm: MikroORM): Promise<number> {
  let cancelled = 0;
  await Promise.all(connections(orm).map(async (connection) => {
    const pids = (poolOf(connection)?.used ?? []).map((used) => used.resource.processID).filter((pid): pid is number => pid !== undefined);
    if (pids.length === 0) return;
    const { host, port, user, password, database } = connection.getConnectionOptions(); // from a URL: the password is a string
    const client = new Client({ host, port, user, password: password as string | undefined, database, connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    try {
      await client.connect();
      const { rows } = await client.query<{ n: number }>('select count(*) filter (where pg_cancel_backend(pid))::int as n from unnest($1::int[]) as pid', [pids]);
      cancelled += rows[0].n;
    } catch {
      // PostgreSQL gone as well: the statements end with their connections
    } finally {
      await client.end().catch(() => {});
    }
  }));
  return cancelled;
}

/** How often cancelling repeats once the drain period is over: a request that was waiting for a connection has started a statement since. */
const CANCEL_AGAIN_MS = 500;

/** From `afterMs` on, cancels what the ORM's connections run, again and again, until the returned function is called. */
export function cancelStatementsAfter(orm: MikroORM, afterMs: number, cancelled: (count: number) => void): () => void {
  let timer: NodeJS.Timeout;
  const cancel = () => {
    void cancelRunningStatements(orm).then((count) => count > 0 && cancelled(count));
    timer = setTimeout(cancel, CANCEL_AGAIN_MS);
  };
  timer = setTimeout(cancel, afterMs);
  return () => clearTimeout(timer);
}
