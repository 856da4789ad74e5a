import 'reflect-metadata';
import { createServer as createNetServer } from 'node:net';
import { createVerifier } from './auth/jwt';
import { setToday, today } from './clock';
import { config, StartError } from './config';
import { connect, type Connection } from './db/connect';
import { isDatabaseEmpty, seedDemoData } from './db/seed';
import { defaultLogger, type Logger } from './observability/logger';
import { createServer } from './server';

function portProblem(error: unknown, port: number): StartError | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new StartError(`port ${port} is in use: stop what listens there or set PORT`);
  if (code === 'EACCES') return new StartError(`port ${port} needs privileges: set PORT to a port above 1023`);
  return undefined;
}

/** Fails fast, before the database is started, when the HTTP port is taken. */
function checkPortFree(port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error) => reject(portProblem(error, port) ?? error));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
/** The process's logger once the configuration is read (JSON lines in production); before that, only a refused configuration is said, on stderr. */
let logger: Logger | undefined;
let production = false;
const say = (event: string, message: string) => (logger ? logger.info({ event }, message) : console.log(message));
/** What a signal must undo; it grows as the start proceeds (before the database there is nothing). */
let release = async (): Promise<void> => {};
let stopping = false;

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('signal', `${signal}: draining requests and closing the database`);
  try {
    await release();
    process.exit(0);
  } catch (error) {
    fail(error);
    process.exit(1); // the embedded server's exit hook still stops it
  }
}

function onSignal(signal: NodeJS.Signals): void {
  void shutdown(signal);
}

/** `npm start` forwards SIGTERM to its shell, which dies without passing it on: we then lose our parent. */
function stopWhenOrphaned(): void {
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown('parent exited'), 500).unref();
}

async function main(): Promise<void> {
  for (const signal of SIGNALS) process.on(signal, onSignal); // from the start, so a signal never kills us mid-way
  stopWhenOrphaned();
  const settings = config();
  production = settings.nodeEnv === 'production';
  logger = defaultLogger();
  setToday(settings.today ?? null);
  const verifier = createVerifier(settings.jwt); // a bad key stops the server here, not at the first request
  await checkPortFree(settings.port);
  const connection: Connection = await connect(settings);
  release = () => connection.close();
  let port: number;
  try {
    const em = connection.orm.em.fork();
    // Demo data is for trying the platform: a production database without trusts stays empty.
    if (!production && (await isDatabaseEmpty(em))) {
      await seedDemoData(em);
      say('demo data', `empty database: loaded the demo data (dates relative to ${today()})`);
    }
    const server = await createServer(connection.orm, verifier, { production, drainMs: settings.drainMs });
    release = async () => {
      await server.stop();
      await connection.close();
    };
    port = await server.listen(settings.port).catch((error) => Promise.reject(portProblem(error, settings.port) ?? error));
  } catch (error) {
    await connection.close();
    throw error;
  }
  const explorer = settings.nodeEnv === 'production' ? '' : `, explorer at http://localhost:${port}/`;
  say('started', `GraphQL at http://localhost:${port}/graphql${explorer}, health at http://localhost:${port}/health`);
}

/** A start failure is one line saying what to do; anything else keeps its stack. In production, a line of the logger. */
function fail(error: unknown): void {
  const message = error instanceof StartError ? `cannot start: ${error.message}` : String((error as Error)?.stack ?? error);
  if (production && logger) logger.fatal({ event: 'failed' }, message);
  else console.error(error instanceof StartError ? message : error);
}

main().catch((error) => {
  fail(error);
  process.exit(1);
});
