import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportBuddyOutcome } from '../../examples/buddy-report-outcome';
import { createClient, GraphQLRequestError, type Client, type ClientOptions, type GraphQLErrorEntry } from '../../examples/client';
import { apolloClient } from '../../examples/clients/apollo';
import { graphqlRequestClient } from '../../examples/clients/graphql-request';
import { urqlClient } from '../../examples/clients/urql';
import { commissionerLocalView } from '../../examples/commissioner-local-view';
import { addMoney, regulatorDashboard } from '../../examples/regulator-dashboard';
import { roleExample } from '../../examples/role-example';
import { ROLE_EXAMPLES } from '../../src/explorer/role-examples';
import { Commissioner, ContractOutcome, Trust } from '../../src/modules/entities';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// The client examples of examples/, run as each role against the real server on the demo data,
// through each client they ship with: fetch alone, Apollo Client, urql with its defaults, graphql-request.

const env = useTestApi('demo');
const CLIENTS: Record<string, (options: ClientOptions) => Client> = {
  fetch: createClient, apollo: apolloClient, urql: urqlClient, 'graphql-request': graphqlRequestClient,
};
const optionsAs = (role: string | null, org: string | null = null): ClientOptions =>
  ({ url: `${env.api.url}/graphql`, token: role ? tokenFor(role, org) : undefined });

/** What Apollo Client and urql add to every selection, which a plain request has not asked for. */
const withoutTypename = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === '__typename' ? undefined : v)));
const codesAt = (errors: readonly GraphQLErrorEntry[] = []) => errors.map((e) => `${e.extensions?.code} at ${e.path?.join('.')}`).sort();

let systemTrusts: string[];
beforeAll(async () => {
  const em = env.db.orm.em.fork();
  const { localSystem } = await em.findOneOrFail(Commissioner, { code: 'X5N' });
  systemTrusts = (await em.find(Trust, { localSystem }, { orderBy: { odsCode: 'asc' } })).map((trust) => trust.odsCode);
});

describe.each(Object.keys(CLIENTS))('through %s', (kind) => {
  const clientAs = (role: string | null, org: string | null = null) => CLIENTS[kind](optionsAs(role, org));

  it("the regulator's dashboard: every trust, those in special measures first, with directors and the money of active contracts", async () => {
    const { totalCount, rows, errors } = await regulatorDashboard(clientAs('REGULATOR', 'CQC'));
    expect(errors).toEqual([]);
    expect(totalCount).toBe(await env.db.orm.em.fork().count(Trust, {}));
    expect(rows).toHaveLength(totalCount);
    const inMeasures = rows.filter((row) => row.inSpecialMeasures);
    expect(inMeasures.length).toBeGreaterThan(0);
    expect(rows.slice(0, inMeasures.length)).toEqual(inMeasures);
    expect(inMeasures.every((row) => row.reinspectionDueOn !== null)).toBe(true);
    expect(rows.find((row) => row.odsCode === 'RN1')).toMatchObject({
      director: 'Dr Helena Marsh', activeContracts: 1, incentiveFund: '150000.00', financialForecast: expect.any(String),
    });
  });

  it('the dashboard without a token: every trust still, the money withheld with FORBIDDEN at its paths', async () => {
    const { rows, errors } = await regulatorDashboard(clientAs(null));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.financialForecast === null && row.incentiveFund === '0.00')).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(errors.map((e) => e.path?.at(-1))).toContain('financialForecast');
  });

  it("a commissioner's local view: only its system's trusts, with their ratings, published inspections and episodes", async () => {
    const { rows, errors } = await commissionerLocalView(clientAs('COMMISSIONER', 'X5N'));
    expect(errors).toEqual([]);
    expect(systemTrusts.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.odsCode).sort()).toEqual(systemTrusts);
    expect(new Set(rows.map((row) => row.localSystem))).toEqual(new Set(['NMERE']));
    const northmere = rows.find((row) => row.odsCode === 'RN1')!;
    expect(northmere).toMatchObject({ inSpecialMeasures: true, rating: 'INADEQUATE' });
    expect(northmere.inspections.length).toBeGreaterThan(0);
    expect(northmere.episodes.some((episode) => episode.includes('open, re-inspection due'))).toBe(true);
  });

  it('a buddy reports an outcome on its active contract with the supported trust; the same measure and month again is CONFLICT', async () => {
    const report = { buddyOdsCode: 'RH1', supportedOdsCode: 'RN1', period: TEST_TODAY.slice(0, 7), measure: `Discharges before noon (${kind})`, target: 'at least 35%', achieved: '31%' };
    const outcome = await reportBuddyOutcome(clientAs('TRUST', 'RH1'), { ...report, narrative: 'Ward rounds moved earlier.' });
    expect(outcome).toMatchObject({ measure: report.measure, narrative: 'Ward rounds moved earlier.', verification: 'PENDING', contract: { supportedTrust: { odsCode: 'RN1' } } });
    const stored = await env.db.orm.em.fork().findOneOrFail(ContractOutcome, { id: outcome.id }, { populate: ['partnerTrust'] });
    expect(stored.partnerTrust.odsCode).toBe('RH1');
    const again = await reportBuddyOutcome(clientAs('TRUST', 'RH1'), report).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(GraphQLRequestError);
    expect((again as GraphQLRequestError).errors.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });

  it.each(ROLE_EXAMPLES.map((example) => [example.role, example] as const))(
    "the README's %s example: the data and errors a plain POST answers",
    async (_role, { role, org, query }) => {
      const principal = role === 'PUBLIC' ? null : role;
      const { data, errors } = await roleExample(clientAs(principal, org), role);
      const plain = await postGraphQL(env.api.url, query, {}, principal ? tokenFor(principal, org) : null);
      expect(withoutTypename(data)).toEqual(plain.body.data);
      expect(codesAt(errors)).toEqual(codesAt(plain.body.errors));
    },
  );
});

it('the TRUST and COMMISSIONER examples answer data and FORBIDDEN errors together (what errorPolicy all is for)', async () => {
  for (const role of ['TRUST', 'COMMISSIONER']) {
    const { org } = ROLE_EXAMPLES.find((e) => e.role === role)!;
    const { data, errors } = await roleExample(apolloClient(optionsAs(role, org)), role);
    expect(Object.values(data).every((value) => value !== null)).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  }
});

describe('how each client sends', () => {
  afterEach(() => vi.restoreAllMocks());
  const methods = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([, init]) => (init as RequestInit | undefined)?.method ?? 'GET');

  it('urql with its defaults sends a short query as GET, and the server answers it', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    await commissionerLocalView(urqlClient(optionsAs('COMMISSIONER', 'X5N')));
    expect(methods(spy)).toEqual(['GET']);
  });

  it('graphql-request sends queries as GET when asked to, and mutations as POST', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const report = { buddyOdsCode: 'RH1', supportedOdsCode: 'RN1', period: TEST_TODAY.slice(0, 7), measure: 'Sent as GET then POST', target: 'a', achieved: 'b' };
    await reportBuddyOutcome(graphqlRequestClient(optionsAs('TRUST', 'RH1')), report);
    expect(methods(spy)).toEqual(['GET', 'POST']);
  });
});

it("Apollo Client's cache holds each trust once, by __typename and id", async () => {
  const client = apolloClient(optionsAs('REGULATOR', 'CQC'));
  const { rows } = await regulatorDashboard(client);
  const cache = client.apollo.cache.extract() as Record<string, { __typename?: string; odsCode?: string }>;
  const trusts = Object.entries(cache).filter(([, entry]) => entry.__typename === 'Trust');
  expect(trusts.map(([key]) => key)).toEqual(trusts.map(([, entry]) => client.apollo.cache.identify(entry as never)));
  expect(trusts.map(([, entry]) => entry.odsCode).sort()).toEqual(rows.map((row) => row.odsCode).sort());
  expect(JSON.stringify(cache.ROOT_QUERY).match(/"__ref":"Trust:/g)).toHaveLength(rows.length);
});

it('adds money exactly, in pence', () => {
  expect(addMoney(['0.10', '0.20', null])).toBe('0.30');
  expect(addMoney(['-125000.50', '25000.25'])).toBe('-100000.25');
  expect(addMoney([])).toBe('0.00');
});
