import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { OversightBody, Role } from '../common/enums';
import type { SubjectName } from '../modules/entities';
import { publishedCondition } from '../modules/inspection/published';
import type { AccessScope, Principal } from './principal';
import type { Restriction } from './restricted';
import { restrictedFields } from './restricted-fields';
import { conditionsMatcher } from './row-matcher';

// Every access rule of every role lives in this file. Rules speak of who and which rows only;
// row state (statuses, ratings, special measures, trust type) is for the services' business rules.

export type Action = 'read' | 'create' | 'update';
export type AppAbility = MongoAbility<[Action, SubjectName | 'all' | object]>;
type Builder = AbilityBuilder<AppAbility>;

const REFERENCE_ROWS: SubjectName[] = ['LocalSystem', 'Commissioner', 'ImprovementDirector'];
const TRUST_ROWS: SubjectName[] = [
  'SpecialMeasuresEpisode', 'DirectorAppointment', 'LeadershipTenure', 'ImprovementPlan', 'PlanAction', 'PlanUpdate',
];
const CONTRACT_PARTS: SubjectName[] = ['ContractOutcome', 'IncentivePayment', 'ReimbursementClaim'];

function hide({ cannot }: Builder, restriction: Restriction): void {
  for (const [subject, fields] of Object.entries(restrictedFields()[restriction])) cannot('read', subject as SubjectName, fields);
}

/** What anyone may read, token or not. */
function publicView(builder: Builder): void {
  const { can } = builder;
  can('read', ['Trust', ...REFERENCE_ROWS, ...TRUST_ROWS]);
  can('read', 'Inspection', publishedCondition());
  hide(builder, 'money');
}

/** Everything about the trusts in `trusts`, contracts with their money on either side included. */
function everythingAbout(builder: Builder, trusts: { $in: string[] }): void {
  const { can } = builder;
  can('read', 'Trust', ['financialForecast'], { id: trusts });
  can('read', 'LeadershipReview', { trust: trusts });
  can('read', ['BuddyContract', ...CONTRACT_PARTS], { supportedTrust: trusts });
  can('read', ['BuddyContract', ...CONTRACT_PARTS], { partnerTrust: trusts });
  can('read', ['InformationRequest', 'RequestAsker'], { trust: trusts });
}

/** Asking trusts for information, and withdrawing the body's own asks ("ask once, answer once"). */
function asksAbout({ can }: Builder, principal: Principal, trusts?: { $in: string[] }): void {
  const about = trusts ? { trust: trusts } : {};
  can('create', ['InformationRequest', 'RequestAsker'], about); // a new request with the first ask
  can('update', 'InformationRequest', ['dueOn', 'status'], about); // the earliest due date; WITHDRAWN with the last ask
  can('update', 'RequestAsker', ['withdrawnOn'], { ...about, organisation: principal.organisation });
}

const rulesByRole: Record<Role, (builder: Builder, scope: AccessScope, principal: Principal) => void> = {
  [Role.REGULATOR]: (builder, _scope, principal) => {
    builder.can('read', 'all');
    builder.can(['create', 'update'], 'Inspection');
    asksAbout(builder, principal);
  },

  [Role.OVERSIGHT]: (builder, scope, principal) => {
    const { can } = builder;
    const overseen = { $in: scope.trustIds };
    can('read', 'all');
    asksAbout(builder, principal, overseen);
    can(['create', 'update'], ['SpecialMeasuresEpisode', 'DirectorAppointment', 'LeadershipReview', 'LeadershipTenure'], { trust: overseen });
    can(['create', 'update'], ['BuddyContract', 'IncentivePayment'], { supportedTrust: overseen });
    can('update', ['ContractOutcome', 'ReimbursementClaim'], { supportedTrust: overseen });
    can('update', 'Trust', ['financialForecast'], { id: overseen });
    if (principal.organisation === OversightBody.MONITOR) {
      can('update', 'Trust', ['autonomySuspended'], { id: overseen });
      can('update', 'Trust', ['type', 'foundationAuthorisedOn']); // an NHS trust becomes a foundation trust: MONITOR's from then on
    }
  },

  [Role.TRUST]: (builder, scope) => {
    const { can, cannot } = builder;
    const own = { $in: scope.trustIds };
    publicView(builder);
    everythingAbout(builder, own);
    can('read', 'Inspection', { trust: own });
    can('read', 'AuditEvent', { trust: own });
    can('read', 'AuditEvent', { partnerTrust: own }); // those about a contract it is the partner of, its outcomes, payments and claims
    cannot('read', 'LeadershipReview', ['findings']);
    can('create', ['ContractOutcome', 'ReimbursementClaim'], { partnerTrust: own });
    can(['create', 'update'], ['PlanAction', 'PlanUpdate', 'LeadershipTenure'], { trust: own });
    can('create', 'ImprovementPlan', { trust: own }); // made with its first action or update
    can('update', 'Trust', ['financialForecast'], { id: own });
    can('update', 'InformationRequest', ['answer', 'answeredOn', 'status'], { trust: own });
  },

  [Role.IMPROVEMENT_DIRECTOR]: (builder, scope) => {
    const appointed = { $in: scope.trustIds };
    publicView(builder);
    everythingAbout(builder, appointed);
    builder.can('update', 'PlanAction', ['status'], { trust: appointed }); // the plan is the trust's: it adds the actions and starts it
  },

  [Role.COMMISSIONER]: (builder, scope, principal) => {
    const { can } = builder;
    const system = { $in: scope.trustIds };
    asksAbout(builder, principal, system);
    can('read', ['InformationRequest', 'RequestAsker'], { trust: system });
    can('read', REFERENCE_ROWS);
    can('read', 'Trust', { id: system });
    can('read', 'Inspection', { trust: system, ...publishedCondition() });
    can('read', [...TRUST_ROWS, 'LeadershipReview'], { trust: system });
    can('read', ['BuddyContract', ...CONTRACT_PARTS], { supportedTrust: system });
    hide(builder, 'money');
    hide(builder, 'findings');
  },

  [Role.PUBLIC]: (builder) => publicView(builder),
};

export function defineAbilityFor(principal: Principal, scope: AccessScope): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  rulesByRole[principal.role](builder, scope, principal);
  return builder.build({ conditionsMatcher });
}
