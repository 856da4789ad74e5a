import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations';
import { AccessCacheInvalidator } from '../auth/access-cache';
import { allEntities } from '../modules/entities';
import { ChangeFlushGuard } from '../change/commit';
import { StatementCountingEntityManager, statementCountingLogger } from '../observability/statement-count';

/** The role the application's connections act as: it may not rewrite or empty the audit log (migrations/Migration20261125035300.ts). */
export const APPLICATION_ROLE = 'smo_app';

/** Whom a pool's connections act as: the application's role, or the login user who owns the tables (migrations, seed --force). */
export type DatabaseRole = 'application' | 'owner';

interface PgConnection { query(sql: string, done: (error: Error | null) => void): void }

/** How long a query waits for a pooled connection (knex's default is 60 s): with PostgreSQL hung or the pool taken, a request fails inside 5 s as SERVICE_UNAVAILABLE. */
export const POOL_ACQUIRE_TIMEOUT_MS = 4000;

/** The pool; as the application, every new connection first takes the application's role (a failure fails the connection). */
export function poolOptions(as: DatabaseRole): NonNullable<Options['pool']> {
  const pool = { min: 0, max: 10, acquireTimeoutMillis: POOL_ACQUIRE_TIMEOUT_MS };
  if (as === 'owner') return pool;
  return {
    ...pool,
    afterCreate: (connection: PgConnection, done: (error: Error | null, connection: PgConnection) => void) =>
      connection.query(`set role ${APPLICATION_ROLE}`, (error) => done(error, connection)),
  };
}

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}, as: DatabaseRole = 'owner'): Options {
  return defineConfig({
    clientUrl,
    entities: allEntities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, path: 'migrations', emit: 'ts', silent: true },
    subscribers: [new ChangeFlushGuard(), new AccessCacheInvalidator()],
    // Row filters come from the ability; nothing else may hide rows behind its back.
    filters: {},
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: poolOptions(as),
    // Each request's SQL statements are counted for its log line and metrics (src/observability/statement-count.ts).
    entityManager: StatementCountingEntityManager,
    loggerFactory: statementCountingLogger,
    ...overrides,
  });
}
