import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { DatabaseRole } from './config';
import { openDatabase } from './database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';

export interface Connection {
  orm: MikroORM;
  close(): Promise<void>;
}

/**
 * The database `npm start` and `npm run seed` use: DATABASE_URL's server when it is set, else an
 * embedded PostgreSQL whose cluster persists in DATA_DIR/postgres. Pending migrations are applied
 * either way, as the owner; the connections then act as the application's role unless `as` is 'owner'.
 * On failure nothing is left running.
 */
export async function connect(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>, as: DatabaseRole = 'application'): Promise<Connection> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, persistent: true });
    url = embedded.url.replace(/\/postgres$/, '/oversight');
  }
  try {
    const orm = await openDatabase(url, as);
    return {
      orm,
      close: async () => {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
