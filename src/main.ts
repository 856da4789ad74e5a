import 'reflect-metadata';
import { createVerifier } from './auth/jwt';
import { setToday, today } from './clock';
import { config, StartError } from './config';
import { connect } from './db/connect';
import { isDatabaseEmpty, seedDemoData } from './db/seed';
import { createServer } from './server';

async function main(): Promise<void> {
  const settings = config();
  setToday(settings.today ?? null);
  const verifier = createVerifier(settings.jwt); // a bad key stops the server here, not at the first request
  const connection = await connect(settings);
  const em = connection.orm.em.fork();
  if (await isDatabaseEmpty(em)) {
    await seedDemoData(em);
    console.log(`empty database: loaded the demo data (dates relative to ${today()})`);
  }
  const server = await createServer(connection.orm, verifier);
  const port = await server.listen(settings.port);
  console.log(`GraphQL at http://localhost:${port}/graphql, health at http://localhost:${port}/health`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and closing the database`);
    await server.stop();
    await connection.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  // A start failure is one line saying what to do; anything else keeps its stack.
  if (error instanceof StartError) console.error(`cannot start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
