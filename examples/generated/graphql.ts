import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** Instant, ISO 8601 with offset. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** Pounds sterling as a decimal string with two places, e.g. "125000.00". Never a float. */
  Money: { input: string; output: string; }
};

export type ActionStatus =
  | 'AT_RISK'
  | 'COMPLETE'
  | 'NOT_STARTED'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type AddPlanActionInput = {
  dueOn: Scalars['Date']['input'];
  keyQuestion: KeyQuestion;
  title: Scalars['String']['input'];
  trustId: Scalars['ID']['input'];
};

export type AppointImprovementDirectorInput = {
  directorId: Scalars['ID']['input'];
  startsOn: Scalars['Date']['input'];
  trustId: Scalars['ID']['input'];
};

export type AskInformationInput = {
  dueOn: Scalars['Date']['input'];
  period: Scalars['String']['input'];
  question: Scalars['String']['input'];
  topic: RequestTopic;
  trustId: Scalars['ID']['input'];
};

export type AuditFilter = {
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ClaimReimbursementInput = {
  amount: Scalars['Money']['input'];
  contractId: Scalars['ID']['input'];
  daysGiven: Scalars['Float']['input'];
  period: Scalars['String']['input'];
};

export type ClaimStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type ContractFilter = {
  contractingBody?: InputMaybe<OversightBody>;
  partnerTrustId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ContractStatus>;
  supportedTrustId?: InputMaybe<Scalars['ID']['input']>;
};

export type ContractStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DRAFT'
  | 'TERMINATED';

export type CreateBuddyContractInput = {
  endsOn: Scalars['Date']['input'];
  incentiveFund: Scalars['Money']['input'];
  partnerTrustId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
  reimbursementCap: Scalars['Money']['input'];
  startsOn: Scalars['Date']['input'];
  supportedTrustId: Scalars['ID']['input'];
};

export type Direction =
  | 'DECLINED'
  | 'IMPROVED'
  | 'UNCHANGED';

export type ExitSpecialMeasuresInput = {
  episodeId: Scalars['ID']['input'];
  exitInspectionId: Scalars['ID']['input'];
  exitType: ExitType;
  exitedOn: Scalars['Date']['input'];
};

export type ExitType =
  | 'EXITED'
  | 'EXITED_WITH_SUPPORT';

export type InformationRequestFilter = {
  /** Requests the calling body is among the askers of. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<RequestStatus>;
  topic?: InputMaybe<RequestTopic>;
  trustId?: InputMaybe<Scalars['ID']['input']>;
};

export type InspectionRecommendation =
  | 'ENTER_SPECIAL_MEASURES'
  | 'EXIT_SPECIAL_MEASURES'
  | 'NONE'
  | 'REMAIN_IN_SPECIAL_MEASURES';

export type KeyQuestion =
  | 'CARING'
  | 'EFFECTIVE'
  | 'RESPONSIVE'
  | 'SAFE'
  | 'WELL_LED';

export type LeadershipRole =
  | 'CHAIR'
  | 'CHIEF_EXECUTIVE'
  | 'DIRECTOR_OF_NURSING'
  | 'FINANCE_DIRECTOR'
  | 'MEDICAL_DIRECTOR';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type OutcomeVerification =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

export type OversightBody =
  | 'MONITOR'
  | 'TDA';

export type PaymentStatus =
  | 'APPROVED'
  | 'PAID'
  | 'PROPOSED'
  | 'WITHHELD';

export type PlaceInSpecialMeasuresInput = {
  entryInspectionId?: InputMaybe<Scalars['ID']['input']>;
  placedOn: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  trustId: Scalars['ID']['input'];
};

export type ProposeIncentivePaymentInput = {
  amount: Scalars['Money']['input'];
  contractId: Scalars['ID']['input'];
  outcomeId: Scalars['ID']['input'];
};

export type PublishPlanUpdateInput = {
  month: Scalars['String']['input'];
  summary: Scalars['String']['input'];
  trustId: Scalars['ID']['input'];
};

export type Rating =
  | 'GOOD'
  | 'INADEQUATE'
  | 'OUTSTANDING'
  | 'REQUIRES_IMPROVEMENT';

export type RecordInspectionInput = {
  caring: Rating;
  effective: Rating;
  inspectedOn: Scalars['Date']['input'];
  overall: Rating;
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  recommendation: InspectionRecommendation;
  responsive: Rating;
  safe: Rating;
  summary?: InputMaybe<Scalars['String']['input']>;
  trustId: Scalars['ID']['input'];
  wellLed: Rating;
};

export type RecordLeadershipChangeInput = {
  interim?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  role: LeadershipRole;
  startedOn: Scalars['Date']['input'];
  trustId: Scalars['ID']['input'];
};

export type RecordLeadershipReviewInput = {
  findings: Scalars['String']['input'];
  outcome: ReviewOutcome;
  reviewedOn: Scalars['Date']['input'];
  scope: ReviewScope;
  trustId: Scalars['ID']['input'];
};

export type RegimeEventKind =
  | 'CONTRACT_OUTCOME_REPORTED'
  | 'DIRECTOR_APPOINTED'
  | 'EXITED_SPECIAL_MEASURES'
  | 'INCENTIVE_PAYMENT_DECIDED'
  | 'INFORMATION_ANSWERED'
  | 'INFORMATION_REQUESTED'
  | 'INSPECTION_PUBLISHED'
  | 'LEADERSHIP_CHANGED'
  | 'PLACED_IN_SPECIAL_MEASURES'
  | 'PLAN_UPDATE_PUBLISHED'
  | 'SPECIAL_MEASURES_EXTENDED';

export type ReportContractOutcomeInput = {
  achieved: Scalars['String']['input'];
  contractId: Scalars['ID']['input'];
  measure: Scalars['String']['input'];
  narrative?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
  target: Scalars['String']['input'];
};

export type RequestStatus =
  | 'ANSWERED'
  | 'OPEN'
  | 'WITHDRAWN';

export type RequestTopic =
  | 'FINANCE'
  | 'GOVERNANCE'
  | 'IMPROVEMENT_PLAN'
  | 'INFECTION_CONTROL'
  | 'MATERNITY'
  | 'PERFORMANCE'
  | 'QUALITY_AND_SAFETY'
  | 'WORKFORCE';

export type ReviewOutcome =
  | 'CAPABLE'
  | 'CHANGE_REQUIRED'
  | 'CONCERNS';

export type ReviewScope =
  | 'BOARD'
  | 'CHAIR'
  | 'CHIEF_EXECUTIVE'
  | 'EXECUTIVE_TEAM';

export type Role =
  | 'COMMISSIONER'
  | 'IMPROVEMENT_DIRECTOR'
  | 'OVERSIGHT'
  | 'PUBLIC'
  | 'REGULATOR'
  | 'TRUST';

export type Sector =
  | 'ACUTE'
  | 'AMBULANCE'
  | 'COMMUNITY'
  | 'MENTAL_HEALTH';

export type TrustFilter = {
  currentRating?: InputMaybe<Rating>;
  inSpecialMeasures?: InputMaybe<Scalars['Boolean']['input']>;
  localSystemCode?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  oversightBody?: InputMaybe<OversightBody>;
  sector?: InputMaybe<Sector>;
  type?: InputMaybe<TrustType>;
};

export type TrustOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: TrustOrderField;
};

/** How trusts may be ordered; id breaks ties. A trust without the value (no published rating, not in special measures) comes last. CURRENT_RATING goes down the scale (OUTSTANDING first) when ASC. */
export type TrustOrderField =
  | 'CHIEF_EXECUTIVES_IN_LAST_12_MONTHS'
  | 'CURRENT_RATING'
  | 'NAME'
  | 'ODS_CODE'
  | 'REINSPECTION_DUE_ON';

export type TrustType =
  | 'FOUNDATION_TRUST'
  | 'NHS_TRUST';

export type UpdatePlanActionInput = {
  actionId: Scalars['ID']['input'];
  status: ActionStatus;
  /** The version the caller last read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type BuddyPartnerContractsQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type BuddyPartnerContractsQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', odsCode: string, name: string, partnerContracts: Array<{ __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, supportedTrust?: { __typename?: 'Trust', odsCode: string, name: string } | null, outcomes: Array<{ __typename?: 'ContractOutcome', period: string, measure: string, achieved: string, verification: OutcomeVerification }> }> } | null };

export type ReportBuddyOutcomeMutationVariables = Exact<{
  input: ReportContractOutcomeInput;
}>;


export type ReportBuddyOutcomeMutation = { __typename?: 'Mutation', reportContractOutcome: { __typename?: 'ContractOutcome', id: string, period: string, measure: string, target: string, achieved: string, narrative?: string | null, verification: OutcomeVerification, reportedAt: string, contract: { __typename?: 'BuddyContract', reference: string, supportedTrust?: { __typename?: 'Trust', odsCode: string } | null } } };

export type CommissionerLocalViewQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionerLocalViewQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', totalCount: number, nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, name: string, sector: Sector, currentRating?: Rating | null, inSpecialMeasures: boolean, localSystem: { __typename?: 'LocalSystem', code: string, name: string }, inspections: Array<{ __typename?: 'Inspection', inspectedOn: string, publishedOn?: string | null, overall: Rating, wellLed: Rating }>, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', placedOn: string, reinspectionDueOn: string, exitedOn?: string | null, active: boolean }> }> } };

export type RegulatorDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type RegulatorDashboardQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, name: string, oversightBody: OversightBody, currentRating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, financialForecast?: string | null, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', placedOn: string, reinspectionDueOn: string, extensions: number, exitedOn?: string | null, active: boolean }>, directorAppointments: Array<{ __typename?: 'DirectorAppointment', startsOn: string, endsOn?: string | null, director: { __typename?: 'ImprovementDirector', code: string, name: string } }>, buddyContracts: Array<{ __typename?: 'BuddyContract', reference: string, status: ContractStatus, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, partnerTrust?: { __typename?: 'Trust', odsCode: string, name: string } | null }> }> } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { __typename?: 'Query', me: { __typename?: 'Principal', role: Role, organisation?: string | null } };


export const BuddyPartnerContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuddyPartnerContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuddyPartnerContractsQuery, BuddyPartnerContractsQueryVariables>;
export const ReportBuddyOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportBuddyOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportContractOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportContractOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportBuddyOutcomeMutation, ReportBuddyOutcomeMutationVariables>;
export const CommissionerLocalViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionerLocalView"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"localSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"wellLed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionerLocalViewQuery, CommissionerLocalViewQueryVariables>;
export const RegulatorDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegulatorDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"oversightBody"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"financialForecast"}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegulatorDashboardQuery, RegulatorDashboardQueryVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;