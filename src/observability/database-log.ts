// knex writes its warnings with console.log in plain text ("Connection Error: Error: select … - read
// ECONNRESET"), SQL included; MikroORM writes its own through a writer. Both go to the process's
// logger instead: a line saying what happened, and the driver's own text (SQL and all) at debug only.
import { defaultLogger } from './logger';

const CONNECTION_LOST = /^Connection Error/;

function driverLine(level: 'warn' | 'error') {
  return (message: unknown): void => {
    const text = String(message);
    const lost = CONNECTION_LOST.test(text);
    const event = lost ? 'database connection lost' : 'database driver message';
    const logger = defaultLogger();
    logger[level]({ event }, lost ? 'a pooled database connection had broken: it was dropped and will be replaced' : 'the database driver reported a problem');
    logger.debug({ event, text }, 'database driver text');
  };
}

/** knex's `log` option. */
export const databaseDriverLog = {
  warn: driverLine('warn'),
  error: driverLine('error'),
  deprecate: (message: unknown) => defaultLogger().debug({ event: 'database driver deprecation', text: String(message) }, 'database driver deprecation'),
  debug: (message: unknown) => defaultLogger().debug({ event: 'database driver debug', text: String(message) }, 'database driver debug'),
};

/** MikroORM's `logger` writer: it writes only deprecations, or every query when its debug mode is on. */
export const ormLogWriter = (message: string): void => defaultLogger().debug({ event: 'orm', text: message }, 'orm message');
