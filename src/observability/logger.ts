import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { config, type LogLevel } from '../config';

export type { DestinationStream, Logger };

export interface LoggerOptions {
  level?: LogLevel;
  /** JSON lines; otherwise pino-pretty's readable lines. */
  json?: boolean;
  /** Where the lines go instead of stdout (JSON): tests read them from here. */
  destination?: DestinationStream;
}

export function createLogger({ level = 'info', json = false, destination }: LoggerOptions = {}): Logger {
  if (destination) return pino({ level }, destination);
  // Asynchronous: a synchronous write per request was 12% of a busy server's CPU. pino flushes it on exit.
  if (json) return pino({ level }, pino.destination({ dest: 1, sync: false }));
  return pino({ level }, pretty({ colorize: Boolean(process.stdout.isTTY), ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l', singleLine: true }));
}

let processLogger: Logger | undefined;

/** The process's logger, as LOG_LEVEL and NODE_ENV say: JSON in production, readable in development. */
export function defaultLogger(): Logger {
  const settings = config();
  processLogger ??= createLogger({ level: settings.logLevel, json: settings.nodeEnv === 'production' });
  return processLogger;
}
