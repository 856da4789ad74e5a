import { changes, none, other, own, type CallerName, type ChangeRow } from './authorization-matrix.vocabulary';

// Every field of the served Mutation type, as every caller, on the row its sample (test/pipeline/
// samples/) prepares in a fresh demo database. The target is that row's trust: RN1 Northmere (a
// foundation trust, MONITOR's, in X5N's system, ID-001's, supported by RH1), RH1 Harrowfield (MONITOR's,
// outside X5N's system), RN3 Fenwick (MONITOR's, in X5N's system), RB1/RB4 (foundation trusts) and RB3
// (an NHS trust, the TDA's), all three outside X5N's system, RH4 (MONITOR's, outside X5N's system).
//
// The rules in words: a refused caller who may read the row gets FORBIDDEN, one who may not gets
// NOT_FOUND. Commissioners read only their system's trusts and contracts; trusts and directors read
// every trust and its episodes, tenures, appointments and plans, but only their own contracts,
// requests and unpublished inspections.
type Cells = Parameters<typeof changes>[5];

/** A contract's money and state are the contracting body's (MONITOR for RN1): everyone else who reads the contract is FORBIDDEN. */
const CONTRACTING_BODY_ONLY: Cells = { CQC: own.F, MONITOR: own.may, TDA: other.F, RN1: own.F, RH1: own.F, ID1: own.F, ID6: none.NF, X5N: own.F, PUBLIC: none.NF };
/** Outcomes and claims are reported by the partner (RH1), not by the supported trust nor the body. */
const PARTNER_ONLY: Cells = { CQC: own.F, MONITOR: own.F, TDA: other.F, RN1: own.F, RH1: own.may, ID1: own.F, ID6: none.NF, X5N: own.F, PUBLIC: none.NF };
/** An oversight body's change to a trust outside X5N's system, which X5N cannot even read. */
const OVERSIGHT_BODY_OUTSIDE_X5N = (body: CallerName): Cells => ({
  CQC: own.F, MONITOR: body === 'MONITOR' ? own.may : other.F, TDA: body === 'TDA' ? own.may : other.F,
  RN1: other.F, RH1: other.F, ID1: other.F, ID6: none.F, X5N: other.NF, PUBLIC: none.F,
});
/** MONITOR's change to RN1, which RN1, its director and X5N read but may not make. */
const MONITOR_ON_RN1: Cells = { CQC: own.F, MONITOR: own.may, TDA: other.F, RN1: own.F, RH1: other.F, ID1: own.F, ID6: none.F, X5N: own.F, PUBLIC: none.F };
/** A plan is the trust's: it adds the actions and publishes the updates; oversight bodies only read it. */
const PLAN: Cells = { CQC: own.F, MONITOR: own.F, TDA: other.F, RN1: own.may, RH1: other.F, ID1: own.F, ID6: none.F, X5N: own.F, PUBLIC: none.F };

export const CHANGE_ROWS: ChangeRow[] = [
  // --- buddy contracts: the RN1–RH1 ACTIVE contract unless said
  ...changes('createBuddyContract', 'BuddyContract', 'create', '*', 'RB1', OVERSIGHT_BODY_OUTSIDE_X5N('MONITOR')),
  ...changes('setBuddyContractStatus', 'BuddyContract', 'update', 'status', 'RN3', // the RN3–RN2 DRAFT: neither RN1's nor RH1's
    { CQC: own.F, MONITOR: own.may, TDA: other.F, RN1: other.NF, RH1: other.NF, ID1: other.NF, ID6: none.NF, X5N: own.F, PUBLIC: none.NF }),
  ...changes('reportContractOutcome', 'ContractOutcome', 'create', '*', 'RN1', PARTNER_ONLY),
  ...changes('verifyContractOutcome', 'ContractOutcome', 'update', 'verification', 'RN1', CONTRACTING_BODY_ONLY),
  ...changes('proposeIncentivePayment', 'IncentivePayment', 'create', '*', 'RN1', CONTRACTING_BODY_ONLY),
  ...changes('approveIncentivePayment', 'IncentivePayment', 'update', 'status', 'RN1', CONTRACTING_BODY_ONLY),
  ...changes('withholdIncentivePayment', 'IncentivePayment', 'update', 'status', 'RN1', CONTRACTING_BODY_ONLY),
  ...changes('markIncentivePaymentPaid', 'IncentivePayment', 'update', 'status', 'RN1', CONTRACTING_BODY_ONLY),
  ...changes('claimReimbursement', 'ReimbursementClaim', 'create', '*', 'RN1', PARTNER_ONLY),
  ...changes('decideReimbursementClaim', 'ReimbursementClaim', 'update', 'status', 'RN1', CONTRACTING_BODY_ONLY),

  // --- directors, leaders and the trust's own columns
  ...changes('appointImprovementDirector', 'DirectorAppointment', 'create', '*', 'RB4', OVERSIGHT_BODY_OUTSIDE_X5N('MONITOR')),
  ...changes('endDirectorAppointment', 'DirectorAppointment', 'update', 'endsOn', 'RH4', OVERSIGHT_BODY_OUTSIDE_X5N('MONITOR')),
  ...changes('recordLeadershipReview', 'LeadershipReview', 'create', '*', 'RN1', MONITOR_ON_RN1),
  ...changes('recordLeadershipChange', 'LeadershipTenure', 'create', '*', 'RN1', { ...MONITOR_ON_RN1, RN1: own.may }),
  ...changes('endLeadershipTenure', 'LeadershipTenure', 'update', 'endedOn', 'RH1',
    { CQC: own.F, MONITOR: own.may, TDA: other.F, RN1: other.F, RH1: own.may, ID1: other.F, ID6: none.F, X5N: other.NF, PUBLIC: none.F }),
  ...changes('setFoundationAutonomySuspended', 'Trust', 'update', 'autonomySuspended', 'RN3', // MONITOR's alone, never the TDA's
    { CQC: own.F, MONITOR: own.may, TDA: other.F, RN1: other.F, RH1: other.F, ID1: other.F, ID6: none.F, X5N: own.F, PUBLIC: none.F }),
  ...changes('authoriseFoundationTrust', 'Trust', 'update', 'type', 'RB3', // an NHS trust (the TDA's) becomes MONITOR's: MONITOR acts
    { CQC: own.F, MONITOR: other.may, TDA: own.F, RN1: other.F, RH1: other.F, ID1: other.F, ID6: none.F, X5N: other.NF, PUBLIC: none.F }),
  ...changes('setFinancialForecast', 'Trust', 'update', 'financialForecast', 'RN1', { ...MONITOR_ON_RN1, RN1: own.may }),

  // --- improvement plans
  ...changes('addPlanAction', 'PlanAction', 'create', '*', 'RN1', PLAN),
  ...changes('updatePlanAction', 'PlanAction', 'update', 'status', 'RN1', { ...PLAN, ID1: own.may }), // its appointed director updates an action's status
  ...changes('publishPlanUpdate', 'PlanUpdate', 'create', '*', 'RN1', PLAN),

  // --- information requests: an OPEN request about RN1 asked by CQC alone, unless said
  ...changes('askInformation', 'RequestAsker', 'create', '*', 'RN1', // the regulator anywhere, a body or commissioner about its own trusts
    { CQC: own.may, MONITOR: own.may, TDA: other.F, RN1: own.F, RH1: other.F, ID1: own.F, ID6: none.F, X5N: own.may, PUBLIC: none.F }),
  ...changes('answerInformationRequest', 'InformationRequest', 'update', 'answer', 'RN1', // answered by the trust asked, read by those who may ask
    { CQC: own.F, MONITOR: own.F, TDA: other.F, RN1: own.may, RH1: other.NF, ID1: own.F, ID6: none.NF, X5N: own.F, PUBLIC: none.NF }),
  ...changes('withdrawInformationAsk', 'RequestAsker', 'update', 'withdrawnOn', 'RN1', // CQC's ask: another body's for MONITOR, TDA and X5N
    { CQC: own.may, MONITOR: other.F, TDA: other.F, RN1: own.F, RH1: other.NF, ID1: own.F, ID6: none.NF, X5N: other.F, PUBLIC: none.NF }),

  // --- inspections and special measures
  ...changes('recordInspection', 'Inspection', 'create', '*', 'RH1',
    { CQC: own.may, MONITOR: own.F, TDA: other.F, RN1: other.F, RH1: own.F, ID1: other.F, ID6: none.F, X5N: other.NF, PUBLIC: none.F }),
  ...changes('publishInspection', 'Inspection', 'update', 'publishedOn', 'RH1', // unpublished: read by the regulator, the bodies and RH1 alone
    { CQC: own.may, MONITOR: own.F, TDA: other.F, RN1: other.NF, RH1: own.F, ID1: other.NF, ID6: none.NF, X5N: other.NF, PUBLIC: none.NF }),
  ...changes('placeInSpecialMeasures', 'SpecialMeasuresEpisode', 'create', '*', 'RB3', OVERSIGHT_BODY_OUTSIDE_X5N('TDA')),
  ...changes('extendSpecialMeasures', 'SpecialMeasuresEpisode', 'update', 'extensions', 'RN1', MONITOR_ON_RN1),
  ...changes('exitSpecialMeasures', 'SpecialMeasuresEpisode', 'update', 'exitedOn', 'RN1', MONITOR_ON_RN1),
];
