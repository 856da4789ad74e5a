// The bench's cases: which operation (bench/operations/) each sends as which caller, the request
// both servers get, and the targets the platform is held to against the limit.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';
import { JWT_PRIVATE_KEY } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROLES = ['REGULATOR', 'COMMISSIONER', 'OVERSIGHT'];
/** Each role's organisation: the COMMISSIONER's local system LS0001 holds trusts R0001 to R0006; TDA oversees the NHS trusts. */
export const CALLERS = { REGULATOR: 'CQC', COMMISSIONER: 'X0001', OVERSIGHT: 'TDA' };
export const ODS_CODE = 'R0001'; // in special measures, with a contract, a director, a plan and requests
/** A past date for trustsOn, 18 months before the bench's today (options.mjs): standings then differ from now. */
export const PAST_DATE = '2024-12-15';
const READERS = ['REGULATOR', 'COMMISSIONER'];
const byRole = (name) => (role) => `${name}.${role.toLowerCase()}`;

/** Per case: the roles it runs as, its operation file per role, its variables, and what it reads. */
export const CASES = {
  dashboard: { roles: READERS, file: byRole('dashboard'), about: 'trusts(first: 500) with derived facts, episodes, appointments, contracts and inspections' },
  trust: { roles: READERS, file: byRole('trust'), variables: { odsCode: ODS_CODE }, about: `trust(odsCode: "${ODS_CODE}") with everything beneath it` },
  small: { roles: READERS, file: () => 'small', variables: { odsCode: ODS_CODE }, about: `me, and the name of trust ${ODS_CODE}` },
  buddyContracts: { roles: READERS, file: byRole('buddyContracts'), about: 'buddyContracts(first: 400) with both trusts and their derived facts, outcomes, payments, claims' },
  informationRequests: { roles: READERS, file: () => 'informationRequests', about: 'informationRequests(first: 500) with answers, askers and the trust' },
  trustsOn: {
    roles: READERS, file: () => 'trustsOn', variables: { date: PAST_DATE },
    about: `trustsOn(date: "${PAST_DATE}"): every trust's standing then, its episode and director`,
  },
  interventionOutcomes: { roles: READERS, file: () => 'interventionOutcomes', about: 'interventionOutcomes: every episode, its interventions and its end' },
  setFinancialForecast: {
    roles: ['OVERSIGHT'], file: byRole('setFinancialForecast'), mutation: true,
    about: 'setFinancialForecast on a trust the caller oversees, its answer (the trust with derived facts) read back',
  },
};

/**
 * The targets the platform is held to against the limit: requests/s at least `rps` of the limit's,
 * p99 at most `p99` times the limit's, peak RSS at most twice, and at most one SQL statement per root
 * field of a query (a mutation runs a transaction).
 */
export const TARGETS = {
  'dashboard:REGULATOR': { rps: 0.8, p99: 1.5 },
  'dashboard:COMMISSIONER': { rps: 0.6, p99: 1.5 },
  'buddyContracts:*': { rps: 0.5 },
  'informationRequests:*': { rps: 0.5 },
  'small:*': { rps: 0.4, statements: 2 },
  // Every trust's or episode's facts on a date from a few grouped reads: close to the limit, a little below the dashboard's page.
  'trustsOn:REGULATOR': { rps: 0.7, p99: 1.5 },
  'interventionOutcomes:REGULATOR': { rps: 0.6, p99: 1.5 },
  // Six trusts' answers of 1 or 2 kB: the platform's cost per request weighs more than the SQL.
  'trustsOn:COMMISSIONER': { rps: 0.5 },
  'interventionOutcomes:COMMISSIONER': { rps: 0.5 },
};
export const RSS_TARGET = 2;
export const FULL_TEXT_TARGETS = { maxLatencyMs: 2000, rssGrowthMb: 200 };

export function targetsOf(name, role) {
  const found = TARGETS[`${name}:${role}`] ?? TARGETS[`${name}:*`] ?? {};
  return { rssRatio: RSS_TARGET, statements: CASES[name].mutation ? null : 1, ...found };
}

/** [case, role] for every case and role the options ask for, the case having that role. */
export const pairsOf = (options) => options.cases.flatMap((name) => CASES[name].roles.filter((role) => options.roles.includes(role)).map((role) => [name, role]));

function token(role) {
  return jwt.sign({ sub: `bench:${role.toLowerCase()}`, role, org: CALLERS[role] }, JWT_PRIVATE_KEY, {
    algorithm: 'RS256', expiresIn: '12h', issuer: 'special-measures-oversight', audience: 'special-measures-oversight-api',
  });
}

const operations = new Map();
function operation(file) {
  if (!operations.has(file)) operations.set(file, readFileSync(join(here, 'operations', `${file}.graphql`), 'utf8'));
  return operations.get(file);
}

/**
 * The request of a case for a role: the same headers and body go to both servers. A mutation's
 * request also has next(), a new body for each call (`variables()` gives its variables).
 */
export function requestOf(name, role, variables = () => CASES[name].variables ?? {}) {
  const query = operation(CASES[name].file(role));
  const body = () => JSON.stringify({ query, variables: variables() });
  return {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token(role)}` },
    body: body(),
    next: CASES[name].mutation ? body : undefined,
  };
}
