import 'reflect-metadata';
import { createVerifier } from './auth/jwt';
import { today } from './clock';
import { connect } from './db/connect';
import { isDatabaseEmpty, seedDemoData } from './db/seed';
import { createServer } from './server';

async function main(): Promise<void> {
  const verifier = createVerifier(); // a bad key configuration stops the server here, not at the first request
  const connection = await connect();
  const em = connection.orm.em.fork();
  if (await isDatabaseEmpty(em)) {
    await seedDemoData(em);
    console.log(`empty database: loaded the demo data (dates relative to ${today()})`);
  }
  const server = await createServer(connection.orm, verifier);
  const port = await server.listen(Number(process.env.PORT ?? 4000));
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
  console.error(error);
  process.exit(1);
});
