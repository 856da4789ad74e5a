// Runs one example against a running server, e.g.
//   TOKEN=$(npm run -s token -- --role REGULATOR) npm run -s example:regulator
// GRAPHQL_URL defaults to http://localhost:4000/graphql; no TOKEN means the PUBLIC role. CLIENT picks
// the GraphQL client: fetch (the default), apollo, urql or graphql-request.
import { parseArgs } from 'node:util';
import { reportBuddyOutcome } from './buddy-report-outcome';
import { createClient, describeError, type Client, type ClientOptions, type GraphQLErrorEntry } from './client';
import { apolloClient } from './clients/apollo';
import { graphqlRequestClient } from './clients/graphql-request';
import { urqlClient } from './clients/urql';
import { commissionerLocalView } from './commissioner-local-view';
import { WhoAmIDocument } from './generated/graphql';
import { regulatorDashboard } from './regulator-dashboard';
import { roleExample } from './role-example';

const thisMonth = () => new Date().toISOString().slice(0, 7);

const CLIENTS: Record<string, (options: ClientOptions) => Client> = {
  fetch: createClient, apollo: apolloClient, urql: urqlClient, 'graphql-request': graphqlRequestClient,
};

/** Field errors beside the data: what the caller may not read (FORBIDDEN), said once per field. */
function printWithheld(errors: GraphQLErrorEntry[]): void {
  const lines = new Set(errors.map((e) => describeError({ ...e, path: e.path?.map((key) => (typeof key === 'number' ? '*' : key)) })));
  for (const line of lines) console.log(`withheld: ${line}`);
}

const EXAMPLES: Record<string, (client: Client, me: { role: string; organisation: string | null }, args: string[]) => Promise<void>> = {
  'regulator-dashboard': async (client) => {
    const { totalCount, rows, errors } = await regulatorDashboard(client);
    console.table(rows);
    console.log(`${totalCount} trusts, ${rows.filter((row) => row.inSpecialMeasures).length} in special measures`);
    printWithheld(errors);
  },
  'buddy-report-outcome': async (client, { organisation }, args) => {
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
    const { rows, errors } = await commissionerLocalView(client);
    console.table(rows);
    printWithheld(errors);
  },
  'role-example': async (client, { role }) => {
    const { data, errors } = await roleExample(client, role);
    console.log(JSON.stringify(data, null, 2));
    printWithheld(errors);
  },
};

async function main([name, ...args]: string[]): Promise<void> {
  const example = EXAMPLES[name];
  const makeClient = CLIENTS[process.env.CLIENT ?? 'fetch'];
  if (!example || !makeClient) throw new Error(`usage: [CLIENT=${Object.keys(CLIENTS).join('|')}] node dist/examples/run.js ${Object.keys(EXAMPLES).join('|')} [options]`);
  const client = makeClient({ url: process.env.GRAPHQL_URL ?? 'http://localhost:4000/graphql', token: process.env.TOKEN });
  const { data: { me } } = await client.request(WhoAmIDocument);
  console.log(`as ${me.role}${me.organisation ? ` ${me.organisation}` : ''}`);
  await example(client, { role: me.role, organisation: me.organisation ?? null }, args);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`example: ${error.message}`);
  process.exitCode = 1;
});
