import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openDatabase } from './database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';

export const DATA_DIR = join(process.cwd(), '.data');

export interface Connection {
  orm: MikroORM;
  close(): Promise<void>;
}

/**
 * The database `npm start` and `npm run seed` use: DATABASE_URL's server when it is set, else an
 * embedded PostgreSQL whose data persists in .data/. Pending migrations are applied either way.
 */
export async function connect(): Promise<Connection> {
  let embedded: EmbeddedDatabase | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    embedded = await startEmbeddedPostgres({ dir: join(DATA_DIR, 'postgres'), port, persistent: true });
    url = embedded.url.replace(/\/postgres$/, '/oversight');
  }
  try {
    const orm = await openDatabase(url);
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
