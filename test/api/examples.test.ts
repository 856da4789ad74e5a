import { beforeAll, describe, expect, it } from 'vitest';
import { reportBuddyOutcome } from '../../examples/buddy-report-outcome';
import { createClient, GraphQLRequestError } from '../../examples/client';
import { commissionerLocalView } from '../../examples/commissioner-local-view';
import { addMoney, regulatorDashboard } from '../../examples/regulator-dashboard';
import { Commissioner, ContractOutcome, Trust } from '../../src/modules/entities';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// The client examples of examples/, run as each role against the real server on the demo data.

const env = useTestApi('demo');
const clientAs = (role: string | null, org: string | null = null) =>
  createClient({ url: `${env.api.url}/graphql`, token: role ? tokenFor(role, org) : undefined });

describe("the regulator's dashboard", () => {
  it('holds every trust, those in special measures first, with directors and the money of active contracts', async () => {
    const { totalCount, rows } = await regulatorDashboard(clientAs('REGULATOR', 'CQC'));
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

  it('is refused as a whole without a token: the money in it is not public', async () => {
    const refusal = await regulatorDashboard(clientAs(null)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphQLRequestError);
    expect((refusal as GraphQLRequestError).errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('adds money exactly, in pence', () => {
    expect(addMoney(['0.10', '0.20', null])).toBe('0.30');
    expect(addMoney(['-125000.50', '25000.25'])).toBe('-100000.25');
    expect(addMoney([])).toBe('0.00');
  });
});

describe('a buddy reporting a contract outcome', () => {
  const report = { supportedOdsCode: 'RN1', period: TEST_TODAY.slice(0, 7), measure: 'Discharges before noon', target: 'at least 35%', achieved: '31%' };

  it('reports on its active contract with the supported trust, for the contracting body to verify', async () => {
    const outcome = await reportBuddyOutcome(clientAs('TRUST', 'RH1'), { buddyOdsCode: 'RH1', ...report, narrative: 'Ward rounds moved earlier.' });
    const { supportedOdsCode, ...reported } = report;
    expect(outcome).toMatchObject({ ...reported, narrative: 'Ward rounds moved earlier.', verification: 'PENDING', contract: { supportedTrust: { odsCode: supportedOdsCode } } });
    const stored = await env.db.orm.em.fork().findOneOrFail(ContractOutcome, { id: outcome.id }, { populate: ['partnerTrust'] });
    expect(stored.partnerTrust.odsCode).toBe('RH1');
  });

  it('is refused by the server when the same measure and month are reported twice', async () => {
    const again = await reportBuddyOutcome(clientAs('TRUST', 'RH1'), { buddyOdsCode: 'RH1', ...report }).catch((error: unknown) => error);
    expect((again as GraphQLRequestError).errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });

  it('finds nothing to report on for the supported trust itself, which is no buddy', async () => {
    await expect(reportBuddyOutcome(clientAs('TRUST', 'RN1'), { buddyOdsCode: 'RN1', ...report, supportedOdsCode: 'RN1' }))
      .rejects.toThrow('RN1 has no active contract supporting RN1');
  });
});

describe("a commissioner's local view", () => {
  let systemTrusts: string[];
  beforeAll(async () => {
    const em = env.db.orm.em.fork();
    const { localSystem } = await em.findOneOrFail(Commissioner, { code: 'X5N' });
    systemTrusts = (await em.find(Trust, { localSystem }, { orderBy: { odsCode: 'asc' } })).map((trust) => trust.odsCode);
  });

  it("holds only its local system's trusts, with their ratings, published inspections and episodes", async () => {
    const rows = await commissionerLocalView(clientAs('COMMISSIONER', 'X5N'));
    expect(systemTrusts.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.odsCode).sort()).toEqual(systemTrusts);
    expect(new Set(rows.map((row) => row.localSystem))).toEqual(new Set(['NMERE']));
    const northmere = rows.find((row) => row.odsCode === 'RN1')!;
    expect(northmere).toMatchObject({ inSpecialMeasures: true, rating: 'INADEQUATE' });
    expect(northmere.inspections.length).toBeGreaterThan(0);
    expect(northmere.episodes.some((episode) => episode.includes('open, re-inspection due'))).toBe(true);
  });
});
