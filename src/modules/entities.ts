import { AuditChain } from './audit/audit-chain.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { BuddyContract } from './buddy-contract/buddy-contract.entity';
import { ContractOutcome } from './buddy-contract/contract-outcome.entity';
import { ContractPart } from './buddy-contract/contract-part.entity';
import { IncentivePayment } from './buddy-contract/incentive-payment.entity';
import { ReimbursementClaim } from './buddy-contract/reimbursement-claim.entity';
import { Commissioner } from './commissioner/commissioner.entity';
import { DirectorAppointment } from './improvement-director/director-appointment.entity';
import { ImprovementDirector } from './improvement-director/improvement-director.entity';
import { ImprovementPlan } from './improvement-plan/improvement-plan.entity';
import { PlanAction } from './improvement-plan/plan-action.entity';
import { PlanUpdate } from './improvement-plan/plan-update.entity';
import { InformationRequest } from './information-request/information-request.entity';
import { RequestAsker } from './information-request/request-asker.entity';
import { Inspection } from './inspection/inspection.entity';
import { LeadershipReview } from './leadership/leadership-review.entity';
import { LeadershipTenure } from './leadership/leadership-tenure.entity';
import { LocalSystem } from './local-system/local-system.entity';
import { SpecialMeasuresEpisode } from './special-measures/special-measures.entity';
import { Trust } from './trust/trust.entity';
import { BaseEntity } from '../common/base.entity';
import { IdempotencyKey } from './idempotency/idempotency-key.entity';
import { ReferenceEntity } from '../common/reference.entity';

export {
  AuditEvent, BuddyContract, Commissioner, ContractOutcome, DirectorAppointment, ImprovementDirector,
  ImprovementPlan, IncentivePayment, Inspection, LeadershipReview, LeadershipTenure, LocalSystem,
  PlanAction, PlanUpdate, ReimbursementClaim, SpecialMeasuresEpisode, Trust, InformationRequest, RequestAsker,
};

/** Every entity that has rows, by its GraphQL type name (the CASL subject type). */
export const entitiesByName = {
  LocalSystem, Commissioner, Trust, Inspection, SpecialMeasuresEpisode, BuddyContract, ContractOutcome,
  IncentivePayment, ReimbursementClaim, ImprovementDirector, DirectorAppointment, LeadershipReview,
  LeadershipTenure, ImprovementPlan, PlanAction, PlanUpdate, AuditEvent, InformationRequest, RequestAsker,
};

export type SubjectName = keyof typeof entitiesByName;

export const allEntities = [BaseEntity, ReferenceEntity, ContractPart, IdempotencyKey, AuditChain, ...Object.values(entitiesByName)];
