import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../../../src/clock';
import { ClaimStatus, ContractStatus, OutcomeVerification, PaymentStatus, Rating, TrustType } from '../../../src/common/enums';
import { BuddyContract, ContractOutcome, IncentivePayment, ReimbursementClaim, Trust } from '../../../src/modules/entities';
import { partsOf } from '../../../src/modules/buddy-contract/contract-part.entity';
import { tokenFor } from '../../support/api';
import { daysAgo } from '../../support/dates';
import { TEST_TODAY } from '../../support/today';
import { trustByOds, type MutationSample } from './sample';

// The contract samples work on the demo's ACTIVE contract of RN1 (a foundation trust, so MONITOR's)
// with RH1 as its partner; each makes the rows it needs, with names no other sample uses.

const MONITOR = () => tokenFor('OVERSIGHT', 'MONITOR');
const THIS_MONTH = TEST_TODAY.slice(0, 7);

const rn1Contract = async (em: EntityManager) =>
  em.findOneOrFail(BuddyContract, { supportedTrust: await trustByOds(em, 'RN1'), status: ContractStatus.ACTIVE });

async function outcome(em: EntityManager, measure: string, verification: OutcomeVerification): Promise<ContractOutcome> {
  const contract = await rn1Contract(em);
  const row = em.create(ContractOutcome, { ...partsOf(contract), period: THIS_MONTH, measure, target: 'at least 1', achieved: '2', reportedAt: now(), verification });
  await em.flush();
  return row;
}

async function payment(em: EntityManager, measure: string, status: PaymentStatus): Promise<IncentivePayment> {
  const verified = await outcome(em, measure, OutcomeVerification.VERIFIED);
  const row = em.create(IncentivePayment, { ...partsOf(verified.contract), outcome: verified, amount: '10.00', status, approvedAt: status === PaymentStatus.APPROVED ? new Date(`${daysAgo(2)}T12:00:00Z`) : null });
  await em.flush();
  return row;
}

/** A month of the contract's term with no claim yet, newest first. */
async function unclaimedMonth(em: EntityManager, contract: BuddyContract): Promise<string> {
  const claimed = new Set((await em.find(ReimbursementClaim, { contract })).map((c) => c.period));
  for (let back = 0; ; back += 1) {
    const d = new Date(`${THIS_MONTH}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - back);
    const month = d.toISOString().slice(0, 7);
    if (!claimed.has(month)) return month;
  }
}

export const contractSamples: Record<string, MutationSample> = {
  createBuddyContract: {
    asPublic: 'FORBIDDEN',
    prepare: async (em) => {
      const trusts = await em.find(Trust, {}, { orderBy: { odsCode: 'asc' }, populate: ['inSpecialMeasures', 'currentRating'] });
      const supported = trusts.find((t) => t.inSpecialMeasures)!;
      const partner = trusts.find((t) => !t.inSpecialMeasures && (t.currentRating === Rating.GOOD || t.currentRating === Rating.OUTSTANDING))!;
      const input = { reference: 'WALK-1', supportedTrustId: supported.id, partnerTrustId: partner.id, startsOn: TEST_TODAY, endsOn: '2027-03-17', reimbursementCap: '1000.00', incentiveFund: '500.00' };
      return { variables: { input }, token: tokenFor('OVERSIGHT', supported.type === TrustType.FOUNDATION_TRUST ? 'MONITOR' : 'TDA') };
    },
  },
  setBuddyContractStatus: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => {
      const draft = await em.findOneOrFail(BuddyContract, { status: ContractStatus.DRAFT }, { populate: ['supportedTrust'] });
      const body = draft.supportedTrust.type === TrustType.FOUNDATION_TRUST ? 'MONITOR' : 'TDA';
      return { variables: { id: draft.id, status: 'ACTIVE', version: draft.version }, token: tokenFor('OVERSIGHT', body) };
    },
  },
  reportContractOutcome: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => ({
      variables: { input: { contractId: (await rn1Contract(em)).id, period: THIS_MONTH, measure: 'Walk: reported', target: 'at least 1', achieved: '2' } },
      token: tokenFor('TRUST', 'RH1'),
    }),
  },
  verifyContractOutcome: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => ({ variables: { id: (await outcome(em, 'Walk: verified', OutcomeVerification.PENDING)).id, verification: 'VERIFIED' }, token: MONITOR() }),
  },
  proposeIncentivePayment: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => {
      const verified = await outcome(em, 'Walk: proposed', OutcomeVerification.VERIFIED);
      return { variables: { input: { contractId: verified.contract.id, outcomeId: verified.id, amount: '10.00' } }, token: MONITOR() };
    },
  },
  approveIncentivePayment: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => ({ variables: { id: (await payment(em, 'Walk: approved', PaymentStatus.PROPOSED)).id }, token: MONITOR() }),
  },
  withholdIncentivePayment: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => ({ variables: { id: (await payment(em, 'Walk: withheld', PaymentStatus.PROPOSED)).id }, token: MONITOR() }),
  },
  markIncentivePaymentPaid: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => ({ variables: { id: (await payment(em, 'Walk: paid', PaymentStatus.APPROVED)).id, paidOn: TEST_TODAY }, token: MONITOR() }),
  },
  claimReimbursement: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => {
      const contract = await rn1Contract(em);
      const input = { contractId: contract.id, period: await unclaimedMonth(em, contract), daysGiven: 2.5, amount: '10.00' };
      return { variables: { input }, token: tokenFor('TRUST', 'RH1') };
    },
  },
  decideReimbursementClaim: {
    asPublic: 'NOT_FOUND',
    prepare: async (em) => {
      const contract = await rn1Contract(em);
      const claim = em.create(ReimbursementClaim, { ...partsOf(contract), period: await unclaimedMonth(em, contract), daysGiven: 1, amount: '10.00', submittedAt: now() });
      await em.flush();
      return { variables: { id: claim.id, status: ClaimStatus.APPROVED }, token: MONITOR() };
    },
  },
};
