import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { clusterHome } from '../../src/db/embedded-cluster';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { freePort, tempDir } from '../start/helpers';

/** A PostgreSQL server of one test file's own, which the test may stop and start again under a running server. */
export interface OwnPostgres {
  /** The URL of `database` on it (created by the server's start when missing). */
  url(database: string): string;
  /** Fast shutdown: every connection is cut, new ones are refused. */
  stop(): Promise<void>;
  /** The same cluster again, on the same port. */
  start(): Promise<void>;
  /** Stops it and deletes its cluster. */
  destroy(): Promise<void>;
  /** Runs `sql` on `database` as the superuser, on a connection of its own. */
  query<T = Record<string, unknown>>(database: string, sql: string, values?: unknown[]): Promise<T[]>;
}

/** The project's embedded PostgreSQL (as root it runs as the postgres user), kept between stops: persistent until destroy(). */
export async function ownPostgres(): Promise<OwnPostgres> {
  const dataDir = tempDir('oversight-faults-pg-');
  const home = clusterHome(dataDir); // before anything links or deletes it
  const port = await freePort();
  const options = { dataDir, port, persistent: true };
  let running: EmbeddedDatabase | undefined = await startEmbeddedPostgres(options);
  const base = new URL(running.url);
  const url = (database: string) => {
    const target = new URL(base);
    target.pathname = `/${database}`;
    return target.toString();
  };
  return {
    url,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running ??= await startEmbeddedPostgres(options);
    },
    async destroy() {
      await running?.stop();
      running = undefined;
      rmSync(home, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
    async query<T>(database: string, sql: string, values: unknown[] = []) {
      const client = new Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows as T[];
      } finally {
        await client.end();
      }
    },
  };
}
