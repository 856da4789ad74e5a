import { MikroORM } from '@mikro-orm/postgresql';
import type { Config, DatabaseTimeouts } from '../config';
import { ormConfig, type DatabaseRole } from './config';
import { CONNECT_TIMEOUT_MS, openDatabase } from './database';
import { runningEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedDatabase, type EmbeddedOptions } from './embedded';

export interface Connection {
  orm: MikroORM;
  close(): Promise<void>;
}

/**
 * The same database with read replicas, opened anew once the migrations and the role check are done:
 * MikroORM makes its replica connections only at init, and a reconnect would point them at the primary.
 * Only what asks for the 'read' connection goes to a replica: the planned reads of a request that has
 * not written. MikroORM's default (preferReadReplicas) would also send every find outside a
 * transaction there, among them those resolving a mutation's answer, which would then miss its write.
 */
async function withReplicas(opened: MikroORM, url: string, replicaUrls: string[], as: DatabaseRole, timeouts: DatabaseTimeouts | undefined): Promise<MikroORM> {
  await opened.close();
  // The replicas' pools are the primary's pool options: the same role and time limits.
  return MikroORM.init(ormConfig(url, { replicas: replicaUrls.map((clientUrl) => ({ clientUrl })), preferReadReplicas: false }, as, timeouts));
}

/** The database of the embedded server: its own cluster in DATA_DIR, started here, or (for a tool) the one `npm start` runs. */
export async function embeddedDatabase(options: Omit<EmbeddedOptions, 'persistent'>, beside: 'alone' | 'beside a running server'): Promise<EmbeddedDatabase & { databaseUrl: string }> {
  const embedded = (beside === 'alone' ? undefined : await runningEmbeddedPostgres(options)) ?? (await startEmbeddedPostgres({ ...options, persistent: true }));
  return { ...embedded, databaseUrl: embedded.url.replace(/\/postgres$/, '/oversight') };
}

/**
 * The database `npm start` and the tools use: DATABASE_URL's server when it is set, else an
 * embedded PostgreSQL whose cluster persists in DATA_DIR/postgres (a tool uses the one a running
 * `npm start` serves). Pending migrations are applied either way, as the owner; the connections then
 * act as the application's role unless `as` is 'owner'. On failure nothing is left running.
 */
export async function connect(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'> & Partial<Pick<Config, 'databaseReplicaUrls' | 'databaseTimeouts'>>,
  as: DatabaseRole = 'application', beside: 'alone' | 'beside a running server' = 'alone',
): Promise<Connection> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const database = await embeddedDatabase({ dataDir: config.dataDir, port: config.embeddedPgPort }, beside);
    embedded = database;
    url = database.databaseUrl;
  }
  try {
    let orm = await openDatabase(url, as, config.databaseTimeouts);
    if (config.databaseReplicaUrls?.length && as === 'application') orm = await withReplicas(orm, url, config.databaseReplicaUrls, as, config.databaseTimeouts);
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
