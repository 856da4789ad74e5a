import { beforeAll, describe, expect, it } from 'vitest';
import { DirectorAppointment, Trust } from '../../src/modules/entities';
import {
  ContractListDocument, ContractMoneyDocument, ContractPageDocument, InspectionByIdDocument, TrustCodesDocument, TrustContractListsDocument,
  TrustForecastDocument, TrustInspectionListDocument, TrustReviewsDocument,
} from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { MONEY, as, forbiddenPaths, ids, isPublished, useRoleViews } from './role-views.helpers';

// What a trust reads (its own secrets; a buddy trust, its partner contracts) and what an improvement
// director reads (the secrets of the trust it is appointed to, while appointed). The shared setup
// and helpers are in role-views.helpers.ts.

const { env, rows, contractsOf, unpublishedOf, reviewsOf, anotherTrustWithSecrets } = useRoleViews();

describe('TRUST RN1', () => {
  const token = () => as('TRUST', 'RN1');

  it('reads its own financial forecast', async () => {
    const { body } = await env.api.request(TrustForecastDocument, { odsCode: 'RN1' }, token());
    expect(body.errors).toBeUndefined();
    expect(body.data!.trust!.financialForecast).toBe(rows.byOds('RN1').financialForecast);
  });

  it("gets another trust's forecast as null with FORBIDDEN", async () => {
    const other = anotherTrustWithSecrets(['RN1']);
    const { body } = await env.api.request(TrustForecastDocument, { odsCode: other.odsCode }, token());
    expect(body.data!.trust).toMatchObject({ odsCode: other.odsCode, financialForecast: null });
    expect(forbiddenPaths(body)).toEqual(['trust.financialForecast']);
  });

  it("reads its own unpublished inspections, not another trust's", async () => {
    const own = unpublishedOf(rows.byOds('RN1'));
    expect(own.length).toBeGreaterThan(0);
    for (const inspection of own) {
      expect((await env.api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection?.id).toBe(inspection.id);
    }
    const { body } = await env.api.request(TrustInspectionListDocument, { odsCode: 'RN1' }, token());
    expect(ids(body.data!.trust!.inspections)).toEqual(ids(rows.inspections.filter((i) => i.trust.id === rows.byOds('RN1').id)));

    const others = rows.inspections.filter((i) => i.trust.id !== rows.byOds('RN1').id && !isPublished(i));
    expect(others.length).toBeGreaterThan(0);
    for (const inspection of others) {
      expect((await env.api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
    }
  });

  it('reads the contracts where it is supported or partner, with their money, and no others', async () => {
    const mine = contractsOf(rows.byOds('RN1'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(rows.contracts.length);
    const { body } = await env.api.request(ContractPageDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(body.data!.buddyContracts.totalCount).toBe(mine.length);
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(mine));
    for (const node of body.data!.buddyContracts.nodes) {
      for (const field of MONEY) expect(node[field], field).not.toBeNull();
    }
    const notMine = rows.contracts.find((c) => !mine.includes(c))!;
    expect((await env.api.request(ContractMoneyDocument, { id: notMine.id }, token())).body.data!.buddyContract).toBeNull();
  });

  it('reads its own leadership reviews, but their findings are null with FORBIDDEN', async () => {
    const own = reviewsOf(rows.byOds('RN1'));
    expect(own.length).toBeGreaterThan(0);
    const { body } = await env.api.request(TrustReviewsDocument, { odsCode: 'RN1' }, token());
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
    const { body } = await env.api.request(TrustReviewsDocument, { odsCode: other.odsCode }, token());
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
    const { body } = await env.api.request(ContractPageDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(contractsOf(rh1)));
    for (const node of body.data!.buddyContracts.nodes) {
      for (const field of MONEY) expect(node[field], field).not.toBeNull();
      expect(node.supportedTrust).not.toBeNull();
    }
    const lists = await env.api.request(TrustContractListsDocument, { odsCode: 'RH1' }, token());
    expect(ids(lists.body.data!.trust!.partnerContracts)).toEqual(ids(partnered));
  });

  it("does not read the findings or forecast of the trusts it supports", async () => {
    const supported = rows.byOds(rows.trusts.find((t) => rows.contracts.some((c) => c.partnerTrust.id === rows.byOds('RH1').id && c.supportedTrust.id === t.id))!.odsCode);
    const reviews = await env.api.request(TrustReviewsDocument, { odsCode: supported.odsCode }, token());
    expect(reviews.body.data!.trust!.leadershipReviews).toEqual([]);
    const forecast = await env.api.request(TrustForecastDocument, { odsCode: supported.odsCode }, token());
    expect(forecast.body.data!.trust!.financialForecast).toBeNull();
    expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
  });
});

describe('IMPROVEMENT_DIRECTOR', () => {
  /** The trusts where the director holds an appointment open today. */
  async function appointedTrusts(code: string): Promise<Trust[]> {
    const open = await env.db.orm.em.fork().find(
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
      const { body } = await env.api.request(TrustReviewsDocument, { odsCode: trust.odsCode }, token());
      expect(body.errors).toBeUndefined();
      const reviews = body.data!.trust!.leadershipReviews;
      expect(reviews.length).toBe(reviewsOf(trust).length);
      expect(reviews.length).toBeGreaterThan(0);
      for (const review of reviews) expect(review.findings).toBe(rows.reviews.find((r) => r.id === review.id)!.findings);
    });

    it('reads the money of its trust: forecast and contracts', async () => {
      const forecast = await env.api.request(TrustForecastDocument, { odsCode: trust.odsCode }, token());
      expect(forecast.body.errors).toBeUndefined();
      expect(forecast.body.data!.trust!.financialForecast).toBe(trust.financialForecast);
      const list = await env.api.request(ContractPageDocument, { first: 500 }, token());
      expect(list.body.errors).toBeUndefined();
      expect(ids(list.body.data!.buddyContracts.nodes)).toEqual(ids(contractsOf(trust)));
      for (const node of list.body.data!.buddyContracts.nodes) for (const field of MONEY) expect(node[field], field).not.toBeNull();
    });

    it('does not read unpublished inspections of its trust (only the trust, REGULATOR and OVERSIGHT do)', async () => {
      const unpublished = unpublishedOf(trust);
      expect(unpublished.length).toBeGreaterThan(0);
      for (const inspection of unpublished) {
        expect((await env.api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
      }
    });

    it("gets only the public view of another trust: no findings, no forecast, no contracts", async () => {
      const other = anotherTrustWithSecrets([trust.odsCode]);
      const reviews = await env.api.request(TrustReviewsDocument, { odsCode: other.odsCode }, token());
      expect(reviews.body.data!.trust!.leadershipReviews).toEqual([]);
      const forecast = await env.api.request(TrustForecastDocument, { odsCode: other.odsCode }, token());
      expect(forecast.body.data!.trust!.financialForecast).toBeNull();
      expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
      const foreign = contractsOf(other).find((c) => !contractsOf(trust).includes(c))!;
      expect((await env.api.request(ContractMoneyDocument, { id: foreign.id }, token())).body.data!.buddyContract).toBeNull();
    });
  });

  describe('ID-006, between appointments', () => {
    const token = () => as('IMPROVEMENT_DIRECTOR', 'ID-006');

    it('holds no open appointment but had some', async () => {
      expect(await appointedTrusts('ID-006')).toEqual([]);
      expect(await env.db.orm.em.fork().count(DirectorAppointment, { director: { code: 'ID-006' } })).toBeGreaterThan(0);
    });

    it('sees only the public view: no contracts, reviews or money anywhere', async () => {
      const past = await env.db.orm.em.fork().find(DirectorAppointment, { director: { code: 'ID-006' } }, { populate: ['trust'] });
      const list = await env.api.request(ContractListDocument, { first: 500 }, token());
      expect(list.body.data!.buddyContracts.totalCount).toBe(0);
      for (const ods of ['RN1', ...past.map((a) => a.trust.odsCode)]) {
        const reviews = await env.api.request(TrustReviewsDocument, { odsCode: ods }, token());
        expect(reviews.body.data!.trust!.leadershipReviews).toEqual([]);
        const forecast = await env.api.request(TrustForecastDocument, { odsCode: ods }, token());
        expect(forecast.body.data!.trust!.financialForecast).toBeNull();
        expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
      }
      const all = await env.api.request(TrustCodesDocument, { first: 500 }, token());
      expect(all.body.data!.trusts.totalCount).toBe(rows.trusts.length);
    });
  });
});
