// `npm run audit:verify`: walks every chain of the audit log (DATABASE_URL, else the embedded
// database). Prints `intact (N events in M chains)` and exits 0, or names the first event of each
// chain that does not hold and exits 1. What it proves, and what it does not: docs/audit.md.
import 'reflect-metadata';
import { config, StartError } from '../config';
import { FIRST_CHAIN, NO_TRUST_CHAIN, verifyChain, type ChainBreak } from '../modules/audit/audit-chain';
import { connect } from './connect';

const chainName = (chain: string) =>
  chain === FIRST_CHAIN ? 'the first chain (the events written before chains were per trust)' : chain === NO_TRUST_CHAIN ? 'the chain of events about no trust' : `the chain of trust ${chain}`;

const describe = ({ chain, id, at, why }: ChainBreak) =>
  `broken: ${chainName(chain)}: ${id ? `event ${id} at ${at!.toISOString()}: ` : ''}${why}`;

async function main(): Promise<number> {
  const { orm, close } = await connect(config(), 'application', 'beside a running server');
  try {
    const { count, chains, broken } = await verifyChain(orm.em.fork());
    if (broken.length === 0) {
      console.log(`intact (${count} events in ${chains} chains)`);
      return 0;
    }
    for (const found of broken) console.error(describe(found));
    console.error(`${broken.length} of ${chains} chains broken; ${count} events intact`);
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
