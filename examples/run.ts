// Runs one example against a running server, e.g.
//   TOKEN=$(npm run -s token -- --role REGULATOR) npm run -s example:regulator
// GRAPHQL_URL defaults to http://localhost:4000/graphql; no TOKEN means the PUBLIC role.
import { parseArgs } from 'node:util';
import { reportBuddyOutcome } from './buddy-report-outcome';
import { createClient, type Client } from './client';
import { commissionerLocalView } from './commissioner-local-view';
import { WhoAmIDocument } from './generated/graphql';
import { regulatorDashboard } from './regulator-dashboard';

const thisMonth = () => new Date().toISOString().slice(0, 7);

const EXAMPLES: Record<string, (client: Client, organisation: string | null, args: string[]) => Promise<void>> = {
  'regulator-dashboard': async (client) => {
    const { totalCount, rows } = await regulatorDashboard(client);
    console.table(rows);
    console.log(`${totalCount} trusts, ${rows.filter((row) => row.inSpecialMeasures).length} in special measures`);
  },
  'buddy-report-outcome': async (client, organisation, args) => {
    const { values } = parseArgs({
      args,
      options: {
        supported: { type: 'string' }, measure: { type: 'string' }, target: { type: 'string' }, achieved: { type: 'string' },
        period: { type: 'string', default: thisMonth() }, narrative: { type: 'string' },
      },
    });
    const { supported, measure, target, achieved } = values;
    if (!organisation || !supported || !measure || !target || !achieved) {
      throw new Error('needs a TRUST token and -- --supported ODS --measure TEXT --target TEXT --achieved TEXT [--period YYYY-MM] [--narrative TEXT]');
    }
    console.log(await reportBuddyOutcome(client, { buddyOdsCode: organisation, supportedOdsCode: supported, measure, target, achieved, period: values.period, narrative: values.narrative }));
  },
  'commissioner-local-view': async (client) => {
    console.table(await commissionerLocalView(client));
  },
};

async function main([name, ...args]: string[]): Promise<void> {
  const example = EXAMPLES[name];
  if (!example) throw new Error(`usage: node dist/examples/run.js ${Object.keys(EXAMPLES).join('|')} [options]`);
  const client = createClient({ url: process.env.GRAPHQL_URL ?? 'http://localhost:4000/graphql', token: process.env.TOKEN });
  const { me } = await client.request(WhoAmIDocument);
  console.log(`as ${me.role}${me.organisation ? ` ${me.organisation}` : ''}`);
  await example(client, me.organisation ?? null, args);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`example: ${error.message}`);
  process.exitCode = 1;
});
