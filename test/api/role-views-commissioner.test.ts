import { beforeAll, describe, expect, it } from 'vitest';
import {
  BuddyContract, Commissioner, ContractOutcome, DirectorAppointment, ImprovementDirector, IncentivePayment, LocalSystem, ReimbursementClaim,
} from '../../src/modules/entities';
import {
  ContractDetailDocument, ContractListDocument, ContractMoneyDocument, ImprovementDirectorsDocument, InspectionByIdDocument,
  LocalSystemsDocument, TrustCodesDocument, TrustForecastDocument, TrustInspectionListDocument, TrustReviewsDocument,
} from '../generated/graphql';
import { MONEY, as, forbiddenPaths, ids, isPublished, useRoleViews } from './role-views.helpers';

// What a commissioner reads: its local system's trusts and contracts, never their money or
// findings. The shared setup and helpers are in role-views.helpers.ts.

const { env, rows, unpublishedOf, reviewsOf } = useRoleViews();

describe('COMMISSIONER X5N', () => {
  const token = () => as('COMMISSIONER', 'X5N');
  let system: LocalSystem;
  let inSystem: (trustId: string) => boolean;
  beforeAll(async () => {
    const em = env.db.orm.em.fork();
    system = (await em.findOneOrFail(Commissioner, { code: 'X5N' }, { populate: ['localSystem'] })).localSystem;
    const systemTrustIds = new Set(rows.trusts.filter((t) => t.localSystem.id === system.id).map((t) => t.id));
    inSystem = (id) => systemTrustIds.has(id);
  });

  it("lists only its system's trusts", async () => {
    const { body } = await env.api.request(TrustCodesDocument, { first: 500 }, token());
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
    const { body } = await env.api.request(TrustForecastDocument, { odsCode: outside.odsCode }, token());
    expect(body.errors).toBeUndefined();
    expect(body.data!.trust).toBeNull();
  });

  it("lists the contracts whose supported trust is in its system, with a partner outside the system as null", async () => {
    const expected = rows.contracts.filter((c) => inSystem(c.supportedTrust.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((c) => !inSystem(c.partnerTrust.id)), 'a contract with a partner outside the system').toBe(true);
    const { body } = await env.api.request(ContractListDocument, { first: 500 }, token());
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.buddyContracts.nodes)).toEqual(ids(expected));
    for (const node of body.data!.buddyContracts.nodes) {
      const row = expected.find((c) => c.id === node.id)!;
      expect(node.supportedTrust).not.toBeNull();
      if (inSystem(row.partnerTrust.id)) expect(node.partnerTrust).not.toBeNull();
      else expect(node.partnerTrust).toBeNull();
    }
    const outside = rows.contracts.find((c) => !inSystem(c.supportedTrust.id))!;
    expect((await env.api.request(ContractMoneyDocument, { id: outside.id }, token())).body.data!.buddyContract).toBeNull();
  });

  it('never reads money: every money field of a contract is null with FORBIDDEN, and its forecast too', async () => {
    const contract = rows.contracts.find((c) => inSystem(c.supportedTrust.id))!;
    const { body } = await env.api.request(ContractMoneyDocument, { id: contract.id }, token());
    expect(body.data!.buddyContract).toMatchObject({ id: contract.id, reference: contract.reference });
    for (const field of MONEY) expect(body.data!.buddyContract![field], field).toBeNull();
    expect(forbiddenPaths(body)).toEqual(MONEY.map((field) => `buddyContract.${field}`).sort());

    const forecast = await env.api.request(TrustForecastDocument, { odsCode: 'RN1' }, token());
    expect(forecast.body.data!.trust!.financialForecast).toBeNull();
    expect(forbiddenPaths(forecast.body)).toEqual(['trust.financialForecast']);
  });

  it("never reads a payment's or a claim's amount either; the contract's parts are otherwise there", async () => {
    const em = env.db.orm.em.fork();
    const candidates = rows.contracts.filter((c) => inSystem(c.supportedTrust.id));
    let contract: BuddyContract | undefined;
    for (const c of candidates) {
      if ((await em.count(IncentivePayment, { contract: c })) > 0 && (await em.count(ReimbursementClaim, { contract: c })) > 0) contract = c;
    }
    expect(contract, 'a contract in the system with payments and claims').toBeDefined();
    const { body } = await env.api.request(ContractDetailDocument, { id: contract!.id }, token());
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
    const own = await env.api.request(ContractDetailDocument, { id: contract!.id }, as('TRUST', supported.odsCode));
    expect(own.body.errors).toBeUndefined();
    for (const part of [...own.body.data!.buddyContract!.payments, ...own.body.data!.buddyContract!.reimbursementClaims]) expect(part.amount).not.toBeNull();
  });

  it('reads leadership reviews of its trusts, never their findings', async () => {
    const own = reviewsOf(rows.byOds('RN1'));
    const { body } = await env.api.request(TrustReviewsDocument, { odsCode: 'RN1' }, token());
    const reviews = body.data!.trust!.leadershipReviews;
    expect(ids(reviews)).toEqual(ids(own));
    for (const review of reviews) expect(review.findings).toBeNull();
    expect(forbiddenPaths(body)).toEqual(reviews.map((_, i) => `trust.leadershipReviews.${i}.findings`).sort());
  });

  it("does not read another system's inspections, even published ones", async () => {
    const outside = rows.inspections.filter((i) => !inSystem(i.trust.id) && isPublished(i));
    expect(outside.length).toBeGreaterThan(0);
    for (const inspection of outside.slice(0, 5)) {
      expect((await env.api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
    }
  });

  it('reads published inspections of its trusts only', async () => {
    const rn1 = rows.byOds('RN1');
    const { body } = await env.api.request(TrustInspectionListDocument, { odsCode: 'RN1' }, token());
    expect(ids(body.data!.trust!.inspections)).toEqual(ids(rows.inspections.filter((i) => i.trust.id === rn1.id && isPublished(i))));
    for (const inspection of unpublishedOf(rn1)) {
      expect((await env.api.request(InspectionByIdDocument, { id: inspection.id }, token())).body.data!.inspection).toBeNull();
    }
  });

  it('reads every local system, commissioner and director, but only its own trusts and appointments within them', async () => {
    const em = env.db.orm.em.fork();
    const systems = await env.api.request(LocalSystemsDocument, {}, token());
    expect(systems.body.errors).toBeUndefined();
    expect(systems.body.data!.localSystems.length).toBe(await em.count(LocalSystem));
    expect(systems.body.data!.localSystems.flatMap((s) => s.commissioners).length).toBe(await em.count(Commissioner));
    for (const s of systems.body.data!.localSystems) {
      const expected = s.code === system.code ? rows.trusts.filter((t) => inSystem(t.id)) : [];
      expect(ids(s.trusts), s.code).toEqual(ids(expected));
    }

    const directors = await env.api.request(ImprovementDirectorsDocument, {}, token());
    expect(directors.body.errors).toBeUndefined();
    expect(directors.body.data!.improvementDirectors.length).toBe(await em.count(ImprovementDirector));
    const appointments = directors.body.data!.improvementDirectors.flatMap((d) => d.appointments);
    const all = await em.find(DirectorAppointment, {});
    expect(appointments.length).toBe(all.filter((a) => inSystem(a.trust.id)).length);
    for (const appointment of appointments) expect(appointment.trust && inSystem(appointment.trust.id)).toBe(true);
  });
});
