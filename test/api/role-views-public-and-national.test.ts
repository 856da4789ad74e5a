import { describe, expect, it } from 'vitest';
import { DirectorAppointment, SpecialMeasuresEpisode } from '../../src/modules/entities';
import {
  ContractListDocument, ContractMoneyDocument, ContractPageDocument, InspectionByIdDocument, MeDocument, TrustCodesDocument,
  TrustForecastDocument, TrustInspectionListDocument, TrustListingDocument, TrustPublicViewDocument, TrustReviewsDocument,
} from '../generated/graphql';
import { MONEY, as, forbiddenPaths, ids, isPublished, useRoleViews } from './role-views.helpers';

// The two ends of "Who reads what": PUBLIC (no token) reads the public view only; REGULATOR and
// OVERSIGHT read everything. The shared setup and helpers are in role-views.helpers.ts.

const { env, rows, contractsOf, unpublishedOf, reviewsOf, anotherTrustWithSecrets } = useRoleViews();

describe('PUBLIC (no token)', () => {
  it('is the PUBLIC principal', async () => {
    const { body } = await env.api.request(MeDocument, {});
    expect(body.data!.me).toMatchObject({ role: 'PUBLIC', organisation: null });
  });

  it('sees every trust with its derived facts', async () => {
    const { body } = await env.api.request(TrustListingDocument, { first: 500 });
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

    expect((await env.api.request(InspectionByIdDocument, { id: unpublished.id })).body.data!.inspection).toBeNull();
    expect((await env.api.request(InspectionByIdDocument, { id: published.id })).body.data!.inspection?.id).toBe(published.id);

    const { body } = await env.api.request(TrustInspectionListDocument, { odsCode: 'RN1' });
    const listed = body.data!.trust!.inspections;
    expect(ids(listed)).toEqual(ids(rows.inspections.filter((i) => i.trust.id === rn1.id && isPublished(i))));
    expect(listed.map((i) => i.id)).not.toContain(unpublished.id);
  });

  it('reads no contracts: the list is empty and buddyContract(id) is null', async () => {
    const list = await env.api.request(ContractListDocument, { first: 500 });
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data!.buddyContracts).toMatchObject({ totalCount: 0, nodes: [] });
    for (const contract of rows.contracts) {
      const one = await env.api.request(ContractMoneyDocument, { id: contract.id });
      expect(one.body.errors).toBeUndefined();
      expect(one.body.data!.buddyContract).toBeNull();
    }
  });

  it("sees a trust's public relations, but not its contracts or leadership reviews", async () => {
    const rn1 = rows.byOds('RN1');
    expect(contractsOf(rn1).length).toBeGreaterThan(0);
    expect(reviewsOf(rn1).length).toBeGreaterThan(0);
    const { body } = await env.api.request(TrustPublicViewDocument, { odsCode: 'RN1' });
    expect(body.errors).toBeUndefined();
    const trust = body.data!.trust!;
    expect(trust.specialMeasuresEpisodes.length).toBe(await env.db.orm.em.fork().count(SpecialMeasuresEpisode, { trust: rn1 }));
    expect(trust.directorAppointments.length).toBe(await env.db.orm.em.fork().count(DirectorAppointment, { trust: rn1 }));
    expect(trust.leaders.length).toBeGreaterThan(0);
    expect(trust.buddyContracts).toEqual([]);
    expect(trust.partnerContracts).toEqual([]);
    expect(trust.leadershipReviews).toEqual([]);
  });

  it('gets financialForecast null with FORBIDDEN at its path, the rest of the trust intact', async () => {
    expect(rows.byOds('RN1').financialForecast).not.toBeNull();
    const { body } = await env.api.request(TrustForecastDocument, { odsCode: 'RN1' });
    expect(body.data!.trust).toEqual({ id: rows.byOds('RN1').id, odsCode: 'RN1', financialForecast: null });
    expect(forbiddenPaths(body)).toEqual(['trust.financialForecast']);
  });
});

describe.each([
  ['REGULATOR', 'CQC'],
  ['OVERSIGHT', 'MONITOR'],
  ['OVERSIGHT', 'TDA'],
])('%s %s sees everything', (role, org) => {
  const token = () => as(role, org);

  it('every trust, with every forecast', async () => {
    const list = await env.api.request(TrustCodesDocument, { first: 500 }, token());
    expect(list.body.data!.trusts.totalCount).toBe(rows.trusts.length);
    const other = anotherTrustWithSecrets(['RN1']);
    for (const trust of [rows.byOds('RN1'), other]) {
      const { body } = await env.api.request(TrustForecastDocument, { odsCode: trust.odsCode }, token());
      expect(body.errors).toBeUndefined();
      expect(body.data!.trust!.financialForecast).toBe(trust.financialForecast);
    }
  });

  it('every contract with its money', async () => {
    const { body } = await env.api.request(ContractPageDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(rows.contracts));
    for (const node of body.data!.buddyContracts.nodes) {
      expect(node.supportedTrust).not.toBeNull();
      expect(node.partnerTrust).not.toBeNull();
      for (const field of MONEY) expect(node[field], field).not.toBeNull();
    }
  });

  it('findings and unpublished inspections', async () => {
    const reviews = await env.api.request(TrustReviewsDocument, { odsCode: 'RN1' }, token());
    expect(reviews.body.errors).toBeUndefined();
    expect(reviews.body.data!.trust!.leadershipReviews.map((r) => r.findings)).toEqual(
      reviews.body.data!.trust!.leadershipReviews.map((r) => rows.reviews.find((x) => x.id === r.id)!.findings),
    );
    expect(reviews.body.data!.trust!.leadershipReviews.length).toBe(reviewsOf(rows.byOds('RN1')).length);
    const unpublished = rows.inspections.filter((i) => !isPublished(i));
    expect(unpublished.length).toBeGreaterThan(0);
    for (const inspection of unpublished) {
      expect((await env.api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection?.id).toBe(inspection.id);
    }
  });
});
