import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { LIMIT_CODES } from '../../src/limits/query-limits';
import { getSchema } from '../../src/schema';
import { CALLERS, type CallerName } from '../access/authorization-matrix.vocabulary';
import { tokenFor } from '../support/api';
import { applicationTables } from '../support/database-rows';
import { RowOwners } from '../support/denied-rows';
import { postGraphQL, type RawResponse } from '../support/raw-graphql';
import { operationArb, type Operation } from '../support/schema-arbitraries';
import { useTestApi } from '../support/test-api';

// A bounded fuzz test: random operations of the right shape (any root Query field, or any Mutation
// field, with random arguments of its types, boundary and hostile values among them, and a random
// selection with aliases up to 5 deep) as every caller, against the real server on a database of
// this file's own (the mutations change it; the checks read it again). Properties of every answer:
// never a 5xx nor a hang, nothing of the server's insides, only the API's error codes, and no row or
// column the caller's view denies. The seed is fixed; a failure prints it with the operation.

// FUZZ_SEED and FUZZ_RUNS explore further by hand; the suite always runs the same operations.
const SEED = Number(process.env.FUZZ_SEED ?? 20260318);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const TIME_LIMIT_MS = Math.max(45_000, NUM_RUNS * 15);
const REQUEST_TIMEOUT_MS = 10_000;

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'FAILED_PRECONDITION', 'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', ...Object.values(LIMIT_CODES),
]);
const INTERNALS: [string, RegExp][] = [
  ['a stack frame', /\bat [\w$.<>]+ \(|\\n\s+at /], ['a file path', /\/work\/|node_modules/], ['SQL', /\bselect\s|insert\s+into/i],
  ['a library name', /MikroORM|knex|pg-protocol/],
];

const env = useTestApi();
let schema: GraphQLSchema;
let owners: RowOwners;
let ids: string[];
beforeAll(async () => {
  schema = await getSchema();
  owners = new RowOwners(env.db.orm);
  await owners.refresh();
  const sql = (q: string) => env.db.orm.em.fork().getConnection().execute(q);
  const tables = [];
  for (const table of await applicationTables(env.db.orm)) if ((await sql(`select 1 from information_schema.columns where table_name = '${table}' and column_name = 'id'`)).length) tables.push(table);
  ids = (await sql(tables.map((t) => `(select id::text from "${t}" order by id limit 40)`).join(' union all '))).map((r) => r.id as string);
});

/** Everything wrong with one answer: an empty list when it holds. */
let rowsChecked = 0;
async function problemsWith(caller: CallerName, response: RawResponse): Promise<string[]> {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  for (const [what, pattern] of INTERNALS) if (pattern.test(response.text)) problems.push(`the body holds ${what}: ${response.text.match(pattern)![0]}`);
  if (!response.body.data && !response.body.errors) problems.push(`not a GraphQL answer: ${response.text.slice(0, 300)}`);
  for (const error of response.body.errors ?? []) {
    const code = error.extensions?.code;
    if (!code || !KNOWN_CODES.has(code)) problems.push(`error code ${code}: ${error.message}`);
  }
  let seen = owners.denied(caller, response.body.data);
  if (seen.unknown.length) {
    await owners.refresh(); // a mutation of this run made them
    seen = owners.denied(caller, response.body.data);
  }
  rowsChecked += seen.checked;
  return [...problems, ...seen.denied, ...seen.unknown.map((row) => `${row} is not in the database`)];
}

const callerArb = fc.constantFrom(...(Object.keys(CALLERS) as CallerName[]));

it(`answers ${NUM_RUNS} random operations as every caller without a 5xx, internals, unknown codes or denied rows (seed ${SEED})`, async () => {
  const started = Date.now();
  let runs = 0;
  const outcomes = new Map<string, number>(); // what the answers were: data, or each error code
  const arb = fc.tuple(callerArb, fc.oneof({ weight: 4, arbitrary: operationArb(schema, 'query', ids) }, { weight: 1, arbitrary: operationArb(schema, 'mutation', ids) }));
  const property = fc.asyncProperty(arb, async ([caller, operation]: [CallerName, Operation]) => {
    runs += 1;
    const { role, org } = CALLERS[caller];
    const token = org === null ? null : tokenFor(role, org);
    const response = await postGraphQL(env.api.url, operation.query, operation.variables, token, REQUEST_TIMEOUT_MS);
    const outcome = `${operation.query.split(' ')[0]} ${response.body.errors?.[0]?.extensions?.code ?? (response.body.data ? 'data' : 'nothing')}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const problems = await problemsWith(caller, response);
    if (problems.length) throw new Error(`as ${caller}: ${problems.join('; ')}\nanswer: ${response.text.slice(0, 1000)}`);
  });
  const details = await fc.check(property, { seed: SEED, numRuns: NUM_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false });
  console.log(`fuzz: ${details.numRuns} operations (${runs} requests with shrinking) in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}; ${rowsChecked} rows checked; answers: ${[...outcomes].map(([o, n]) => `${o} ${n}`).join(', ')}`);
  if (details.failed) {
    const [[caller, operation]] = details.counterexample!;
    const shown = JSON.stringify({ caller, query: operation.query, variables: operation.variables }).slice(0, 4000);
    expect.fail(`fuzz seed ${SEED} (path ${details.counterexamplePath}) failed: ${(details.errorInstance as Error)?.message}\n${shown}`);
  }
  expect(details.numRuns).toBeGreaterThan(NUM_RUNS / 4); // the time limit did not cut it to nothing
}, TIME_LIMIT_MS + 60_000);
