import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations';
import { AccessCacheInvalidator } from '../auth/access-cache';
import { DEFAULT_DATABASE_TIMEOUTS, type DatabaseTimeouts } from '../config';
import { allEntities } from '../modules/entities';
import { ChangeFlushGuard } from '../change/commit';
import { databaseDriverLog, ormLogWriter } from '../observability/database-log';
import { StatementCountingEntityManager, statementCountingLogger } from '../observability/statement-count';

/** The role the application's connections act as: it may not rewrite or empty the audit log (migrations/Migration20261125035300.ts). */
export const APPLICATION_ROLE = 'smo_app';

/** Whom a pool's connections act as: the application's role, or the login user who owns the tables (migrations, seed --force). */
export type DatabaseRole = 'application' | 'owner';

interface PgConnection { query(sql: string, done: (error: Error | null) => void): void }

/** How long a query waits for a pooled connection (knex's default is 60 s): with PostgreSQL hung or the pool taken, a request fails inside 5 s as SERVICE_UNAVAILABLE. */
export const POOL_ACQUIRE_TIMEOUT_MS = 4000;
/** How long a connection attempt may take, so that an unreachable server fails a start quickly. */
export const CONNECT_TIMEOUT_MS = 5000;

/** What a new connection of the application runs first, in one round trip: its role, then the session's time limits. */
export function sessionSetup(timeouts: DatabaseTimeouts): string {
  const { statementMs, lockMs, idleInTransactionMs } = timeouts;
  return `set role ${APPLICATION_ROLE}; set statement_timeout = ${statementMs}; set lock_timeout = ${lockMs}; set idle_in_transaction_session_timeout = ${idleInTransactionMs}`;
}

/**
 * The pool; as the application, every new connection first takes the application's role and the
 * time limits of `timeouts` (a failure fails the connection). The owner's (migrations, seed --force)
 * has no limits: a migration may rightly take long.
 */
export function poolOptions(as: DatabaseRole, timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS): NonNullable<Options['pool']> {
  const pool = { min: 0, max: 10, acquireTimeoutMillis: POOL_ACQUIRE_TIMEOUT_MS };
  if (as === 'owner') return pool;
  return {
    ...pool,
    afterCreate: (connection: PgConnection, done: (error: Error | null, connection: PgConnection) => void) =>
      connection.query(sessionSetup(timeouts), (error) => done(error, connection)),
  };
}

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}, as: DatabaseRole = 'owner', timeouts?: DatabaseTimeouts): Options {
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
    pool: poolOptions(as, timeouts),
    // knex's and MikroORM's own messages become lines of the process's logger, never plain text with SQL in it.
    driverOptions: { connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS }, log: databaseDriverLog },
    logger: ormLogWriter,
    // Each request's SQL statements are counted for its log line and metrics (src/observability/statement-count.ts).
    entityManager: StatementCountingEntityManager,
    loggerFactory: statementCountingLogger,
    ...overrides,
  });
}
