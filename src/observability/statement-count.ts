// SQL statements per request, without AsyncLocalStorage: the request's EntityManager forks carry a
// StatementCounter in their loggerContext (forks, transactional ones included, inherit it), and
// MikroORM hands every statement's log context to StatementCountingLogger, printing or not.
import { DefaultLogger, type AnyEntity, type EntityData, type LogContext, type LoggerOptions, type LoggingOptions } from '@mikro-orm/core';
import { EntityManager, type Knex, type PostgreSqlDriver, type QueryResult } from '@mikro-orm/postgresql';

export class StatementCounter {
  count = 0;
}

/** The key in a loggerContext; its value a class instance, which MikroORM's merge of contexts shares instead of copying. */
const KEY = 'statements';

/** A fresh loggerContext for the forks of one request. */
export const countingContext = (): { [KEY]: StatementCounter } => ({ [KEY]: new StatementCounter() });

export function counterOf(em: EntityManager): StatementCounter | undefined {
  const counter = em.getLoggerContext({ disableContextResolution: true })[KEY];
  return counter instanceof StatementCounter ? counter : undefined;
}

/** Counts before the default logger decides whether to print (only when `debug` asks). */
export class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const counter = context[KEY];
    if (counter instanceof StatementCounter) counter.count++;
    super.logQuery(context);
  }
}

export const statementCountingLogger = (options: LoggerOptions) => new StatementCountingLogger(options);

type Connection = ReturnType<PostgreSqlDriver['getConnection']>;
type LogQuery = (query: string, context?: LogContext) => void;

/**
 * The connection as one counting EntityManager sees it: every statement it logs carries that
 * EntityManager's context, which raw statements (`em.getConnection().execute(...)`) and a
 * transaction's BEGIN and COMMIT otherwise lack.
 */
function countingView(connection: Connection, context: LogContext): Connection {
  const logQuery = (connection as unknown as { logQuery: LogQuery }).logQuery.bind(connection);
  const view = Object.create(connection) as Connection & { logQuery: LogQuery };
  view.logQuery = (query, own) => logQuery(query, own?.[KEY] ? own : { ...own, ...context });
  return view;
}

/** The ORM's EntityManager class (`entityManager` in src/db/config.ts); without a counter, MikroORM's own. */
export class StatementCountingEntityManager extends EntityManager<PostgreSqlDriver> {
  private counting?: { of: Connection; view: Connection };

  override getConnection(type?: 'read' | 'write'): Connection {
    const connection = super.getConnection(type);
    if (!counterOf(this)) return connection;
    if (this.counting?.of !== connection) {
      this.counting = { of: connection, view: countingView(connection, this.getLoggerContext({ disableContextResolution: true })) };
    }
    return this.counting.view;
  }

  override execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    query: string | Knex.QueryBuilder | Knex.Raw, params?: unknown[], method?: 'all' | 'get' | 'run', loggerContext?: LoggingOptions,
  ): Promise<T> {
    return super.execute<T>(query, params, method, loggerContext ?? this.getLoggerContext({ disableContextResolution: true }));
  }
}
