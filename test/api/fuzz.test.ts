import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { decode } from 'jsonwebtoken';
import { beforeAll, expect, it } from 'vitest';
import { LIMIT_CODES } from '../../src/limits/query-limits';
import { getSchema } from '../../src/schema';
import { CALLERS, type CallerName } from '../access/authorization-matrix.vocabulary';
import { tokenFor } from '../support/api';
import { applicationTables } from '../support/database-rows';
import { RowOwners } from '../support/denied-rows';
import { postGraphQL, type RawResponse } from '../support/raw-graphql';
import { oneInputChanged, operationArb, type Operation } from '../support/schema-arbitraries';
import { useTestApi } from '../support/test-api';
import { mutationSamples } from '../pipeline/mutation-samples';

// A bounded fuzz test: random operations of the right shape (any root Query field, or any Mutation
// field, with random arguments of its types, boundary and hostile values among them, and a random
// selection with aliases up to 5 deep) as every caller, against the real server on a database of
// this file's own (the mutations change it; the checks read it again). Properties of every answer:
// never a 5xx nor a hang, nothing of the server's insides, only the API's error codes, and no row or
// column the caller's view denies. The seed is fixed; a failure prints it with the operation.

// FUZZ_SEED and FUZZ_RUNS explore further by hand; the suite always runs the same operations.
const SEED = Number(process.env.FUZZ_SEED ?? 20260318);
// 1,500 runs take 25-30 s on 2 cores beside the rest of the suite; the limit cuts a slower run short rather than failing it.
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const TIME_LIMIT_MS = Math.max(30_000, NUM_RUNS * 20); // each property stops there (not a failure) to keep the file bounded
const REQUEST_TIMEOUT_MS = 10_000;

// SERVICE_UNAVAILABLE is not among them: it says the database is down, which here it never is.
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
let rn1Id: string;
beforeAll(async () => {
  schema = await getSchema();
  owners = new RowOwners(env.db.orm);
  await owners.refresh();
  const sql = (q: string) => env.db.orm.em.fork().getConnection().execute(q);
  const tables = [];
  for (const table of await applicationTables(env.db.orm)) if ((await sql(`select 1 from information_schema.columns where table_name = '${table}' and column_name = 'id'`)).length) tables.push(table);
  [{ id: rn1Id }] = await sql(`select id from trust where ods_code = 'RN1'`);
  ids = (await sql(tables.map((t) => `(select id::text from "${t}" order by id limit 40)`).join(' union all '))).map((r) => r.id as string);
});

/** Everything wrong with one answer: an empty list when it holds. */
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
  stats.rowsChecked += seen.checked;
  return [...problems, ...seen.denied, ...seen.unknown.map((row) => `${row} is not in the database`)];
}

// Counterexamples the fuzz found with other seeds, kept as they were shrunk. A bug still open is
// `it.fails` with the bug named: fixing it makes that test fail, and then it becomes a plain `it`.

it('askInformation with a NUL in period is BAD_USER_INPUT naming period (found with FUZZ_SEED=8)', async () => {
  // ask.service.ts ran the period, unchecked, into SQL in its load step (the advisory lock and the
  // live request's where) before validate; PostgreSQL refused the NUL as a protocol violation.
  const ask = 'mutation($input: AskInformationInput!) { askInformation(input: $input) { id } }';
  const input = { trustId: rn1Id, topic: 'WORKFORCE', period: '2026-02\u0000', question: 'Vacancy rates?', dueOn: '2026-04-30' };
  const response = await postGraphQL(env.api.url, ask, { input }, tokenFor('REGULATOR', 'CQC'));
  expect(await problemsWith('CQC', response)).toEqual([]);
  expect(response.body.errors?.map((e) => [e.extensions?.code, /period/.test(e.message)])).toEqual([['BAD_USER_INPUT', true]]);
});

const callerArb = fc.constantFrom(...(Object.keys(CALLERS) as CallerName[]));
const stats = { rowsChecked: 0, outcomes: new Map<string, number>() };

/** Sends each generated operation as its caller, fails with the seed and the smallest failing operation, and prints what happened. */
async function fuzz(what: string, arb: fc.Arbitrary<[CallerName, Operation]>, numRuns: number): Promise<void> {
  const started = Date.now();
  stats.outcomes.clear();
  const property = fc.asyncProperty(arb, async ([caller, operation]) => {
    const { role, org } = CALLERS[caller];
    const response = await postGraphQL(env.api.url, operation.query, operation.variables, org === null ? null : tokenFor(role, org), REQUEST_TIMEOUT_MS);
    const outcome = `${operation.query.split(' ')[0]} ${response.body.errors?.[0]?.extensions?.code ?? (response.body.data ? 'data' : 'nothing')}`;
    stats.outcomes.set(outcome, (stats.outcomes.get(outcome) ?? 0) + 1);
    const problems = await problemsWith(caller, response);
    if (problems.length) throw new Error(`as ${caller}: ${problems.join('; ')}\nanswer: ${response.text.slice(0, 1000)}`);
  });
  const details = await fc.check(property, { seed: SEED, numRuns, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false });
  const answers = [...stats.outcomes].map(([o, n]) => `${o} ${n}`).join(', ');
  console.log(`fuzz, ${what}: ${details.numRuns} runs in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}; ${stats.rowsChecked} rows checked so far; answers: ${answers}`);
  if (details.failed) {
    const [[caller, operation]] = details.counterexample!;
    const shown = JSON.stringify({ caller, query: operation.query, variables: operation.variables }).slice(0, 4000);
    expect.fail(`fuzz seed ${SEED} (path ${details.counterexamplePath}) failed: ${(details.errorInstance as Error)?.message}\n${shown}`);
  }
  expect(details.numRuns).toBeGreaterThan(numRuns / 4); // the time limit did not cut it to nothing
}

it(`answers ${NUM_RUNS} random operations as every caller without a 5xx, internals, unknown codes or denied rows (seed ${SEED})`, async () => {
  const operation = fc.oneof({ weight: 4, arbitrary: operationArb(schema, 'query', ids) }, { weight: 1, arbitrary: operationArb(schema, 'mutation', ids) });
  await fuzz('any operation', fc.tuple(callerArb, operation), NUM_RUNS);
}, TIME_LIMIT_MS + 60_000);

it(`answers ${NUM_RUNS / 3} mutations, each a working sample with one input changed, as its own caller or any other, the same way (seed ${SEED})`, async () => {
  const samples: { name: string; variables: Record<string, unknown>; caller: CallerName }[] = [];
  for (const [name, sample] of Object.entries(mutationSamples)) { // made in a fixed order, before any run, on this file's database
    const { variables, token } = await sample.prepare(env.db.orm.em.fork());
    const { role, org } = decode(token) as { role: string; org: string };
    samples.push({ name, variables, caller: (Object.keys(CALLERS) as CallerName[]).find((c) => CALLERS[c].role === role && CALLERS[c].org === org)! });
  }
  await owners.refresh();
  const arb = fc.constantFrom(...samples).chain((sample) => fc.tuple(
    fc.oneof(fc.constant(sample.caller), callerArb),
    operationArb(schema, 'mutation', ids, { field: sample.name, variables: oneInputChanged(schema, sample.name, sample.variables, ids) }),
  ));
  await fuzz('one input changed', arb, NUM_RUNS / 3);
}, TIME_LIMIT_MS + 60_000);
