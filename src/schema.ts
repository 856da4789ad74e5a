import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { runMutationsThroughChangePipeline } from './change/mutation-pipeline';
import { readThroughEngine } from './read/engine';
import { withRelationFields } from './schema-relations';
import { entitiesByName } from './modules/entities';
import { RegimeEventsResolver } from './live/regime-events.resolver';
import { AccessResolver } from './modules/access/access.resolver';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver';
import { AuditEventResolver } from './modules/audit/audit.resolver';
import { BuddyContractResolver } from './modules/buddy-contract/buddy-contract.resolver';
import { ContractOutcomeResolver } from './modules/buddy-contract/contract-outcome.resolver';
import { IncentivePaymentResolver } from './modules/buddy-contract/incentive-payment.resolver';
import { ReimbursementClaimResolver } from './modules/buddy-contract/reimbursement-claim.resolver';
import { DirectorAppointmentResolver, ImprovementDirectorResolver } from './modules/improvement-director/improvement-director.resolver';
import { ImprovementPlanResolver } from './modules/improvement-plan/improvement-plan.resolver';
import { InformationRequestResolver } from './modules/information-request/information-request.resolver';
import { InspectionResolver } from './modules/inspection/inspection.resolver';
import { LeadershipReviewResolver, LeadershipTenureResolver } from './modules/leadership/leadership.resolver';
import { LocalSystemResolver } from './modules/local-system/local-system.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { SpecialMeasuresResolver } from './modules/special-measures/special-measures.resolver';
import { TrustChangesResolver } from './modules/trust/trust-changes.resolver';
import { TimeResolver } from './modules/time/time.resolver';
import { TIME_TYPES } from './modules/time/time.types';
import { TrustResolver } from './modules/trust/trust.resolver';

const resolvers: NonEmptyArray<Function> = [
  AccessResolver, TrustResolver, LocalSystemResolver, InspectionResolver, SpecialMeasuresResolver,
  BuddyContractResolver, ContractOutcomeResolver, IncentivePaymentResolver, ReimbursementClaimResolver,
  ImprovementDirectorResolver, DirectorAppointmentResolver, LeadershipReviewResolver, LeadershipTenureResolver,
  ImprovementPlanResolver, TrustChangesResolver, AnalyticsResolver, AuditEventResolver, InformationRequestResolver,
  RegimeEventsResolver, NodeResolver, TimeResolver,
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

/**
 * The served schema, built once per process: types and root fields from the entities and resolvers
 * (type-graphql), relation fields from their table; every read through the read engine, every
 * change through the change pipeline.
 */
export function getSchema(): Promise<GraphQLSchema> {
  // Every entity's type, whether or not a root field returns it: relations reach some only (a commissioner).
  schema ??= buildSchema({ resolvers, orphanedTypes: [...Object.values(entitiesByName), ...TIME_TYPES], pubSub: noPubSub, validate: false })
    .then(withRelationFields)
    .then(readThroughEngine)
    .then(runMutationsThroughChangePipeline);
  return schema;
}
