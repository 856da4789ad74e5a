// `npm run audit:verify`: walks the audit log's hash chain (DATABASE_URL, else the embedded
// database). Prints `intact (N events)` and exits 0, or names the first event whose hash does not
// match and exits 1.
import 'reflect-metadata';
import { config, StartError } from '../config';
import { verifyChain } from '../modules/audit/audit-chain';
import { connect } from './connect';

async function main(): Promise<number> {
  const { orm, close } = await connect(config(), 'application', 'beside a running server');
  try {
    const { count, broken } = await verifyChain(orm.em.fork());
    if (!broken) {
      console.log(`intact (${count} events)`);
      return 0;
    }
    console.error(`broken: event ${broken.id} at ${broken.at.toISOString()} does not match its hash (the ${count} events before it are intact)`);
    return 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    console.error(error instanceof StartError ? `cannot verify: ${error.message}` : error);
    process.exitCode = 2;
  },
);
