import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { restrictedFieldChecker } from './auth/field-access';
import { runMutationsThroughChangePipeline } from './change/mutation-pipeline';
import { RegimeEventsResolver } from './live/regime-events.resolver';
import { AccessResolver } from './modules/access/access.resolver';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver';
import { AuditEventResolver } from './modules/audit/audit.resolver';
import { BuddyContractResolver } from './modules/buddy-contract/buddy-contract.resolver';
import { ContractOutcomeResolver } from './modules/buddy-contract/contract-outcome.resolver';
import { IncentivePaymentResolver } from './modules/buddy-contract/incentive-payment.resolver';
import { ReimbursementClaimResolver } from './modules/buddy-contract/reimbursement-claim.resolver';
import { CommissionerResolver } from './modules/commissioner/commissioner.resolver';
import { DirectorAppointmentResolver, ImprovementDirectorResolver } from './modules/improvement-director/improvement-director.resolver';
import { ImprovementPlanResolver } from './modules/improvement-plan/improvement-plan.resolver';
import { InformationRequestResolver, ReportingBurdenResolver } from './modules/information-request/information-request.resolver';
import { InspectionResolver } from './modules/inspection/inspection.resolver';
import { LeadershipReviewResolver, LeadershipTenureResolver } from './modules/leadership/leadership.resolver';
import { LocalSystemResolver } from './modules/local-system/local-system.resolver';
import { SpecialMeasuresResolver } from './modules/special-measures/special-measures.resolver';
import { TrustChangesResolver } from './modules/trust/trust-changes.resolver';
import { TrustResolver } from './modules/trust/trust.resolver';

const resolvers: NonEmptyArray<Function> = [
  AccessResolver, TrustResolver, LocalSystemResolver, CommissionerResolver, InspectionResolver, SpecialMeasuresResolver,
  BuddyContractResolver, ContractOutcomeResolver, IncentivePaymentResolver, ReimbursementClaimResolver,
  ImprovementDirectorResolver, DirectorAppointmentResolver, LeadershipReviewResolver, LeadershipTenureResolver,
  ImprovementPlanResolver, TrustChangesResolver, AnalyticsResolver, AuditEventResolver, InformationRequestResolver,
  ReportingBurdenResolver, RegimeEventsResolver,
];

/** type-graphql asks for one; the one subscription brings its own source of events (src/live/), so this is never used. */
const noPubSub: PubSub = {
  publish: () => {
    throw new Error('live updates travel through PostgreSQL NOTIFY (src/live/announce.ts)');
  },
  subscribe: () => {
    throw new Error('live updates are subscribed through src/live/live-updates.ts');
  },
};

let schema: Promise<GraphQLSchema> | undefined;

/** The served schema, built once per process from the resolvers and entity classes. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers, authChecker: restrictedFieldChecker, validate: false, pubSub: noPubSub }).then(runMutationsThroughChangePipeline);
  return schema;
}
