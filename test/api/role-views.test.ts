import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { InspectionRecommendation, Rating, TrustType } from '../../src/common/enums';
import {
  BuddyContract, Commissioner, ContractOutcome, DirectorAppointment, ImprovementDirector, IncentivePayment, Inspection, LeadershipReview,
  LocalSystem, ReimbursementClaim, SpecialMeasuresEpisode, Trust,
} from '../../src/modules/entities';
import {
  CanIDocument, ContractDetailDocument, ContractListDocument, ContractMoneyDocument, ContractPageDocument, ImprovementDirectorsDocument, InspectionByIdDocument,
  LocalSystemsDocument, MeDocument, MyPermissionsDocument, TrustCodesDocument, TrustContractListsDocument, TrustForecastDocument,
  TrustInspectionListDocument, TrustListingDocument, TrustPublicViewDocument, TrustReviewsDocument,
} from '../generated/graphql';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';

// What each role sees over HTTP, as domain.md's "Who reads what" says: everything it may, and
// nothing more. Absent rows are null (or missing from lists); restricted fields are null with a
// FORBIDDEN error at their path, and the rest of the response is unaffected.

let db: TestDatabase;
let api: TestApi;

/** The demo rows every expectation is computed from. */
interface Rows {
  trusts: Trust[];
  contracts: BuddyContract[];
  inspections: Inspection[];
  reviews: LeadershipReview[];
  byOds: (ods: string) => Trust;
}
let rows: Rows;

const isPublished = (i: Inspection) => i.publishedOn !== null && i.publishedOn <= TEST_TODAY;
const ids = (list: { id: string }[]) => list.map((row) => row.id).sort();
const MONEY = ['reimbursementCap', 'incentiveFund', 'incentiveApproved', 'incentivePaid', 'reimbursed'] as const;

/** The paths of the FORBIDDEN errors of a response, sorted; any other error fails the test. */
function forbiddenPaths(body: FormattedExecutionResult<unknown>): string[] {
  const errors = body.errors ?? [];
  expect(errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  return errors.map((e) => (e.path ?? []).join('.')).sort();
}

const as = (role: string, org: string) => tokenFor(role, org);

beforeAll(async () => {
  db = await createTestDatabase('demo');
  api = await startApi(db.orm);
  const em = db.orm.em.fork();
  // RN1 gets an unpublished inspection of its own (inspected, report not out yet), and another
  // trust one too, so that who reads unpublished inspections is tested whatever the demo holds.
  for (const ods of ['RN1', 'RH1']) {
    const trust = await em.findOneOrFail(Trust, { odsCode: ods });
    em.create(Inspection, {
      trust, inspectedOn: addDays(TEST_TODAY, -5), publishedOn: null, overall: Rating.REQUIRES_IMPROVEMENT, safe: Rating.REQUIRES_IMPROVEMENT,
      effective: Rating.GOOD, caring: Rating.GOOD, responsive: Rating.GOOD, wellLed: Rating.REQUIRES_IMPROVEMENT,
      recommendation: InspectionRecommendation.NONE, summary: 'Draft report: not yet published.',
    });
  }
  await em.flush();
  const read = db.orm.em.fork();
  const trusts = await read.find(Trust, {}, { populate: ['localSystem'] });
  rows = {
    trusts,
    contracts: await read.find(BuddyContract, {}),
    inspections: await read.find(Inspection, {}),
    reviews: await read.find(LeadershipReview, {}),
    byOds: (ods) => trusts.find((t) => t.odsCode === ods)!,
  };
});
afterAll(async () => {
  await api.stop();
  await db.drop();
});

const contractsOf = (trust: Trust) => rows.contracts.filter((c) => c.supportedTrust.id === trust.id || c.partnerTrust.id === trust.id);
const unpublishedOf = (trust: Trust) => rows.inspections.filter((i) => i.trust.id === trust.id && !isPublished(i));
const reviewsOf = (trust: Trust) => rows.reviews.filter((r) => r.trust.id === trust.id);

/** A trust other than `except` with a forecast, a leadership review and a contract: something to hide. */
function anotherTrustWithSecrets(except: string[]): Trust {
  const trust = rows.trusts.find((t) => !except.includes(t.odsCode) && t.financialForecast !== null && reviewsOf(t).length > 0 && contractsOf(t).length > 0);
  expect(trust, 'the demo data has another trust with a forecast, a review and a contract').toBeDefined();
  return trust!;
}

describe('PUBLIC (no token)', () => {
  it('is the PUBLIC principal', async () => {
    const { body } = await api.request(MeDocument, {});
    expect(body.data!.me).toMatchObject({ role: 'PUBLIC', organisation: null });
  });

  it('sees every trust with its derived facts', async () => {
    const { body } = await api.request(TrustListingDocument, { first: 500 });
    expect(body.errors).toBeUndefined();
    expect(body.data!.trusts.totalCount).toBe(rows.trusts.length);
    expect(ids(body.data!.trusts.nodes)).toEqual(ids(rows.trusts));
    const rated = body.data!.trusts.nodes.filter((t) => t.currentRating !== null);
    expect(rated.length).toBeGreaterThan(0);
    expect(body.data!.trusts.nodes.some((t) => t.inSpecialMeasures)).toBe(true);
  });

  it('reads published inspections only: inspection(id) of an unpublished one is null, and trust lists omit it', async () => {
    const rn1 = rows.byOds('RN1');
    const [unpublished] = unpublishedOf(rn1);
    const published = rows.inspections.find((i) => i.trust.id === rn1.id && isPublished(i))!;
    expect(unpublished && published).toBeTruthy();

    expect((await api.request(InspectionByIdDocument, { id: unpublished.id })).body.data!.inspection).toBeNull();
    expect((await api.request(InspectionByIdDocument, { id: published.id })).body.data!.inspection?.id).toBe(published.id);

    const { body } = await api.request(TrustInspectionListDocument, { odsCode: 'RN1' });
    const listed = body.data!.trust!.inspections;
    expect(ids(listed)).toEqual(ids(rows.inspections.filter((i) => i.trust.id === rn1.id && isPublished(i))));
    expect(listed.map((i) => i.id)).not.toContain(unpublished.id);
  });

  it('reads no contracts: the list is empty and buddyContract(id) is null', async () => {
    const list = await api.request(ContractListDocument, { first: 500 });
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data!.buddyContracts).toMatchObject({ totalCount: 0, nodes: [] });
    for (const contract of rows.contracts) {
      const one = await api.request(ContractMoneyDocument, { id: contract.id });
      expect(one.body.errors).toBeUndefined();
      expect(one.body.data!.buddyContract).toBeNull();
    }
  });

  it("sees a trust's public relations, but not its contracts or leadership reviews", async () => {
    const rn1 = rows.byOds('RN1');
    expect(contractsOf(rn1).length).toBeGreaterThan(0);
    expect(reviewsOf(rn1).length).toBeGreaterThan(0);
    const { body } = await api.request(TrustPublicViewDocument, { odsCode: 'RN1' });
    expect(body.errors).toBeUndefined();
    const trust = body.data!.trust!;
    expect(trust.specialMeasuresEpisodes.length).toBe(await db.orm.em.fork().count(SpecialMeasuresEpisode, { trust: rn1 }));
    expect(trust.directorAppointments.length).toBe(await db.orm.em.fork().count(DirectorAppointment, { trust: rn1 }));
    expect(trust.leaders.length).toBeGreaterThan(0);
    expect(trust.buddyContracts).toEqual([]);
    expect(trust.partnerContracts).toEqual([]);
    expect(trust.leadershipReviews).toEqual([]);
  });

  it('gets financialForecast null with FORBIDDEN at its path, the rest of the trust intact', async () => {
    expect(rows.byOds('RN1').financialForecast).not.toBeNull();
    const { body } = await api.request(TrustForecastDocument, { odsCode: 'RN1' });
    expect(body.data!.trust).toEqual({ id: rows.byOds('RN1').id, odsCode: 'RN1', financialForecast: null });
    expect(forbiddenPaths(body)).toEqual(['trust.financialForecast']);
  });
});

describe('TRUST RN1', () => {
  const token = () => as('TRUST', 'RN1');

  it('reads its own financial forecast', async () => {
    const { body } = await api.request(TrustForecastDocument, { odsCode: 'RN1' }, token());
    expect(body.errors).toBeUndefined();
    expect(body.data!.trust!.financialForecast).toBe(rows.byOds('RN1').financialForecast);
  });

  it("gets another trust's forecast as null with FORBIDDEN", async () => {
    const other = anotherTrustWithSecrets(['RN1']);
    const { body } = await api.request(TrustForecastDocument, { odsCode: other.odsCode }, token());
    expect(body.data!.trust).toMatchObject({ odsCode: other.odsCode, financialForecast: null });
    expect(forbiddenPaths(body)).toEqual(['trust.financialForecast']);
  });

  it("reads its own unpublished inspections, not another trust's", async () => {
    const own = unpublishedOf(rows.byOds('RN1'));
    expect(own.length).toBeGreaterThan(0);
    for (const inspection of own) {
      expect((await api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection?.id).toBe(inspection.id);
    }
    const { body } = await api.request(TrustInspectionListDocument, { odsCode: 'RN1' }, token());
    expect(ids(body.data!.trust!.inspections)).toEqual(ids(rows.inspections.filter((i) => i.trust.id === rows.byOds('RN1').id)));

    const others = rows.inspections.filter((i) => i.trust.id !== rows.byOds('RN1').id && !isPublished(i));
    expect(others.length).toBeGreaterThan(0);
    for (const inspection of others) {
      expect((await api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
    }
  });

  it('reads the contracts where it is supported or partner, with their money, and no others', async () => {
    const mine = contractsOf(rows.byOds('RN1'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(rows.contracts.length);
    const { body } = await api.request(ContractPageDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(body.data!.buddyContracts.totalCount).toBe(mine.length);
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(mine));
    for (const node of body.data!.buddyContracts.nodes) {
      for (const field of MONEY) expect(node[field], field).not.toBeNull();
    }
    const notMine = rows.contracts.find((c) => !mine.includes(c))!;
    expect((await api.request(ContractMoneyDocument, { id: notMine.id }, token())).body.data!.buddyContract).toBeNull();
  });

  it('reads its own leadership reviews, but their findings are null with FORBIDDEN', async () => {
    const own = reviewsOf(rows.byOds('RN1'));
    expect(own.length).toBeGreaterThan(0);
    const { body } = await api.request(TrustReviewsDocument, { odsCode: 'RN1' }, token());
    const reviews = body.data!.trust!.leadershipReviews;
    expect(ids(reviews)).toEqual(ids(own));
    for (const review of reviews) {
      expect(review.findings).toBeNull();
      expect(review.outcome).toBeTruthy();
    }
    expect(forbiddenPaths(body)).toEqual(reviews.map((_, i) => `trust.leadershipReviews.${i}.findings`).sort());
  });

  it("does not see another trust's leadership reviews", async () => {
    const other = anotherTrustWithSecrets(['RN1']);
    const { body } = await api.request(TrustReviewsDocument, { odsCode: other.odsCode }, token());
    expect(body.errors).toBeUndefined();
    expect(body.data!.trust!.leadershipReviews).toEqual([]);
  });
});

describe('TRUST RH1, a buddy (partner) trust', () => {
  const token = () => as('TRUST', 'RH1');

  it('reads the contracts where it is the partner, with their money, and the trusts it supports', async () => {
    const rh1 = rows.byOds('RH1');
    const partnered = rows.contracts.filter((c) => c.partnerTrust.id === rh1.id);
    expect(partnered.length).toBeGreaterThan(0);
    const { body } = await api.request(ContractPageDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(contractsOf(rh1)));
    for (const node of body.data!.buddyContracts.nodes) {
      for (const field of MONEY) expect(node[field], field).not.toBeNull();
      expect(node.supportedTrust).not.toBeNull();
    }
    const lists = await api.request(TrustContractListsDocument, { odsCode: 'RH1' }, token());
    expect(ids(lists.body.data!.trust!.partnerContracts)).toEqual(ids(partnered));
  });

  it("does not read the findings or forecast of the trusts it supports", async () => {
    const supported = rows.byOds(rows.trusts.find((t) => rows.contracts.some((c) => c.partnerTrust.id === rows.byOds('RH1').id && c.supportedTrust.id === t.id))!.odsCode);
    const reviews = await api.request(TrustReviewsDocument, { odsCode: supported.odsCode }, token());
    expect(reviews.body.data!.trust!.leadershipReviews).toEqual([]);
    const forecast = await api.request(TrustForecastDocument, { odsCode: supported.odsCode }, token());
    expect(forecast.body.data!.trust!.financialForecast).toBeNull();
    expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
  });
});

describe('IMPROVEMENT_DIRECTOR', () => {
  /** The trusts where the director holds an appointment open today. */
  async function appointedTrusts(code: string): Promise<Trust[]> {
    const open = await db.orm.em.fork().find(
      DirectorAppointment,
      { director: { code }, startsOn: { $lte: TEST_TODAY }, $or: [{ endsOn: null }, { endsOn: { $gt: TEST_TODAY } }] },
      { populate: ['trust'] },
    );
    return open.map((a) => rows.byOds(a.trust.odsCode));
  }

  describe('ID-001, with an open appointment', () => {
    const token = () => as('IMPROVEMENT_DIRECTOR', 'ID-001');
    let trust: Trust;
    beforeAll(async () => {
      const appointed = await appointedTrusts('ID-001');
      expect(appointed.map((t) => t.odsCode)).toEqual(['RN1']);
      trust = appointed[0];
    });

    it('reads the findings of its trust', async () => {
      const { body } = await api.request(TrustReviewsDocument, { odsCode: trust.odsCode }, token());
      expect(body.errors).toBeUndefined();
      const reviews = body.data!.trust!.leadershipReviews;
      expect(reviews.length).toBe(reviewsOf(trust).length);
      expect(reviews.length).toBeGreaterThan(0);
      for (const review of reviews) expect(review.findings).toBe(rows.reviews.find((r) => r.id === review.id)!.findings);
    });

    it('reads the money of its trust: forecast and contracts', async () => {
      const forecast = await api.request(TrustForecastDocument, { odsCode: trust.odsCode }, token());
      expect(forecast.body.errors).toBeUndefined();
      expect(forecast.body.data!.trust!.financialForecast).toBe(trust.financialForecast);
      const list = await api.request(ContractPageDocument, { first: 500 }, token());
      expect(list.body.errors).toBeUndefined();
      expect(ids(list.body.data!.buddyContracts.nodes)).toEqual(ids(contractsOf(trust)));
      for (const node of list.body.data!.buddyContracts.nodes) for (const field of MONEY) expect(node[field], field).not.toBeNull();
    });

    it('does not read unpublished inspections of its trust (only the trust, REGULATOR and OVERSIGHT do)', async () => {
      const unpublished = unpublishedOf(trust);
      expect(unpublished.length).toBeGreaterThan(0);
      for (const inspection of unpublished) {
        expect((await api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
      }
    });

    it("gets only the public view of another trust: no findings, no forecast, no contracts", async () => {
      const other = anotherTrustWithSecrets([trust.odsCode]);
      const reviews = await api.request(TrustReviewsDocument, { odsCode: other.odsCode }, token());
      expect(reviews.body.data!.trust!.leadershipReviews).toEqual([]);
      const forecast = await api.request(TrustForecastDocument, { odsCode: other.odsCode }, token());
      expect(forecast.body.data!.trust!.financialForecast).toBeNull();
      expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
      const foreign = contractsOf(other).find((c) => !contractsOf(trust).includes(c))!;
      expect((await api.request(ContractMoneyDocument, { id: foreign.id }, token())).body.data!.buddyContract).toBeNull();
    });
  });

  describe('ID-006, between appointments', () => {
    const token = () => as('IMPROVEMENT_DIRECTOR', 'ID-006');

    it('holds no open appointment but had some', async () => {
      expect(await appointedTrusts('ID-006')).toEqual([]);
      expect(await db.orm.em.fork().count(DirectorAppointment, { director: { code: 'ID-006' } })).toBeGreaterThan(0);
    });

    it('sees only the public view: no contracts, reviews or money anywhere', async () => {
      const past = await db.orm.em.fork().find(DirectorAppointment, { director: { code: 'ID-006' } }, { populate: ['trust'] });
      const list = await api.request(ContractListDocument, { first: 500 }, token());
      expect(list.body.data!.buddyContracts.totalCount).toBe(0);
      for (const ods of ['RN1', ...past.map((a) => a.trust.odsCode)]) {
        const reviews = await api.request(TrustReviewsDocument, { odsCode: ods }, token());
        expect(reviews.body.data!.trust!.leadershipReviews).toEqual([]);
        const forecast = await api.request(TrustForecastDocument, { odsCode: ods }, token());
        expect(forecast.body.data!.trust!.financialForecast).toBeNull();
        expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
      }
      const all = await api.request(TrustCodesDocument, { first: 500 }, token());
      expect(all.body.data!.trusts.totalCount).toBe(rows.trusts.length);
    });
  });
});

describe('COMMISSIONER X5N', () => {
  const token = () => as('COMMISSIONER', 'X5N');
  let system: LocalSystem;
  let inSystem: (trustId: string) => boolean;
  beforeAll(async () => {
    const em = db.orm.em.fork();
    system = (await em.findOneOrFail(Commissioner, { code: 'X5N' }, { populate: ['localSystem'] })).localSystem;
    const systemTrustIds = new Set(rows.trusts.filter((t) => t.localSystem.id === system.id).map((t) => t.id));
    inSystem = (id) => systemTrustIds.has(id);
  });

  it("lists only its system's trusts", async () => {
    const { body } = await api.request(TrustCodesDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    const expected = rows.trusts.filter((t) => inSystem(t.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.trusts.length);
    expect(body.data!.trusts.totalCount).toBe(expected.length);
    expect(ids(body.data!.trusts.nodes)).toEqual(ids(expected));
    for (const node of body.data!.trusts.nodes) expect(node.localSystem.code).toBe(system.code);
  });

  it('gets null for a trust of another system', async () => {
    const outside = rows.trusts.find((t) => !inSystem(t.id))!;
    const { body } = await api.request(TrustForecastDocument, { odsCode: outside.odsCode }, token());
    expect(body.errors).toBeUndefined();
    expect(body.data!.trust).toBeNull();
  });

  it("lists the contracts whose supported trust is in its system, with a partner outside the system as null", async () => {
    const expected = rows.contracts.filter((c) => inSystem(c.supportedTrust.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((c) => !inSystem(c.partnerTrust.id)), 'a contract with a partner outside the system').toBe(true);
    const { body } = await api.request(ContractListDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(expected));
    for (const node of body.data!.buddyContracts.nodes) {
      const row = expected.find((c) => c.id === node.id)!;
      expect(node.supportedTrust).not.toBeNull();
      if (inSystem(row.partnerTrust.id)) expect(node.partnerTrust).not.toBeNull();
      else expect(node.partnerTrust).toBeNull();
    }
    const outside = rows.contracts.find((c) => !inSystem(c.supportedTrust.id))!;
    expect((await api.request(ContractMoneyDocument, { id: outside.id }, token())).body.data!.buddyContract).toBeNull();
  });

  it('never reads money: every money field of a contract is null with FORBIDDEN, and its forecast too', async () => {
    const contract = rows.contracts.find((c) => inSystem(c.supportedTrust.id))!;
    const { body } = await api.request(ContractMoneyDocument, { id: contract.id }, token());
    expect(body.data!.buddyContract).toMatchObject({ id: contract.id, reference: contract.reference });
    for (const field of MONEY) expect(body.data!.buddyContract![field], field).toBeNull();
    expect(forbiddenPaths(body)).toEqual(MONEY.map((field) => `buddyContract.${field}`).sort());

    const forecast = await api.request(TrustForecastDocument, { odsCode: 'RN1' }, token());
    expect(forecast.body.data!.trust!.financialForecast).toBeNull();
    expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
  });

  it("never reads a payment's or a claim's amount either; the contract's parts are otherwise there", async () => {
    const em = db.orm.em.fork();
    const candidates = rows.contracts.filter((c) => inSystem(c.supportedTrust.id));
    let contract: BuddyContract | undefined;
    for (const c of candidates) {
      if ((await em.count(IncentivePayment, { contract: c })) > 0 && (await em.count(ReimbursementClaim, { contract: c })) > 0) contract = c;
    }
    expect(contract, 'a contract in the system with payments and claims').toBeDefined();
    const { body } = await api.request(ContractDetailDocument, { id: contract!.id }, token());
    const detail = body.data!.buddyContract!;
    expect(detail.outcomes.length).toBe(await em.count(ContractOutcome, { contract }));
    expect(detail.payments.length).toBe(await em.count(IncentivePayment, { contract }));
    expect(detail.reimbursementClaims.length).toBe(await em.count(ReimbursementClaim, { contract }));
    for (const part of [...detail.payments, ...detail.reimbursementClaims]) expect(part.amount).toBeNull();
    expect(forbiddenPaths(body)).toEqual(
      [
        ...detail.payments.map((_, i) => `buddyContract.payments.${i}.amount`),
        ...detail.reimbursementClaims.map((_, i) => `buddyContract.reimbursementClaims.${i}.amount`),
      ].sort(),
    );

    // The supported trust itself reads those amounts.
    const supported = rows.trusts.find((t) => t.id === contract!.supportedTrust.id)!;
    const own = await api.request(ContractDetailDocument, { id: contract!.id }, as('TRUST', supported.odsCode));
    expect(own.body.errors).toBeUndefined();
    for (const part of [...own.body.data!.buddyContract!.payments, ...own.body.data!.buddyContract!.reimbursementClaims]) expect(part.amount).not.toBeNull();
  });

  it('reads leadership reviews of its trusts, never their findings', async () => {
    const own = reviewsOf(rows.byOds('RN1'));
    const { body } = await api.request(TrustReviewsDocument, { odsCode: 'RN1' }, token());
    const reviews = body.data!.trust!.leadershipReviews;
    expect(ids(reviews)).toEqual(ids(own));
    for (const review of reviews) expect(review.findings).toBeNull();
    expect(forbiddenPaths(body)).toEqual(reviews.map((_, i) => `trust.leadershipReviews.${i}.findings`).sort());
  });

  it("does not read another system's inspections, even published ones", async () => {
    const outside = rows.inspections.filter((i) => !inSystem(i.trust.id) && isPublished(i));
    expect(outside.length).toBeGreaterThan(0);
    for (const inspection of outside.slice(0, 5)) {
      expect((await api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
    }
  });

  it('reads published inspections of its trusts only', async () => {
    const rn1 = rows.byOds('RN1');
    const { body } = await api.request(TrustInspectionListDocument, { odsCode: 'RN1' }, token());
    expect(ids(body.data!.trust!.inspections)).toEqual(ids(rows.inspections.filter((i) => i.trust.id === rn1.id && isPublished(i))));
    for (const inspection of unpublishedOf(rn1)) {
      expect((await api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
    }
  });

  it('reads every local system, commissioner and director, but only its own trusts and appointments within them', async () => {
    const em = db.orm.em.fork();
    const systems = await api.request(LocalSystemsDocument, {}, token());
    expect(systems.body.errors).toBeUndefined();
    expect(systems.body.data!.localSystems.length).toBe(await em.count(LocalSystem));
    expect(systems.body.data!.localSystems.flatMap((s) => s.commissioners).length).toBe(await em.count(Commissioner));
    for (const s of systems.body.data!.localSystems) {
      const expected = s.code === system.code ? rows.trusts.filter((t) => inSystem(t.id)) : [];
      expect(ids(s.trusts), s.code).toEqual(ids(expected));
    }

    const directors = await api.request(ImprovementDirectorsDocument, {}, token());
    expect(directors.body.errors).toBeUndefined();
    expect(directors.body.data!.improvementDirectors.length).toBe(await em.count(ImprovementDirector));
    const appointments = directors.body.data!.improvementDirectors.flatMap((d) => d.appointments);
    const all = await em.find(DirectorAppointment, {});
    expect(appointments.length).toBe(all.filter((a) => inSystem(a.trust.id)).length);
    for (const appointment of appointments) expect(appointment.trust && inSystem(appointment.trust.id)).toBe(true);
  });
});

describe.each([
  ['REGULATOR', 'CQC'],
  ['OVERSIGHT', 'MONITOR'],
  ['OVERSIGHT', 'TDA'],
])('%s %s sees everything', (role, org) => {
  const token = () => as(role, org);

  it('every trust, with every forecast', async () => {
    const list = await api.request(TrustCodesDocument, { first: 500 }, token());
    expect(list.body.data!.trusts.totalCount).toBe(rows.trusts.length);
    const other = anotherTrustWithSecrets(['RN1']);
    for (const trust of [rows.byOds('RN1'), other]) {
      const { body } = await api.request(TrustForecastDocument, { odsCode: trust.odsCode }, token());
      expect(body.errors).toBeUndefined();
      expect(body.data!.trust!.financialForecast).toBe(trust.financialForecast);
    }
  });

  it('every contract with its money', async () => {
    const { body } = await api.request(ContractPageDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(rows.contracts));
    for (const node of body.data!.buddyContracts.nodes) {
      expect(node.supportedTrust).not.toBeNull();
      expect(node.partnerTrust).not.toBeNull();
      for (const field of MONEY) expect(node[field], field).not.toBeNull();
    }
  });

  it('findings and unpublished inspections', async () => {
    const reviews = await api.request(TrustReviewsDocument, { odsCode: 'RN1' }, token());
    expect(reviews.body.errors).toBeUndefined();
    expect(reviews.body.data!.trust!.leadershipReviews.map((r) => r.findings)).toEqual(
      reviews.body.data!.trust!.leadershipReviews.map((r) => rows.reviews.find((x) => x.id === r.id)!.findings),
    );
    expect(reviews.body.data!.trust!.leadershipReviews.length).toBe(reviewsOf(rows.byOds('RN1')).length);
    const unpublished = rows.inspections.filter((i) => !isPublished(i));
    expect(unpublished.length).toBeGreaterThan(0);
    for (const inspection of unpublished) {
      expect((await api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection?.id).toBe(inspection.id);
    }
  });
});

describe('myPermissions and canI', () => {
  it('PUBLIC may only read, and no rule lets it read contracts', async () => {
    const { body } = await api.request(MyPermissionsDocument, {});
    const rules = body.data!.myPermissions;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((r) => !r.inverted).every((r) => r.action === 'read')).toBe(true);
    expect(rules.some((r) => r.action === 'read' && r.subject === 'Trust' && !r.inverted)).toBe(true);
    expect(rules.some((r) => r.subject === 'BuddyContract' && !r.inverted)).toBe(false);
    const decision = await api.request(CanIDocument, { action: 'read', subject: 'BuddyContract' });
    expect(decision.body.data!.canI.allowed).toBe(false);
  });

  it('REGULATOR may create inspections; TRUST may not', async () => {
    const regulator = await api.request(MyPermissionsDocument, {}, as('REGULATOR', 'CQC'));
    expect(regulator.body.data!.myPermissions.some((r) => r.action === 'create' && r.subject === 'Inspection' && !r.inverted)).toBe(true);
    expect((await api.request(CanIDocument, { action: 'create', subject: 'Inspection' }, as('REGULATOR', 'CQC'))).body.data!.canI.allowed).toBe(true);
    expect((await api.request(CanIDocument, { action: 'create', subject: 'Inspection' }, as('TRUST', 'RN1'))).body.data!.canI.allowed).toBe(false);
  });

  it("updating a foundation trust's episode: allowed for OVERSIGHT MONITOR, refused for TDA, with the rule in words", async () => {
    const em = db.orm.em.fork();
    const episode = await em.findOneOrFail(SpecialMeasuresEpisode, { trust: { type: TrustType.FOUNDATION_TRUST } }, { populate: ['trust'] });
    const variables = { action: 'update', subject: 'SpecialMeasuresEpisode', id: episode.id };

    const monitor = (await api.request(CanIDocument, variables, as('OVERSIGHT', 'MONITOR'))).body.data!.canI;
    expect(monitor.allowed).toBe(true);
    expect(monitor.reason).toMatch(/OVERSIGHT/);
    expect(monitor.reason).toMatch(/update/);
    expect(monitor.reason).toMatch(/SpecialMeasuresEpisode/);

    const tda = (await api.request(CanIDocument, variables, as('OVERSIGHT', 'TDA'))).body.data!.canI;
    expect(tda.allowed).toBe(false);
    expect(tda.reason).toMatch(/OVERSIGHT/);
    expect(tda.reason).toMatch(/update/);
  });

  it('answers per row: TRUST RN1 may read its own contract, not another', async () => {
    const mine = contractsOf(rows.byOds('RN1'))[0];
    const other = rows.contracts.find((c) => !contractsOf(rows.byOds('RN1')).includes(c))!;
    const token = as('TRUST', 'RN1');
    expect((await api.request(CanIDocument, { action: 'read', subject: 'BuddyContract', id: mine.id }, token)).body.data!.canI.allowed).toBe(true);
    const refused = (await api.request(CanIDocument, { action: 'read', subject: 'BuddyContract', id: other.id }, token)).body.data!.canI;
    expect(refused.allowed).toBe(false);
    expect(refused.reason.length).toBeGreaterThan(0);
  });

  it('refuses an unknown action or subject with BAD_USER_INPUT', async () => {
    const action = await api.request(CanIDocument, { action: 'delete', subject: 'Trust' });
    expect(action.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const subject = await api.request(CanIDocument, { action: 'read', subject: 'Nothing' });
    expect(subject.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses subject %j (not a type name, though every object has it) with BAD_USER_INPUT', async (subject) => {
    for (const id of [undefined, rows.trusts[0].id]) {
      const { body } = await api.request(CanIDocument, { action: 'read', subject, id });
      expect(body.errors?.map((e) => e.extensions?.code), `id ${id}`).toEqual(['BAD_USER_INPUT']);
    }
  });
});
