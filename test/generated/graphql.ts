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

export type AccessDecision = {
  __typename?: 'AccessDecision';
  allowed: Scalars['Boolean']['output'];
  /** Why: the rule or missing rule that decided, in words. */
  reason: Scalars['String']['output'];
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

export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** The mutation's name. */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Before and after values; fields the caller may not read are replaced by "[restricted]". */
  changes?: Maybe<Scalars['JSON']['output']>;
  /** The GraphQL type name of the changed row. */
  entity: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organisation?: Maybe<Scalars['String']['output']>;
  role: Role;
  subject: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditFilter = {
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BaseEntity = Node & {
  __typename?: 'BaseEntity';
  id: Scalars['ID']['output'];
};

export type BuddyContract = Node & {
  __typename?: 'BuddyContract';
  /** Derived: the supported trust's oversight body. */
  contractingBody: OversightBody;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** APPROVED plus PAID payments. */
  incentiveApproved?: Maybe<Scalars['Money']['output']>;
  incentiveFund?: Maybe<Scalars['Money']['output']>;
  incentivePaid?: Maybe<Scalars['Money']['output']>;
  outcomes: Array<ContractOutcome>;
  /** Null where the caller may not read that trust. */
  partnerTrust?: Maybe<Trust>;
  payments: Array<IncentivePayment>;
  reference: Scalars['String']['output'];
  /** APPROVED reimbursement claims. */
  reimbursed?: Maybe<Scalars['Money']['output']>;
  /** Restricted money fields. */
  reimbursementCap?: Maybe<Scalars['Money']['output']>;
  reimbursementClaims: Array<ReimbursementClaim>;
  startsOn: Scalars['Date']['output'];
  status: ContractStatus;
  /** Null where the caller may not read that trust (a commissioner, for a trust outside its system). */
  supportedTrust?: Maybe<Trust>;
  version: Scalars['Int']['output'];
};


export type BuddyContractOutcomesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type BuddyContractPaymentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type BuddyContractReimbursementClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type BuddyContractConnection = {
  __typename?: 'BuddyContractConnection';
  edges: Array<BuddyContractEdge>;
  nodes: Array<BuddyContract>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BuddyContractEdge = {
  __typename?: 'BuddyContractEdge';
  cursor: Scalars['String']['output'];
  node: BuddyContract;
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

export type Commissioner = Node & {
  __typename?: 'Commissioner';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  localSystem: LocalSystem;
  name: Scalars['String']['output'];
};

export type ContractFilter = {
  contractingBody?: InputMaybe<OversightBody>;
  partnerTrustId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ContractStatus>;
  supportedTrustId?: InputMaybe<Scalars['ID']['input']>;
};

export type ContractOutcome = Node & {
  __typename?: 'ContractOutcome';
  achieved: Scalars['String']['output'];
  contract: BuddyContract;
  id: Scalars['ID']['output'];
  measure: Scalars['String']['output'];
  narrative?: Maybe<Scalars['String']['output']>;
  /** Reporting month, YYYY-MM. */
  period: Scalars['String']['output'];
  reportedAt: Scalars['DateTime']['output'];
  target: Scalars['String']['output'];
  verification: OutcomeVerification;
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

export type DirectorAppointment = Node & {
  __typename?: 'DirectorAppointment';
  director: ImprovementDirector;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  startsOn: Scalars['Date']['output'];
  /** Null where the caller may not read that trust. */
  trust?: Maybe<Trust>;
};

/** How an episode had moved by its first re-inspection. */
export type EpisodeProgress = {
  __typename?: 'EpisodeProgress';
  /** The entry inspection, else the latest inspection published before placement. */
  atPlacement?: Maybe<RatingStep>;
  /** The first inspection after placement that has been published. */
  atReinspection?: Maybe<RatingStep>;
  declined: Scalars['Int']['output'];
  episode: SpecialMeasuresEpisode;
  /** Key questions rated better at re-inspection than at placement. */
  improved: Scalars['Int']['output'];
  /** Whole months from placement to the re-inspection's inspectedOn. */
  monthsToReinspection?: Maybe<Scalars['Int']['output']>;
};

export type ExitSpecialMeasuresInput = {
  episodeId: Scalars['ID']['input'];
  exitInspectionId: Scalars['ID']['input'];
  exitType: ExitType;
  exitedOn: Scalars['Date']['input'];
};

export type ExitType =
  | 'EXITED'
  | 'EXITED_WITH_SUPPORT';

export type ImprovementDirector = Node & {
  __typename?: 'ImprovementDirector';
  accountableTo: OversightBody;
  appointments: Array<DirectorAppointment>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};


export type ImprovementDirectorAppointmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ImprovementPlan = Node & {
  __typename?: 'ImprovementPlan';
  actions: Array<PlanAction>;
  id: Scalars['ID']['output'];
  trust: Trust;
  /** No update published for the last full month. */
  updateOverdue: Scalars['Boolean']['output'];
  /** Monthly public updates, newest first. */
  updates: Array<PlanUpdate>;
};


export type ImprovementPlanActionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ImprovementPlanUpdatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type IncentivePayment = Node & {
  __typename?: 'IncentivePayment';
  /** Restricted. */
  amount?: Maybe<Scalars['Money']['output']>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  contract: BuddyContract;
  id: Scalars['ID']['output'];
  outcome: ContractOutcome;
  paidOn?: Maybe<Scalars['Date']['output']>;
  status: PaymentStatus;
};

/** One question put to a trust. Bodies that ask the same trust about the same topic and period share one request, and the trust answers it once. */
export type InformationRequest = Node & {
  __typename?: 'InformationRequest';
  answer?: Maybe<Scalars['String']['output']>;
  answeredOn?: Maybe<Scalars['Date']['output']>;
  /** Every body asking now, first asker first. */
  askers: Array<RequestAsker>;
  /** The earliest due date of its current askers. */
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** True when OPEN and dueOn is before today. */
  overdue: Scalars['Boolean']['output'];
  /** The month the information covers, YYYY-MM. */
  period: Scalars['String']['output'];
  status: RequestStatus;
  topic: RequestTopic;
  trust: Trust;
  version: Scalars['Int']['output'];
};


/** One question put to a trust. Bodies that ask the same trust about the same topic and period share one request, and the trust answers it once. */
export type InformationRequestAskersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InformationRequestConnection = {
  __typename?: 'InformationRequestConnection';
  edges: Array<InformationRequestEdge>;
  nodes: Array<InformationRequest>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InformationRequestEdge = {
  __typename?: 'InformationRequestEdge';
  cursor: Scalars['String']['output'];
  node: InformationRequest;
};

export type InformationRequestFilter = {
  /** Requests the calling body is among the askers of. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<RequestStatus>;
  topic?: InputMaybe<RequestTopic>;
  trustId?: InputMaybe<Scalars['ID']['input']>;
};

export type Inspection = Node & {
  __typename?: 'Inspection';
  caring: Rating;
  effective: Rating;
  id: Scalars['ID']['output'];
  inspectedOn: Scalars['Date']['output'];
  overall: Rating;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  recommendation: InspectionRecommendation;
  responsive: Rating;
  safe: Rating;
  summary?: Maybe<Scalars['String']['output']>;
  trust: Trust;
  wellLed: Rating;
};

export type InspectionRecommendation =
  | 'ENTER_SPECIAL_MEASURES'
  | 'EXIT_SPECIAL_MEASURES'
  | 'NONE'
  | 'REMAIN_IN_SPECIAL_MEASURES';

/** The interventions an episode received and where it ended. */
export type InterventionOutcome = {
  __typename?: 'InterventionOutcome';
  /** A buddy contract, ACTIVE or COMPLETED, whose term overlaps the episode. */
  buddied: Scalars['Boolean']['output'];
  /** The buddy works in the supported trust's sector (a similar context); null when not buddied. */
  buddySameSector?: Maybe<Scalars['Boolean']['output']>;
  /** Chief executives who started during the episode. */
  chiefExecutiveChanges: Scalars['Int']['output'];
  /** Days from placement to the first director appointment starting on or after it; null when none. */
  daysToDirector?: Maybe<Scalars['Int']['output']>;
  episode: SpecialMeasuresEpisode;
  exitType?: Maybe<ExitType>;
  /** Whole months in special measures, to exit or to today. */
  monthsInSpecialMeasures: Scalars['Int']['output'];
};

export type KeyQuestion =
  | 'CARING'
  | 'EFFECTIVE'
  | 'RESPONSIVE'
  | 'SAFE'
  | 'WELL_LED';

/** How often the overall rating equals one key question's rating. */
export type KeyQuestionAgreement = {
  __typename?: 'KeyQuestionAgreement';
  inspectionCount: Scalars['Int']['output'];
  keyQuestion: KeyQuestion;
  matchingOverall: Scalars['Int']['output'];
  /** matchingOverall / inspectionCount * 100, rounded half up to one decimal place; 0 when there are none. */
  percentage: Scalars['Float']['output'];
};

/** A key question's rating at one inspection, and how it moved since the trust's previous published inspection (null for the first). */
export type KeyQuestionRating = {
  __typename?: 'KeyQuestionRating';
  direction?: Maybe<Direction>;
  keyQuestion: KeyQuestion;
  rating: Rating;
};

export type LeadershipReview = Node & {
  __typename?: 'LeadershipReview';
  /** Confidential. Restricted. */
  findings?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  outcome: ReviewOutcome;
  reviewedOn: Scalars['Date']['output'];
  reviewer: OversightBody;
  scope: ReviewScope;
  trust: Trust;
};

export type LeadershipRole =
  | 'CHAIR'
  | 'CHIEF_EXECUTIVE'
  | 'DIRECTOR_OF_NURSING'
  | 'FINANCE_DIRECTOR'
  | 'MEDICAL_DIRECTOR';

export type LeadershipTenure = Node & {
  __typename?: 'LeadershipTenure';
  endedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  interim: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  role: LeadershipRole;
  startedOn: Scalars['Date']['output'];
  trust: Trust;
};

export type LocalSystem = Node & {
  __typename?: 'LocalSystem';
  code: Scalars['String']['output'];
  commissioners: Array<Commissioner>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  trusts: Array<Trust>;
};


export type LocalSystemCommissionersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LocalSystemTrustsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  addPlanAction: PlanAction;
  answerInformationRequest: InformationRequest;
  appointImprovementDirector: DirectorAppointment;
  approveIncentivePayment: IncentivePayment;
  /** Ask a trust for information. Joins the open or answered request with the same trust, topic and period if there is one. */
  askInformation: InformationRequest;
  /** MONITOR authorises an eligible NHS trust as a foundation trust. */
  authoriseFoundationTrust: Trust;
  claimReimbursement: ReimbursementClaim;
  createBuddyContract: BuddyContract;
  decideReimbursementClaim: ReimbursementClaim;
  endDirectorAppointment: DirectorAppointment;
  endLeadershipTenure: LeadershipTenure;
  exitSpecialMeasures: SpecialMeasuresEpisode;
  extendSpecialMeasures: SpecialMeasuresEpisode;
  markIncentivePaymentPaid: IncentivePayment;
  placeInSpecialMeasures: SpecialMeasuresEpisode;
  proposeIncentivePayment: IncentivePayment;
  publishInspection: Inspection;
  publishPlanUpdate: PlanUpdate;
  recordInspection: Inspection;
  recordLeadershipChange: LeadershipTenure;
  recordLeadershipReview: LeadershipReview;
  reportContractOutcome: ContractOutcome;
  setBuddyContractStatus: BuddyContract;
  setFinancialForecast: Trust;
  setFoundationAutonomySuspended: Trust;
  updatePlanAction: PlanAction;
  verifyContractOutcome: ContractOutcome;
  /** Withdraw the calling body's own ask; the request is WITHDRAWN when no asker remains. */
  withdrawInformationAsk: InformationRequest;
  withholdIncentivePayment: IncentivePayment;
};


export type MutationAddPlanActionArgs = {
  input: AddPlanActionInput;
};


export type MutationAnswerInformationRequestArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAppointImprovementDirectorArgs = {
  input: AppointImprovementDirectorInput;
};


export type MutationApproveIncentivePaymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAskInformationArgs = {
  input: AskInformationInput;
};


export type MutationAuthoriseFoundationTrustArgs = {
  authorisedOn: Scalars['Date']['input'];
  trustId: Scalars['ID']['input'];
};


export type MutationClaimReimbursementArgs = {
  input: ClaimReimbursementInput;
};


export type MutationCreateBuddyContractArgs = {
  input: CreateBuddyContractInput;
};


export type MutationDecideReimbursementClaimArgs = {
  id: Scalars['ID']['input'];
  status: ClaimStatus;
};


export type MutationEndDirectorAppointmentArgs = {
  endsOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEndLeadershipTenureArgs = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationExitSpecialMeasuresArgs = {
  input: ExitSpecialMeasuresInput;
};


export type MutationExtendSpecialMeasuresArgs = {
  episodeId: Scalars['ID']['input'];
};


export type MutationMarkIncentivePaymentPaidArgs = {
  id: Scalars['ID']['input'];
  paidOn: Scalars['Date']['input'];
};


export type MutationPlaceInSpecialMeasuresArgs = {
  input: PlaceInSpecialMeasuresInput;
};


export type MutationProposeIncentivePaymentArgs = {
  input: ProposeIncentivePaymentInput;
};


export type MutationPublishInspectionArgs = {
  id: Scalars['ID']['input'];
  publishedOn: Scalars['Date']['input'];
};


export type MutationPublishPlanUpdateArgs = {
  input: PublishPlanUpdateInput;
};


export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


export type MutationRecordLeadershipChangeArgs = {
  input: RecordLeadershipChangeInput;
};


export type MutationRecordLeadershipReviewArgs = {
  input: RecordLeadershipReviewInput;
};


export type MutationReportContractOutcomeArgs = {
  input: ReportContractOutcomeInput;
};


export type MutationSetBuddyContractStatusArgs = {
  id: Scalars['ID']['input'];
  status: ContractStatus;
  version: Scalars['Int']['input'];
};


export type MutationSetFinancialForecastArgs = {
  forecast: Scalars['Money']['input'];
  trustId: Scalars['ID']['input'];
};


export type MutationSetFoundationAutonomySuspendedArgs = {
  suspended: Scalars['Boolean']['input'];
  trustId: Scalars['ID']['input'];
};


export type MutationUpdatePlanActionArgs = {
  input: UpdatePlanActionInput;
};


export type MutationVerifyContractOutcomeArgs = {
  id: Scalars['ID']['input'];
  verification: OutcomeVerification;
};


export type MutationWithdrawInformationAskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithholdIncentivePaymentArgs = {
  id: Scalars['ID']['input'];
};

/** Any row the API serves by id (Relay's object identification): Query.node(id) finds it. */
export type Node = {
  id: Scalars['ID']['output'];
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PaymentStatus =
  | 'APPROVED'
  | 'PAID'
  | 'PROPOSED'
  | 'WITHHELD';

/** One CASL rule of the caller's ability, for clients that adapt their UI. */
export type PermissionRule = {
  __typename?: 'PermissionRule';
  action: Scalars['String']['output'];
  conditions?: Maybe<Scalars['JSON']['output']>;
  fields?: Maybe<Array<Scalars['String']['output']>>;
  inverted: Scalars['Boolean']['output'];
  subject: Scalars['String']['output'];
};

export type PlaceInSpecialMeasuresInput = {
  entryInspectionId?: InputMaybe<Scalars['ID']['input']>;
  placedOn: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  trustId: Scalars['ID']['input'];
};

export type PlanAction = Node & {
  __typename?: 'PlanAction';
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  keyQuestion: KeyQuestion;
  status: ActionStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** An action as it stood when a monthly update was published. */
export type PlanActionSnapshot = {
  __typename?: 'PlanActionSnapshot';
  action: PlanAction;
  dueOn: Scalars['Date']['output'];
  keyQuestion: KeyQuestion;
  status: ActionStatus;
  title: Scalars['String']['output'];
};

export type PlanUpdate = Node & {
  __typename?: 'PlanUpdate';
  /** The plan's actions as they stood when this update was published (frozen). */
  actions: Array<PlanActionSnapshot>;
  id: Scalars['ID']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
};


export type PlanUpdateActionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who the caller is, as the verified token says. */
export type Principal = {
  __typename?: 'Principal';
  /** CQC, MONITOR, TDA, a trust's ODS code, a commissioner's code or a director's code; null for PUBLIC. */
  organisation?: Maybe<Scalars['String']['output']>;
  role: Role;
  subject?: Maybe<Scalars['String']['output']>;
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

export type Query = {
  __typename?: 'Query';
  /** Newest first. */
  auditEvents: AuditEventConnection;
  buddyContract?: Maybe<BuddyContract>;
  /** Ordered by reference. */
  buddyContracts: BuddyContractConnection;
  /** Explain whether the caller may do ACTION (read, create, update) to SUBJECT (a type name), or to one row of it. */
  canI: AccessDecision;
  improvementDirectors: Array<ImprovementDirector>;
  informationRequest?: Maybe<InformationRequest>;
  /** Ordered by dueOn, then id. */
  informationRequests: InformationRequestConnection;
  inspection?: Maybe<Inspection>;
  /** Per episode placed in the range: the interventions it received and how it ended. */
  interventionOutcomes: Array<InterventionOutcome>;
  /** Per key question, the share of published inspections whose overall rating equals it (those the caller may read). */
  keyQuestionAgreement: Array<KeyQuestionAgreement>;
  localSystems: Array<LocalSystem>;
  me: Principal;
  /** Median whole months from placement to exit, over exited episodes; null when none. */
  medianMonthsToExit?: Maybe<Scalars['Float']['output']>;
  myPermissions: Array<PermissionRule>;
  /** A row the caller may read, by id, whatever its type; null when it does not exist or is hidden. */
  node?: Maybe<Node>;
  /** Per episode placed in the range: ratings at placement against the first published re-inspection. */
  oneYearOn: Array<EpisodeProgress>;
  /** Per trust, the asks made in the range and what the trust had to answer: heaviest burden first. */
  reportingBurden: Array<ReportingBurden>;
  /** Trusts entering and leaving special measures, per calendar year. */
  specialMeasuresByYear: Array<SpecialMeasuresYear>;
  /** Trusts in special measures now, the most overdue re-inspection first. */
  specialMeasuresStatus: Array<SpecialMeasuresStatus>;
  /** Exactly one of id and odsCode. */
  trust?: Maybe<Trust>;
  /** Ordered by orderBy, else by name; then id. first or last: 1 to 500, default 50. */
  trusts: TrustConnection;
  /** Every trust the caller may read as it stood on a date, by name; those in (or out of) special measures then if asked. */
  trustsOn: Array<TrustStatus>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBuddyContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBuddyContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCanIArgs = {
  action: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
};


export type QueryInformationRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInformationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InformationRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInterventionOutcomesArgs = {
  placedFrom?: InputMaybe<Scalars['Date']['input']>;
  placedTo?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryKeyQuestionAgreementArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  sector?: InputMaybe<Sector>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOneYearOnArgs = {
  placedFrom?: InputMaybe<Scalars['Date']['input']>;
  placedTo?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryReportingBurdenArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryTrustArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  odsCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTrustsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrustFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TrustOrderBy>>;
};


export type QueryTrustsOnArgs = {
  date: Scalars['Date']['input'];
  inSpecialMeasures?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Rating =
  | 'GOOD'
  | 'INADEQUATE'
  | 'OUTSTANDING'
  | 'REQUIRES_IMPROVEMENT';

/** One published inspection in a trust's rating history. */
export type RatingStep = {
  __typename?: 'RatingStep';
  inspection: Inspection;
  /** SAFE, EFFECTIVE, CARING, RESPONSIVE, WELL_LED, in that order. */
  keyQuestions: Array<KeyQuestionRating>;
  overall: Rating;
  overallDirection?: Maybe<Direction>;
  publishedOn: Scalars['Date']['output'];
};

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

/** One committed change. Query the subject by id for more; the caller sees it only where it may read that row. */
export type RegimeEvent = {
  __typename?: 'RegimeEvent';
  at: Scalars['DateTime']['output'];
  kind: RegimeEventKind;
  subjectId: Scalars['ID']['output'];
  /** The changed row's GraphQL type name and id. */
  subjectType: Scalars['String']['output'];
  /** Null where the caller may not read the trust. */
  trust?: Maybe<Trust>;
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

/** The partner trust's claim for its time in one month. */
export type ReimbursementClaim = Node & {
  __typename?: 'ReimbursementClaim';
  /** Restricted. */
  amount?: Maybe<Scalars['Money']['output']>;
  contract: BuddyContract;
  daysGiven: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  status: ClaimStatus;
  submittedAt: Scalars['DateTime']['output'];
};

export type ReportContractOutcomeInput = {
  achieved: Scalars['String']['input'];
  contractId: Scalars['ID']['input'];
  measure: Scalars['String']['input'];
  narrative?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
  target: Scalars['String']['input'];
};

/** A trust's reporting burden over a period: what bodies asked, and what it actually had to answer. */
export type ReportingBurden = {
  __typename?: 'ReportingBurden';
  answered: Scalars['Int']['output'];
  /** Asks made (one per body per request). */
  asked: Scalars['Int']['output'];
  /** Distinct requests those asks came to: what the trust answers. */
  distinct: Scalars['Int']['output'];
  /** asked minus distinct. */
  duplicatesAvoided: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  trust: Trust;
};

export type RequestAsker = Node & {
  __typename?: 'RequestAsker';
  askedOn: Scalars['Date']['output'];
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  organisation: Scalars['String']['output'];
  /** The asker's own wording. */
  question: Scalars['String']['output'];
  role: Role;
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

export type SpecialMeasuresEpisode = Node & {
  __typename?: 'SpecialMeasuresEpisode';
  active: Scalars['Boolean']['output'];
  entryInspection?: Maybe<Inspection>;
  exitInspection?: Maybe<Inspection>;
  exitType?: Maybe<ExitType>;
  exitedOn?: Maybe<Scalars['Date']['output']>;
  /** How many 6-month extensions were granted. */
  extensions: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  placedOn: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  /** placedOn plus 12 months, plus 6 months for each extension. */
  reinspectionDueOn: Scalars['Date']['output'];
  trust: Trust;
};

/** One trust in special measures now. */
export type SpecialMeasuresStatus = {
  __typename?: 'SpecialMeasuresStatus';
  /** Negative when re-inspection is overdue. */
  daysUntilReinspectionDue: Scalars['Int']['output'];
  episode: SpecialMeasuresEpisode;
  /** Whole months since placement. */
  monthsInSpecialMeasures: Scalars['Int']['output'];
  trust: Trust;
};

export type SpecialMeasuresYear = {
  __typename?: 'SpecialMeasuresYear';
  entered: Scalars['Int']['output'];
  exited: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Changes the caller may read, as each is committed, from any server process. Filtered by the same rules as every read. */
  regimeEvents: RegimeEvent;
};


export type SubscriptionRegimeEventsArgs = {
  kinds?: InputMaybe<Array<RegimeEventKind>>;
  trustId?: InputMaybe<Scalars['ID']['input']>;
};

export type Trust = Node & {
  __typename?: 'Trust';
  /** Foundation trust freedoms suspended while in special measures. */
  autonomySuspended: Scalars['Boolean']['output'];
  /** Contracts in which this trust is the one supported. */
  buddyContracts: Array<BuddyContract>;
  /** Chief executives in post at any time during the last 12 months (leadership stability). */
  chiefExecutivesInLast12Months: Scalars['Int']['output'];
  /** Overall rating of the latest published inspection. */
  currentRating?: Maybe<Rating>;
  /** Improvement director appointments in this trust, newest first. */
  directorAppointments: Array<DirectorAppointment>;
  /** Latest rating GOOD or OUTSTANDING, not in special measures, and an NHS trust. */
  eligibleForFoundationStatus: Scalars['Boolean']['output'];
  /** Forecast surplus (positive) or deficit (negative) for the financial year. Restricted. */
  financialForecast?: Maybe<Scalars['Money']['output']>;
  id: Scalars['ID']['output'];
  improvementPlan?: Maybe<ImprovementPlan>;
  inSpecialMeasures: Scalars['Boolean']['output'];
  /** Information requests put to this trust, by due date. */
  informationRequests: Array<InformationRequest>;
  inspections: Array<Inspection>;
  /** The trust's leaders, newest first: of one role if given; in post today (current) or not. */
  leaders: Array<LeadershipTenure>;
  leadershipReviews: Array<LeadershipReview>;
  localSystem: LocalSystem;
  /** Inadequate in at least two key questions, one of them well-led, at the latest inspection. */
  meetsSpecialMeasuresCriteria: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  odsCode: Scalars['String']['output'];
  /** MONITOR for a foundation trust, TDA for an NHS trust. */
  oversightBody: OversightBody;
  /** Contracts in which this trust is the buddy (partner) giving support. */
  partnerContracts: Array<BuddyContract>;
  /** Every published inspection, oldest first, with how each rating moved since the one before. */
  ratingHistory: Array<RatingStep>;
  sector: Sector;
  specialMeasuresEpisodes: Array<SpecialMeasuresEpisode>;
  /** The trust's standing on a past or present date, from what had been published and recorded by then. */
  statusOn: TrustStatus;
  type: TrustType;
};


export type TrustBuddyContractsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustDirectorAppointmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustInformationRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RequestStatus>;
};


export type TrustInspectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustLeadersArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<LeadershipRole>;
};


export type TrustLeadershipReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustPartnerContractsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustRatingHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustSpecialMeasuresEpisodesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TrustStatusOnArgs = {
  date: Scalars['Date']['input'];
};

export type TrustConnection = {
  __typename?: 'TrustConnection';
  edges: Array<TrustEdge>;
  nodes: Array<Trust>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrustEdge = {
  __typename?: 'TrustEdge';
  cursor: Scalars['String']['output'];
  node: Trust;
};

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

/** A trust's standing on one date, from the inspections published and the rows recorded by then. */
export type TrustStatus = {
  __typename?: 'TrustStatus';
  chiefExecutivesInLast12Months: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  /** The director whose appointment covered the date. */
  director?: Maybe<ImprovementDirector>;
  /** The episode active on the date. */
  episode?: Maybe<SpecialMeasuresEpisode>;
  inSpecialMeasures: Scalars['Boolean']['output'];
  meetsSpecialMeasuresCriteria: Scalars['Boolean']['output'];
  /** Overall rating of the latest inspection published on or before the date. */
  rating?: Maybe<Rating>;
  trust: Trust;
};

export type TrustType =
  | 'FOUNDATION_TRUST'
  | 'NHS_TRUST';

export type UpdatePlanActionInput = {
  actionId: Scalars['ID']['input'];
  status: ActionStatus;
  /** The version the caller last read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Principal', role: Role, organisation?: string | null, subject?: string | null } };

export type MyPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPermissionsQuery = { __typename?: 'Query', myPermissions: Array<{ __typename?: 'PermissionRule', action: string, subject: string, fields?: Array<string> | null, conditions?: unknown | null, inverted: boolean }> };

export type CanIQueryVariables = Exact<{
  action: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CanIQuery = { __typename?: 'Query', canI: { __typename?: 'AccessDecision', allowed: boolean, reason: string } };

export type ContractStateFragment = { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null };

export type CreateBuddyContractMutationVariables = Exact<{
  input: CreateBuddyContractInput;
}>;


export type CreateBuddyContractMutation = { __typename?: 'Mutation', createBuddyContract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } };

export type SetBuddyContractStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: ContractStatus;
  version: Scalars['Int']['input'];
}>;


export type SetBuddyContractStatusMutation = { __typename?: 'Mutation', setBuddyContractStatus: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } };

export type ReportContractOutcomeMutationVariables = Exact<{
  input: ReportContractOutcomeInput;
}>;


export type ReportContractOutcomeMutation = { __typename?: 'Mutation', reportContractOutcome: { __typename?: 'ContractOutcome', id: string, period: string, measure: string, target: string, achieved: string, narrative?: string | null, reportedAt: string, verification: OutcomeVerification, contract: { __typename?: 'BuddyContract', id: string, status: ContractStatus } } };

export type VerifyContractOutcomeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  verification: OutcomeVerification;
}>;


export type VerifyContractOutcomeMutation = { __typename?: 'Mutation', verifyContractOutcome: { __typename?: 'ContractOutcome', id: string, period: string, measure: string, verification: OutcomeVerification } };

export type PaymentStateFragment = { __typename?: 'IncentivePayment', id: string, amount?: string | null, status: PaymentStatus, approvedAt?: string | null, paidOn?: string | null, outcome: { __typename?: 'ContractOutcome', id: string, verification: OutcomeVerification }, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } };

export type ProposeIncentivePaymentMutationVariables = Exact<{
  input: ProposeIncentivePaymentInput;
}>;


export type ProposeIncentivePaymentMutation = { __typename?: 'Mutation', proposeIncentivePayment: { __typename?: 'IncentivePayment', id: string, amount?: string | null, status: PaymentStatus, approvedAt?: string | null, paidOn?: string | null, outcome: { __typename?: 'ContractOutcome', id: string, verification: OutcomeVerification }, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } } };

export type ApproveIncentivePaymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveIncentivePaymentMutation = { __typename?: 'Mutation', approveIncentivePayment: { __typename?: 'IncentivePayment', id: string, amount?: string | null, status: PaymentStatus, approvedAt?: string | null, paidOn?: string | null, outcome: { __typename?: 'ContractOutcome', id: string, verification: OutcomeVerification }, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } } };

export type WithholdIncentivePaymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithholdIncentivePaymentMutation = { __typename?: 'Mutation', withholdIncentivePayment: { __typename?: 'IncentivePayment', id: string, amount?: string | null, status: PaymentStatus, approvedAt?: string | null, paidOn?: string | null, outcome: { __typename?: 'ContractOutcome', id: string, verification: OutcomeVerification }, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } } };

export type MarkIncentivePaymentPaidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  paidOn: Scalars['Date']['input'];
}>;


export type MarkIncentivePaymentPaidMutation = { __typename?: 'Mutation', markIncentivePaymentPaid: { __typename?: 'IncentivePayment', id: string, amount?: string | null, status: PaymentStatus, approvedAt?: string | null, paidOn?: string | null, outcome: { __typename?: 'ContractOutcome', id: string, verification: OutcomeVerification }, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } } };

export type ClaimStateFragment = { __typename?: 'ReimbursementClaim', id: string, period: string, daysGiven: number, amount?: string | null, status: ClaimStatus, submittedAt: string, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } };

export type ClaimReimbursementMutationVariables = Exact<{
  input: ClaimReimbursementInput;
}>;


export type ClaimReimbursementMutation = { __typename?: 'Mutation', claimReimbursement: { __typename?: 'ReimbursementClaim', id: string, period: string, daysGiven: number, amount?: string | null, status: ClaimStatus, submittedAt: string, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } } };

export type DecideReimbursementClaimMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: ClaimStatus;
}>;


export type DecideReimbursementClaimMutation = { __typename?: 'Mutation', decideReimbursementClaim: { __typename?: 'ReimbursementClaim', id: string, period: string, daysGiven: number, amount?: string | null, status: ClaimStatus, submittedAt: string, contract: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } } };

export type ContractWithPartsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractWithPartsQuery = { __typename?: 'Query', buddyContract?: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, outcomes: Array<{ __typename?: 'ContractOutcome', id: string, period: string, measure: string, verification: OutcomeVerification }>, payments: Array<{ __typename?: 'IncentivePayment', id: string, amount?: string | null, status: PaymentStatus, outcome: { __typename?: 'ContractOutcome', id: string } }>, reimbursementClaims: Array<{ __typename?: 'ReimbursementClaim', id: string, period: string, daysGiven: number, amount?: string | null, status: ClaimStatus }>, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null } | null };

export type ContractWithMoneyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractWithMoneyQuery = { __typename?: 'Query', buddyContract?: { __typename?: 'BuddyContract', id: string, incentiveFund?: string | null, payments: Array<{ __typename?: 'IncentivePayment', id: string, amount?: string | null }> } | null };

export type ContractsWithMoneyQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractsWithMoneyQuery = { __typename?: 'Query', buddyContracts: { __typename?: 'BuddyContractConnection', totalCount: number, nodes: Array<{ __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, version: number, contractingBody: OversightBody, startsOn: string, endsOn: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, outcomes: Array<{ __typename?: 'ContractOutcome', id: string }>, payments: Array<{ __typename?: 'IncentivePayment', id: string, amount?: string | null, status: PaymentStatus }>, reimbursementClaims: Array<{ __typename?: 'ReimbursementClaim', id: string, amount?: string | null, status: ClaimStatus }>, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null }> } };

export type ContractPageQueryVariables = Exact<{
  filter?: InputMaybe<ContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContractPageQuery = { __typename?: 'Query', buddyContracts: { __typename?: 'BuddyContractConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, contractingBody: OversightBody, startsOn: string, endsOn: string, version: number, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, odsCode: string } | null }> } };

export type ContractDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractDetailQuery = { __typename?: 'Query', buddyContract?: { __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, outcomes: Array<{ __typename?: 'ContractOutcome', id: string, period: string, measure: string, verification: OutcomeVerification }>, payments: Array<{ __typename?: 'IncentivePayment', id: string, status: PaymentStatus, amount?: string | null }>, reimbursementClaims: Array<{ __typename?: 'ReimbursementClaim', id: string, period: string, status: ClaimStatus, amount?: string | null }> } | null };

export type ContractsWithEverythingQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContractsWithEverythingQuery = { __typename?: 'Query', buddyContracts: { __typename?: 'BuddyContractConnection', totalCount: number, nodes: Array<{ __typename?: 'BuddyContract', reference: string, contractingBody: OversightBody, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', id: string, name: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, name: string } | null, outcomes: Array<{ __typename?: 'ContractOutcome', measure: string, verification: OutcomeVerification, contract: { __typename?: 'BuddyContract', id: string } }>, payments: Array<{ __typename?: 'IncentivePayment', status: PaymentStatus, amount?: string | null, outcome: { __typename?: 'ContractOutcome', measure: string }, contract: { __typename?: 'BuddyContract', id: string } }>, reimbursementClaims: Array<{ __typename?: 'ReimbursementClaim', period: string, amount?: string | null, contract: { __typename?: 'BuddyContract', id: string } }> }> } };

export type TrustFactsQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustFactsQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, odsCode: string, currentRating?: Rating | null, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, improvementPlan?: { __typename?: 'ImprovementPlan', id: string, updateOverdue: boolean } | null } | null };

export type TrustInformationRequestsQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
  status?: InputMaybe<RequestStatus>;
}>;


export type TrustInformationRequestsQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, odsCode: string, informationRequests: Array<{ __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> }> } | null };

export type TrustsWithInformationRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RequestStatus>;
}>;


export type TrustsWithInformationRequestsQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, informationRequests: Array<{ __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> }> }> } };

export type RequestStateFragment = { __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> };

export type AskInformationMutationVariables = Exact<{
  input: AskInformationInput;
}>;


export type AskInformationMutation = { __typename?: 'Mutation', askInformation: { __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> } };

export type AnswerInformationRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type AnswerInformationRequestMutation = { __typename?: 'Mutation', answerInformationRequest: { __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> } };

export type WithdrawInformationAskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawInformationAskMutation = { __typename?: 'Mutation', withdrawInformationAsk: { __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> } };

export type InformationRequestsQueryVariables = Exact<{
  filter?: InputMaybe<InformationRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InformationRequestsQuery = { __typename?: 'Query', informationRequests: { __typename?: 'InformationRequestConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> }> } };

export type InformationRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InformationRequestQuery = { __typename?: 'Query', informationRequest?: { __typename?: 'InformationRequest', id: string, topic: RequestTopic, period: string, dueOn: string, status: RequestStatus, answer?: string | null, answeredOn?: string | null, overdue: boolean, version: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, askers: Array<{ __typename?: 'RequestAsker', role: Role, organisation: string, askedOn: string, question: string, dueOn: string }> } | null };

export type ReportingBurdenQueryVariables = Exact<{
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ReportingBurdenQuery = { __typename?: 'Query', reportingBurden: Array<{ __typename?: 'ReportingBurden', asked: number, distinct: number, duplicatesAvoided: number, answered: number, overdue: number, trust: { __typename?: 'Trust', odsCode: string } }> };

export type AppointImprovementDirectorMutationVariables = Exact<{
  input: AppointImprovementDirectorInput;
}>;


export type AppointImprovementDirectorMutation = { __typename?: 'Mutation', appointImprovementDirector: { __typename?: 'DirectorAppointment', id: string, startsOn: string, endsOn?: string | null, director: { __typename?: 'ImprovementDirector', id: string, code: string, accountableTo: OversightBody }, trust?: { __typename?: 'Trust', id: string, odsCode: string } | null } };

export type EndDirectorAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  endsOn: Scalars['Date']['input'];
}>;


export type EndDirectorAppointmentMutation = { __typename?: 'Mutation', endDirectorAppointment: { __typename?: 'DirectorAppointment', id: string, startsOn: string, endsOn?: string | null, director: { __typename?: 'ImprovementDirector', code: string } } };

export type RecordLeadershipReviewMutationVariables = Exact<{
  input: RecordLeadershipReviewInput;
}>;


export type RecordLeadershipReviewMutation = { __typename?: 'Mutation', recordLeadershipReview: { __typename?: 'LeadershipReview', id: string, reviewedOn: string, reviewer: OversightBody, scope: ReviewScope, outcome: ReviewOutcome, findings?: string | null, trust: { __typename?: 'Trust', id: string, odsCode: string } } };

export type RecordLeadershipChangeMutationVariables = Exact<{
  input: RecordLeadershipChangeInput;
}>;


export type RecordLeadershipChangeMutation = { __typename?: 'Mutation', recordLeadershipChange: { __typename?: 'LeadershipTenure', id: string, role: LeadershipRole, name: string, startedOn: string, endedOn?: string | null, interim: boolean, trust: { __typename?: 'Trust', id: string, odsCode: string } } };

export type EndLeadershipTenureMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  endedOn: Scalars['Date']['input'];
}>;


export type EndLeadershipTenureMutation = { __typename?: 'Mutation', endLeadershipTenure: { __typename?: 'LeadershipTenure', id: string, role: LeadershipRole, name: string, startedOn: string, endedOn?: string | null, interim: boolean } };

export type SetFoundationAutonomySuspendedMutationVariables = Exact<{
  trustId: Scalars['ID']['input'];
  suspended: Scalars['Boolean']['input'];
}>;


export type SetFoundationAutonomySuspendedMutation = { __typename?: 'Mutation', setFoundationAutonomySuspended: { __typename?: 'Trust', id: string, odsCode: string, type: TrustType, autonomySuspended: boolean } };

export type AuthoriseFoundationTrustMutationVariables = Exact<{
  trustId: Scalars['ID']['input'];
  authorisedOn: Scalars['Date']['input'];
}>;


export type AuthoriseFoundationTrustMutation = { __typename?: 'Mutation', authoriseFoundationTrust: { __typename?: 'Trust', id: string, odsCode: string, type: TrustType, oversightBody: OversightBody } };

export type SetFinancialForecastMutationVariables = Exact<{
  trustId: Scalars['ID']['input'];
  forecast: Scalars['Money']['input'];
}>;


export type SetFinancialForecastMutation = { __typename?: 'Mutation', setFinancialForecast: { __typename?: 'Trust', id: string, odsCode: string, financialForecast?: string | null } };

export type TrustLeadersQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
  role?: InputMaybe<LeadershipRole>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type TrustLeadersQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, chiefExecutivesInLast12Months: number, leaders: Array<{ __typename?: 'LeadershipTenure', id: string, role: LeadershipRole, name: string, startedOn: string, endedOn?: string | null, interim: boolean }> } | null };

export type TrustFoundationStateQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustFoundationStateQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, type: TrustType, oversightBody: OversightBody, currentRating?: Rating | null, inSpecialMeasures: boolean, eligibleForFoundationStatus: boolean, autonomySuspended: boolean } | null };

export type TrustConfidentialQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustConfidentialQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, financialForecast?: string | null, leadershipReviews: Array<{ __typename?: 'LeadershipReview', id: string, findings?: string | null }> } | null };

export type TrustsFoundationFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustsFoundationFactsQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, type: TrustType, oversightBody: OversightBody, currentRating?: Rating | null, inSpecialMeasures: boolean, eligibleForFoundationStatus: boolean, autonomySuspended: boolean }> } };

export type TrustStateQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustStateQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, odsCode: string, inSpecialMeasures: boolean, autonomySuspended: boolean, currentRating?: Rating | null, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string, reason: string, extensions: number, reinspectionDueOn: string, exitedOn?: string | null, exitType?: ExitType | null, active: boolean, entryInspection?: { __typename?: 'Inspection', id: string } | null, exitInspection?: { __typename?: 'Inspection', id: string } | null }>, directorAppointments: Array<{ __typename?: 'DirectorAppointment', id: string, startsOn: string, endsOn?: string | null, director: { __typename?: 'ImprovementDirector', code: string } }> } | null };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { __typename?: 'Mutation', recordInspection: { __typename?: 'Inspection', id: string, inspectedOn: string, publishedOn?: string | null, overall: Rating, wellLed: Rating, recommendation: InspectionRecommendation, trust: { __typename?: 'Trust', id: string } } };

export type PublishInspectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  publishedOn: Scalars['Date']['input'];
}>;


export type PublishInspectionMutation = { __typename?: 'Mutation', publishInspection: { __typename?: 'Inspection', id: string, publishedOn?: string | null } };

export type PlaceInSpecialMeasuresMutationVariables = Exact<{
  input: PlaceInSpecialMeasuresInput;
}>;


export type PlaceInSpecialMeasuresMutation = { __typename?: 'Mutation', placeInSpecialMeasures: { __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string, reason: string, reinspectionDueOn: string, extensions: number, active: boolean, entryInspection?: { __typename?: 'Inspection', id: string } | null, trust: { __typename?: 'Trust', id: string, inSpecialMeasures: boolean } } };

export type ExtendSpecialMeasuresMutationVariables = Exact<{
  episodeId: Scalars['ID']['input'];
}>;


export type ExtendSpecialMeasuresMutation = { __typename?: 'Mutation', extendSpecialMeasures: { __typename?: 'SpecialMeasuresEpisode', id: string, extensions: number, reinspectionDueOn: string, active: boolean } };

export type ExitSpecialMeasuresMutationVariables = Exact<{
  input: ExitSpecialMeasuresInput;
}>;


export type ExitSpecialMeasuresMutation = { __typename?: 'Mutation', exitSpecialMeasures: { __typename?: 'SpecialMeasuresEpisode', id: string, exitedOn?: string | null, exitType?: ExitType | null, active: boolean, exitInspection?: { __typename?: 'Inspection', id: string } | null, trust: { __typename?: 'Trust', id: string, inSpecialMeasures: boolean, autonomySuspended: boolean, directorAppointments: Array<{ __typename?: 'DirectorAppointment', endsOn?: string | null }> } } };

export type AddPlanActionMutationVariables = Exact<{
  input: AddPlanActionInput;
}>;


export type AddPlanActionMutation = { __typename?: 'Mutation', addPlanAction: { __typename?: 'PlanAction', id: string, title: string, keyQuestion: KeyQuestion, dueOn: string, status: ActionStatus, version: number } };

export type UpdatePlanActionMutationVariables = Exact<{
  input: UpdatePlanActionInput;
}>;


export type UpdatePlanActionMutation = { __typename?: 'Mutation', updatePlanAction: { __typename?: 'PlanAction', id: string, title: string, keyQuestion: KeyQuestion, dueOn: string, status: ActionStatus, version: number } };

export type PublishPlanUpdateMutationVariables = Exact<{
  input: PublishPlanUpdateInput;
}>;


export type PublishPlanUpdateMutation = { __typename?: 'Mutation', publishPlanUpdate: { __typename?: 'PlanUpdate', id: string, month: string, summary: string, publishedAt: string } };

export type TrustPlanQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustPlanQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, odsCode: string, improvementPlan?: { __typename?: 'ImprovementPlan', id: string, updateOverdue: boolean, trust: { __typename?: 'Trust', id: string, odsCode: string }, actions: Array<{ __typename?: 'PlanAction', id: string, title: string, keyQuestion: KeyQuestion, dueOn: string, status: ActionStatus, version: number }>, updates: Array<{ __typename?: 'PlanUpdate', id: string, month: string, summary: string, publishedAt: string }> } | null } | null };

export type AllTrustPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type AllTrustPlansQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, improvementPlan?: { __typename?: 'ImprovementPlan', id: string, updateOverdue: boolean, actions: Array<{ __typename?: 'PlanAction', id: string, title: string, status: ActionStatus, version: number }>, updates: Array<{ __typename?: 'PlanUpdate', id: string, month: string, summary: string }> } | null }> } };

export type AgreementByKeyQuestionQueryVariables = Exact<{
  sector?: InputMaybe<Sector>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
}>;


export type AgreementByKeyQuestionQuery = { __typename?: 'Query', keyQuestionAgreement: Array<{ __typename?: 'KeyQuestionAgreement', keyQuestion: KeyQuestion, inspectionCount: number, matchingOverall: number, percentage: number }> };

export type SpecialMeasuresFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialMeasuresFiguresQuery = { __typename?: 'Query', medianMonthsToExit?: number | null, specialMeasuresStatus: Array<{ __typename?: 'SpecialMeasuresStatus', monthsInSpecialMeasures: number, daysUntilReinspectionDue: number, trust: { __typename?: 'Trust', id: string, odsCode: string, name: string }, episode: { __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string, extensions: number, reinspectionDueOn: string, active: boolean } }>, specialMeasuresByYear: Array<{ __typename?: 'SpecialMeasuresYear', year: number, entered: number, exited: number }> };

export type AuditEventPageQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventPageQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEvent', id: string, at: string, subject: string, role: Role, organisation?: string | null, action: string, entity: string, entityId: string, changes?: unknown | null }> } };

export type AuditedForecastMutationVariables = Exact<{
  trustId: Scalars['ID']['input'];
  forecast: Scalars['Money']['input'];
}>;


export type AuditedForecastMutation = { __typename?: 'Mutation', setFinancialForecast: { __typename?: 'Trust', id: string, financialForecast?: string | null } };

export type AuditedReviewMutationVariables = Exact<{
  input: RecordLeadershipReviewInput;
}>;


export type AuditedReviewMutation = { __typename?: 'Mutation', recordLeadershipReview: { __typename?: 'LeadershipReview', id: string } };

export type AuditedClaimMutationVariables = Exact<{
  input: ClaimReimbursementInput;
}>;


export type AuditedClaimMutation = { __typename?: 'Mutation', claimReimbursement: { __typename?: 'ReimbursementClaim', id: string } };

export type TrustListingQueryVariables = Exact<{
  filter?: InputMaybe<TrustFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrustListingQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, name: string, type: TrustType, sector: Sector, oversightBody: OversightBody, currentRating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, eligibleForFoundationStatus: boolean, autonomySuspended: boolean, chiefExecutivesInLast12Months: number, localSystem: { __typename?: 'LocalSystem', code: string } }> } };

export type TrustEpisodesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustEpisodesQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string, extensions: number, reinspectionDueOn: string, exitedOn?: string | null, active: boolean }> }> } };

export type LocalSystemsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalSystemsQuery = { __typename?: 'Query', localSystems: Array<{ __typename?: 'LocalSystem', id: string, code: string, name: string, trusts: Array<{ __typename?: 'Trust', id: string, odsCode: string }>, commissioners: Array<{ __typename?: 'Commissioner', code: string, name: string, localSystem: { __typename?: 'LocalSystem', code: string } }> }> };

export type ImprovementDirectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImprovementDirectorsQuery = { __typename?: 'Query', improvementDirectors: Array<{ __typename?: 'ImprovementDirector', id: string, code: string, name: string, accountableTo: OversightBody, appointments: Array<{ __typename?: 'DirectorAppointment', startsOn: string, endsOn?: string | null, trust?: { __typename?: 'Trust', id: string, odsCode: string } | null }> }> };

export type InspectionByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionByIdQuery = { __typename?: 'Query', inspection?: { __typename?: 'Inspection', id: string, inspectedOn: string, publishedOn?: string | null, overall: Rating, recommendation: InspectionRecommendation, trust: { __typename?: 'Trust', id: string, odsCode: string } } | null };

export type TrustForecastQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustForecastQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, odsCode: string, financialForecast?: string | null } | null };

export type TrustReviewsQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustReviewsQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, leadershipReviews: Array<{ __typename?: 'LeadershipReview', id: string, outcome: ReviewOutcome, reviewer: OversightBody, findings?: string | null }> } | null };

export type TrustInspectionListQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustInspectionListQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, inspections: Array<{ __typename?: 'Inspection', id: string, publishedOn?: string | null }> } | null };

export type TrustPublicViewQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustPublicViewQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, odsCode: string, name: string, currentRating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, eligibleForFoundationStatus: boolean, autonomySuspended: boolean, chiefExecutivesInLast12Months: number, localSystem: { __typename?: 'LocalSystem', code: string }, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string }>, directorAppointments: Array<{ __typename?: 'DirectorAppointment', id: string, director: { __typename?: 'ImprovementDirector', code: string } }>, leaders: Array<{ __typename?: 'LeadershipTenure', id: string, role: LeadershipRole }>, improvementPlan?: { __typename?: 'ImprovementPlan', id: string, actions: Array<{ __typename?: 'PlanAction', id: string }>, updates: Array<{ __typename?: 'PlanUpdate', id: string }> } | null, buddyContracts: Array<{ __typename?: 'BuddyContract', id: string }>, partnerContracts: Array<{ __typename?: 'BuddyContract', id: string }>, leadershipReviews: Array<{ __typename?: 'LeadershipReview', id: string }> } | null };

export type TrustContractListsQueryVariables = Exact<{
  odsCode: Scalars['String']['input'];
}>;


export type TrustContractListsQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, buddyContracts: Array<{ __typename?: 'BuddyContract', id: string, reference: string }>, partnerContracts: Array<{ __typename?: 'BuddyContract', id: string, reference: string }> } | null };

export type ContractMoneyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractMoneyQuery = { __typename?: 'Query', buddyContract?: { __typename?: 'BuddyContract', id: string, reference: string, reimbursementCap?: string | null, incentiveFund?: string | null, incentiveApproved?: string | null, incentivePaid?: string | null, reimbursed?: string | null, supportedTrust?: { __typename?: 'Trust', odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', odsCode: string } | null } | null };

export type ContractListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContractListQuery = { __typename?: 'Query', buddyContracts: { __typename?: 'BuddyContractConnection', totalCount: number, nodes: Array<{ __typename?: 'BuddyContract', id: string, reference: string, supportedTrust?: { __typename?: 'Trust', odsCode: string } | null, partnerTrust?: { __typename?: 'Trust', odsCode: string } | null }> } };

export type TrustCodesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TrustCodesQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', totalCount: number, nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, localSystem: { __typename?: 'LocalSystem', code: string } }> } };

export type PublishOnVariableDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  publishedOn: Scalars['Date']['input'];
}>;


export type PublishOnVariableDateMutation = { __typename?: 'Mutation', publishInspection: { __typename?: 'Inspection', id: string } };

export type PublishOnImpossibleLiteralDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishOnImpossibleLiteralDateMutation = { __typename?: 'Mutation', publishInspection: { __typename?: 'Inspection', id: string } };

export type StepFragment = { __typename?: 'RatingStep', publishedOn: string, overall: Rating, overallDirection?: Direction | null, inspection: { __typename?: 'Inspection', id: string, inspectedOn: string }, keyQuestions: Array<{ __typename?: 'KeyQuestionRating', keyQuestion: KeyQuestion, rating: Rating, direction?: Direction | null }> };

export type StandingFragment = { __typename?: 'TrustStatus', date: string, rating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, episode?: { __typename?: 'SpecialMeasuresEpisode', id: string } | null, director?: { __typename?: 'ImprovementDirector', id: string, code: string } | null };

export type RatingHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RatingHistoryQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', odsCode: string, ratingHistory: Array<{ __typename?: 'RatingStep', publishedOn: string, overall: Rating, overallDirection?: Direction | null, inspection: { __typename?: 'Inspection', id: string, inspectedOn: string }, keyQuestions: Array<{ __typename?: 'KeyQuestionRating', keyQuestion: KeyQuestion, rating: Rating, direction?: Direction | null }> }> } | null };

export type TrustsOnQueryVariables = Exact<{
  date: Scalars['Date']['input'];
  inSpecialMeasures?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type TrustsOnQuery = { __typename?: 'Query', trustsOn: Array<{ __typename?: 'TrustStatus', date: string, rating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, episode?: { __typename?: 'SpecialMeasuresEpisode', id: string } | null, director?: { __typename?: 'ImprovementDirector', id: string, code: string } | null }> };

export type StatusOnAndLiveQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  date: Scalars['Date']['input'];
}>;


export type StatusOnAndLiveQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, currentRating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', id: string, active: boolean }>, directorAppointments: Array<{ __typename?: 'DirectorAppointment', startsOn: string, endsOn?: string | null, director: { __typename?: 'ImprovementDirector', id: string, code: string } }>, statusOn: { __typename?: 'TrustStatus', date: string, rating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, episode?: { __typename?: 'SpecialMeasuresEpisode', id: string } | null, director?: { __typename?: 'ImprovementDirector', id: string, code: string } | null } }> } };

export type OneYearOnQueryVariables = Exact<{
  placedFrom?: InputMaybe<Scalars['Date']['input']>;
  placedTo?: InputMaybe<Scalars['Date']['input']>;
}>;


export type OneYearOnQuery = { __typename?: 'Query', oneYearOn: Array<{ __typename?: 'EpisodeProgress', improved: number, declined: number, monthsToReinspection?: number | null, episode: { __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string, trust: { __typename?: 'Trust', odsCode: string } }, atPlacement?: { __typename?: 'RatingStep', publishedOn: string, overall: Rating, overallDirection?: Direction | null, inspection: { __typename?: 'Inspection', id: string, inspectedOn: string }, keyQuestions: Array<{ __typename?: 'KeyQuestionRating', keyQuestion: KeyQuestion, rating: Rating, direction?: Direction | null }> } | null, atReinspection?: { __typename?: 'RatingStep', publishedOn: string, overall: Rating, overallDirection?: Direction | null, inspection: { __typename?: 'Inspection', id: string, inspectedOn: string }, keyQuestions: Array<{ __typename?: 'KeyQuestionRating', keyQuestion: KeyQuestion, rating: Rating, direction?: Direction | null }> } | null }> };

export type InterventionOutcomesQueryVariables = Exact<{
  placedFrom?: InputMaybe<Scalars['Date']['input']>;
  placedTo?: InputMaybe<Scalars['Date']['input']>;
}>;


export type InterventionOutcomesQuery = { __typename?: 'Query', interventionOutcomes: Array<{ __typename?: 'InterventionOutcome', buddied: boolean, buddySameSector?: boolean | null, daysToDirector?: number | null, chiefExecutiveChanges: number, monthsInSpecialMeasures: number, exitType?: ExitType | null, episode: { __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string, exitedOn?: string | null, trust: { __typename?: 'Trust', odsCode: string } } }> };

export type PlanUpdatesWithActionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanUpdatesWithActionsQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', improvementPlan?: { __typename?: 'ImprovementPlan', actions: Array<{ __typename?: 'PlanAction', id: string, title: string, status: ActionStatus, dueOn: string, keyQuestion: KeyQuestion }>, updates: Array<{ __typename?: 'PlanUpdate', id: string, month: string, actions: Array<{ __typename?: 'PlanActionSnapshot', title: string, keyQuestion: KeyQuestion, dueOn: string, status: ActionStatus, action: { __typename?: 'PlanAction', id: string } }> }> } | null } | null };

export type EverythingOverTimeQueryVariables = Exact<{
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
}>;


export type EverythingOverTimeQuery = { __typename?: 'Query', trustsOn: Array<{ __typename?: 'TrustStatus', date: string, rating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, episode?: { __typename?: 'SpecialMeasuresEpisode', id: string } | null, director?: { __typename?: 'ImprovementDirector', id: string, code: string } | null }>, oneYearOn: Array<{ __typename?: 'EpisodeProgress', improved: number, episode: { __typename?: 'SpecialMeasuresEpisode', id: string }, atPlacement?: { __typename?: 'RatingStep', publishedOn: string, overall: Rating, overallDirection?: Direction | null, inspection: { __typename?: 'Inspection', id: string, inspectedOn: string }, keyQuestions: Array<{ __typename?: 'KeyQuestionRating', keyQuestion: KeyQuestion, rating: Rating, direction?: Direction | null }> } | null, atReinspection?: { __typename?: 'RatingStep', publishedOn: string, overall: Rating, overallDirection?: Direction | null, inspection: { __typename?: 'Inspection', id: string, inspectedOn: string }, keyQuestions: Array<{ __typename?: 'KeyQuestionRating', keyQuestion: KeyQuestion, rating: Rating, direction?: Direction | null }> } | null }>, interventionOutcomes: Array<{ __typename?: 'InterventionOutcome', buddied: boolean, daysToDirector?: number | null, episode: { __typename?: 'SpecialMeasuresEpisode', id: string } }>, trust?: { __typename?: 'Trust', ratingHistory: Array<{ __typename?: 'RatingStep', publishedOn: string, overall: Rating, overallDirection?: Direction | null, inspection: { __typename?: 'Inspection', id: string, inspectedOn: string }, keyQuestions: Array<{ __typename?: 'KeyQuestionRating', keyQuestion: KeyQuestion, rating: Rating, direction?: Direction | null }> }>, statusOn: { __typename?: 'TrustStatus', date: string, rating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, trust: { __typename?: 'Trust', id: string, odsCode: string }, episode?: { __typename?: 'SpecialMeasuresEpisode', id: string } | null, director?: { __typename?: 'ImprovementDirector', id: string, code: string } | null }, improvementPlan?: { __typename?: 'ImprovementPlan', updates: Array<{ __typename?: 'PlanUpdate', actions: Array<{ __typename?: 'PlanActionSnapshot', status: ActionStatus, action: { __typename?: 'PlanAction', id: string } }> }> } | null } | null };

export type TrustPageQueryVariables = Exact<{
  filter?: InputMaybe<TrustFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrustPageQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Trust', id: string, odsCode: string, name: string, type: TrustType, sector: Sector, oversightBody: OversightBody, currentRating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, eligibleForFoundationStatus: boolean, autonomySuspended: boolean, chiefExecutivesInLast12Months: number }> } };

export type TrustDetailQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  odsCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrustDetailQuery = { __typename?: 'Query', trust?: { __typename?: 'Trust', id: string, odsCode: string, name: string, type: TrustType, oversightBody: OversightBody, currentRating?: Rating | null, inSpecialMeasures: boolean, financialForecast?: string | null, localSystem: { __typename?: 'LocalSystem', code: string, name: string }, inspections: Array<{ __typename?: 'Inspection', id: string, inspectedOn: string, publishedOn?: string | null, overall: Rating, wellLed: Rating, recommendation: InspectionRecommendation }>, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', id: string, placedOn: string, reinspectionDueOn: string, extensions: number, exitedOn?: string | null, exitType?: ExitType | null, active: boolean }>, buddyContracts: Array<{ __typename?: 'BuddyContract', id: string, reference: string, status: ContractStatus, incentiveFund?: string | null }>, partnerContracts: Array<{ __typename?: 'BuddyContract', id: string, reference: string }>, directorAppointments: Array<{ __typename?: 'DirectorAppointment', id: string, startsOn: string, endsOn?: string | null, director: { __typename?: 'ImprovementDirector', code: string, accountableTo: OversightBody } }>, leadershipReviews: Array<{ __typename?: 'LeadershipReview', id: string, reviewer: OversightBody, outcome: ReviewOutcome, findings?: string | null }>, leaders: Array<{ __typename?: 'LeadershipTenure', role: LeadershipRole, name: string, interim: boolean }>, improvementPlan?: { __typename?: 'ImprovementPlan', updateOverdue: boolean, actions: Array<{ __typename?: 'PlanAction', title: string, status: ActionStatus }>, updates: Array<{ __typename?: 'PlanUpdate', month: string }> } | null } | null };

export type TrustsWithEverythingQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TrustsWithEverythingQuery = { __typename?: 'Query', trusts: { __typename?: 'TrustConnection', totalCount: number, nodes: Array<{ __typename?: 'Trust', id: string, name: string, currentRating?: Rating | null, inSpecialMeasures: boolean, meetsSpecialMeasuresCriteria: boolean, chiefExecutivesInLast12Months: number, localSystem: { __typename?: 'LocalSystem', code: string, commissioners: Array<{ __typename?: 'Commissioner', code: string }> }, inspections: Array<{ __typename?: 'Inspection', id: string, overall: Rating, trust: { __typename?: 'Trust', id: string } }>, specialMeasuresEpisodes: Array<{ __typename?: 'SpecialMeasuresEpisode', id: string, reinspectionDueOn: string, entryInspection?: { __typename?: 'Inspection', id: string } | null, exitInspection?: { __typename?: 'Inspection', id: string } | null }>, buddyContracts: Array<{ __typename?: 'BuddyContract', reference: string, contractingBody: OversightBody, supportedTrust?: { __typename?: 'Trust', id: string } | null, partnerTrust?: { __typename?: 'Trust', id: string, name: string } | null, outcomes: Array<{ __typename?: 'ContractOutcome', measure: string, verification: OutcomeVerification }>, payments: Array<{ __typename?: 'IncentivePayment', status: PaymentStatus, outcome: { __typename?: 'ContractOutcome', measure: string } }>, reimbursementClaims: Array<{ __typename?: 'ReimbursementClaim', period: string, status: ClaimStatus }> }>, partnerContracts: Array<{ __typename?: 'BuddyContract', reference: string }>, directorAppointments: Array<{ __typename?: 'DirectorAppointment', startsOn: string, director: { __typename?: 'ImprovementDirector', code: string, appointments: Array<{ __typename?: 'DirectorAppointment', startsOn: string, trust?: { __typename?: 'Trust', id: string } | null }> } }>, leadershipReviews: Array<{ __typename?: 'LeadershipReview', outcome: ReviewOutcome, trust: { __typename?: 'Trust', id: string } }>, leaders: Array<{ __typename?: 'LeadershipTenure', role: LeadershipRole, name: string, trust: { __typename?: 'Trust', id: string } }>, improvementPlan?: { __typename?: 'ImprovementPlan', updateOverdue: boolean, trust: { __typename?: 'Trust', id: string }, actions: Array<{ __typename?: 'PlanAction', title: string }>, updates: Array<{ __typename?: 'PlanUpdate', month: string }> } | null }> } };

export const ContractStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<ContractStateFragment, unknown>;
export const PaymentStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentivePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<PaymentStateFragment, unknown>;
export const ClaimStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReimbursementClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"daysGiven"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<ClaimStateFragment, unknown>;
export const RequestStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<RequestStateFragment, unknown>;
export const StepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Step"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"overallDirection"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<StepFragment, unknown>;
export const StandingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Standing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<StandingFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"inverted"}}]}}]}}]} as unknown as DocumentNode<MyPermissionsQuery, MyPermissionsQueryVariables>;
export const CanIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanI"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canI"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CanIQuery, CanIQueryVariables>;
export const CreateBuddyContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBuddyContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBuddyContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBuddyContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<CreateBuddyContractMutation, CreateBuddyContractMutationVariables>;
export const SetBuddyContractStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBuddyContractStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBuddyContractStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<SetBuddyContractStatusMutation, SetBuddyContractStatusMutationVariables>;
export const ReportContractOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportContractOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportContractOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportContractOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReportContractOutcomeMutation, ReportContractOutcomeMutationVariables>;
export const VerifyContractOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyContractOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeVerification"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyContractOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}}]}}]} as unknown as DocumentNode<VerifyContractOutcomeMutation, VerifyContractOutcomeMutationVariables>;
export const ProposeIncentivePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeIncentivePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeIncentivePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeIncentivePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentivePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}}]} as unknown as DocumentNode<ProposeIncentivePaymentMutation, ProposeIncentivePaymentMutationVariables>;
export const ApproveIncentivePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveIncentivePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveIncentivePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentivePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}}]} as unknown as DocumentNode<ApproveIncentivePaymentMutation, ApproveIncentivePaymentMutationVariables>;
export const WithholdIncentivePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithholdIncentivePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withholdIncentivePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentivePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}}]} as unknown as DocumentNode<WithholdIncentivePaymentMutation, WithholdIncentivePaymentMutationVariables>;
export const MarkIncentivePaymentPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkIncentivePaymentPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markIncentivePaymentPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncentivePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}}]} as unknown as DocumentNode<MarkIncentivePaymentPaidMutation, MarkIncentivePaymentPaidMutationVariables>;
export const ClaimReimbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimReimbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimReimbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimReimbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReimbursementClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"daysGiven"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}}]} as unknown as DocumentNode<ClaimReimbursementMutation, ClaimReimbursementMutationVariables>;
export const DecideReimbursementClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideReimbursementClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideReimbursementClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReimbursementClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"daysGiven"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}}]}}]}}]} as unknown as DocumentNode<DecideReimbursementClaimMutation, DecideReimbursementClaimMutationVariables>;
export const ContractWithPartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractWithParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"daysGiven"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<ContractWithPartsQuery, ContractWithPartsQueryVariables>;
export const ContractWithMoneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractWithMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ContractWithMoneyQuery, ContractWithMoneyQueryVariables>;
export const ContractsWithMoneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsWithMoney"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractState"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyContract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]} as unknown as DocumentNode<ContractsWithMoneyQuery, ContractsWithMoneyQueryVariables>;
export const ContractPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractPageQuery, ContractPageQueryVariables>;
export const ContractDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ContractDetailQuery, ContractDetailQueryVariables>;
export const ContractsWithEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractsWithEverythingQuery, ContractsWithEverythingQueryVariables>;
export const TrustFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updateOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<TrustFactsQuery, TrustFactsQueryVariables>;
export const TrustInformationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustInformationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<TrustInformationRequestsQuery, TrustInformationRequestsQueryVariables>;
export const TrustsWithInformationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustsWithInformationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"informationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestState"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<TrustsWithInformationRequestsQuery, TrustsWithInformationRequestsQueryVariables>;
export const AskInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<AskInformationMutation, AskInformationMutationVariables>;
export const AnswerInformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<AnswerInformationRequestMutation, AnswerInformationRequestMutationVariables>;
export const WithdrawInformationAskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInformationAsk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInformationAsk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<WithdrawInformationAskMutation, WithdrawInformationAskMutationVariables>;
export const InformationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<InformationRequestsQuery, InformationRequestsQueryVariables>;
export const InformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"askers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"askedOn"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<InformationRequestQuery, InformationRequestQueryVariables>;
export const ReportingBurdenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingBurden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingBurden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"distinct"}},{"kind":"Field","name":{"kind":"Name","value":"duplicatesAvoided"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<ReportingBurdenQuery, ReportingBurdenQueryVariables>;
export const AppointImprovementDirectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointImprovementDirector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointImprovementDirectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointImprovementDirector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"accountableTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]} as unknown as DocumentNode<AppointImprovementDirectorMutation, AppointImprovementDirectorMutationVariables>;
export const EndDirectorAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndDirectorAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDirectorAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EndDirectorAppointmentMutation, EndDirectorAppointmentMutationVariables>;
export const RecordLeadershipReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeadershipReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeadershipReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadershipReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLeadershipReviewMutation, RecordLeadershipReviewMutationVariables>;
export const RecordLeadershipChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeadershipChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeadershipChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadershipChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLeadershipChangeMutation, RecordLeadershipChangeMutationVariables>;
export const EndLeadershipTenureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndLeadershipTenure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endLeadershipTenure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}}]}}]}}]} as unknown as DocumentNode<EndLeadershipTenureMutation, EndLeadershipTenureMutationVariables>;
export const SetFoundationAutonomySuspendedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFoundationAutonomySuspended"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"suspended"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFoundationAutonomySuspended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trustId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}}},{"kind":"Argument","name":{"kind":"Name","value":"suspended"},"value":{"kind":"Variable","name":{"kind":"Name","value":"suspended"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}}]}}]}}]} as unknown as DocumentNode<SetFoundationAutonomySuspendedMutation, SetFoundationAutonomySuspendedMutationVariables>;
export const AuthoriseFoundationTrustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthoriseFoundationTrust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorisedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authoriseFoundationTrust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trustId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}}},{"kind":"Argument","name":{"kind":"Name","value":"authorisedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorisedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"oversightBody"}}]}}]}}]} as unknown as DocumentNode<AuthoriseFoundationTrustMutation, AuthoriseFoundationTrustMutationVariables>;
export const SetFinancialForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFinancialForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forecast"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFinancialForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trustId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}}},{"kind":"Argument","name":{"kind":"Name","value":"forecast"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forecast"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"financialForecast"}}]}}]}}]} as unknown as DocumentNode<SetFinancialForecastMutation, SetFinancialForecastMutationVariables>;
export const TrustLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustLeaders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadershipRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}}]}}]}}]}}]} as unknown as DocumentNode<TrustLeadersQuery, TrustLeadersQueryVariables>;
export const TrustFoundationStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustFoundationState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"oversightBody"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForFoundationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}}]}}]}}]} as unknown as DocumentNode<TrustFoundationStateQuery, TrustFoundationStateQueryVariables>;
export const TrustConfidentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustConfidential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialForecast"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]}}]} as unknown as DocumentNode<TrustConfidentialQuery, TrustConfidentialQueryVariables>;
export const TrustsFoundationFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustsFoundationFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"oversightBody"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForFoundationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}}]}}]}}]}}]} as unknown as DocumentNode<TrustsFoundationFactsQuery, TrustsFoundationFactsQueryVariables>;
export const TrustStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"entryInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exitInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustStateQuery, TrustStateQueryVariables>;
export const RecordInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"wellLed"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const PublishInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<PublishInspectionMutation, PublishInspectionMutationVariables>;
export const PlaceInSpecialMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceInSpecialMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceInSpecialMeasuresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeInSpecialMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"entryInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceInSpecialMeasuresMutation, PlaceInSpecialMeasuresMutationVariables>;
export const ExtendSpecialMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendSpecialMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"episodeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendSpecialMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"episodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"episodeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ExtendSpecialMeasuresMutation, ExtendSpecialMeasuresMutationVariables>;
export const ExitSpecialMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitSpecialMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitSpecialMeasuresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitSpecialMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"exitInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"directorAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExitSpecialMeasuresMutation, ExitSpecialMeasuresMutationVariables>;
export const AddPlanActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddPlanActionMutation, AddPlanActionMutationVariables>;
export const UpdatePlanActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanActionMutation, UpdatePlanActionMutationVariables>;
export const PublishPlanUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPlanUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPlanUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPlanUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishPlanUpdateMutation, PublishPlanUpdateMutationVariables>;
export const TrustPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updateOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustPlanQuery, TrustPlanQueryVariables>;
export const AllTrustPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllTrustPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updateOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllTrustPlansQuery, AllTrustPlansQueryVariables>;
export const AgreementByKeyQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementByKeyQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyQuestionAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchingOverall"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}}]}}]}}]} as unknown as DocumentNode<AgreementByKeyQuestionQuery, AgreementByKeyQuestionQueryVariables>;
export const SpecialMeasuresFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecialMeasuresFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthsInSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilReinspectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"exited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianMonthsToExit"}}]}}]} as unknown as DocumentNode<SpecialMeasuresFiguresQuery, SpecialMeasuresFiguresQueryVariables>;
export const AuditEventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventPageQuery, AuditEventPageQueryVariables>;
export const AuditedForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditedForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forecast"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFinancialForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trustId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trustId"}}},{"kind":"Argument","name":{"kind":"Name","value":"forecast"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forecast"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialForecast"}}]}}]}}]} as unknown as DocumentNode<AuditedForecastMutation, AuditedForecastMutationVariables>;
export const AuditedReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditedReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeadershipReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadershipReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditedReviewMutation, AuditedReviewMutationVariables>;
export const AuditedClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditedClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimReimbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimReimbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditedClaimMutation, AuditedClaimMutationVariables>;
export const TrustListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrustFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"oversightBody"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForFoundationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"localSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustListingQuery, TrustListingQueryVariables>;
export const TrustEpisodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustEpisodesQuery, TrustEpisodesQueryVariables>;
export const LocalSystemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trusts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalSystemsQuery, LocalSystemsQueryVariables>;
export const ImprovementDirectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementDirectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementDirectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountableTo"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementDirectorsQuery, ImprovementDirectorsQueryVariables>;
export const InspectionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionByIdQuery, InspectionByIdQueryVariables>;
export const TrustForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"financialForecast"}}]}}]}}]} as unknown as DocumentNode<TrustForecastQuery, TrustForecastQueryVariables>;
export const TrustReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]}}]} as unknown as DocumentNode<TrustReviewsQuery, TrustReviewsQueryVariables>;
export const TrustInspectionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustInspectionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<TrustInspectionListQuery, TrustInspectionListQueryVariables>;
export const TrustPublicViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustPublicView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForFoundationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"localSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TrustPublicViewQuery, TrustPublicViewQueryVariables>;
export const TrustContractListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustContractLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<TrustContractListsQuery, TrustContractListsQueryVariables>;
export const ContractMoneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementCap"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveApproved"}},{"kind":"Field","name":{"kind":"Name","value":"incentivePaid"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursed"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]} as unknown as DocumentNode<ContractMoneyQuery, ContractMoneyQueryVariables>;
export const ContractListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractListQuery, ContractListQueryVariables>;
export const TrustCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"localSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustCodesQuery, TrustCodesQueryVariables>;
export const PublishOnVariableDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOnVariableDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublishOnVariableDateMutation, PublishOnVariableDateMutationVariables>;
export const PublishOnImpossibleLiteralDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOnImpossibleLiteralDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishedOn"},"value":{"kind":"StringValue","value":"2025-02-30","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublishOnImpossibleLiteralDateMutation, PublishOnImpossibleLiteralDateMutationVariables>;
export const RatingHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"ratingHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Step"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Step"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"overallDirection"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<RatingHistoryQuery, RatingHistoryQueryVariables>;
export const TrustsOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustsOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inSpecialMeasures"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustsOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"inSpecialMeasures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inSpecialMeasures"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Standing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Standing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TrustsOnQuery, TrustsOnQueryVariables>;
export const StatusOnAndLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusOnAndLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Standing"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Standing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<StatusOnAndLiveQuery, StatusOnAndLiveQueryVariables>;
export const OneYearOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneYearOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placedFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placedTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneYearOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"placedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placedTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"atPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Step"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atReinspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Step"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improved"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"monthsToReinspection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Step"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"overallDirection"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<OneYearOnQuery, OneYearOnQueryVariables>;
export const InterventionOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterventionOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placedFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placedTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"placedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placedTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddied"}},{"kind":"Field","name":{"kind":"Name","value":"buddySameSector"}},{"kind":"Field","name":{"kind":"Name","value":"daysToDirector"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutiveChanges"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"exitType"}}]}}]}}]} as unknown as DocumentNode<InterventionOutcomesQuery, InterventionOutcomesQueryVariables>;
export const PlanUpdatesWithActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanUpdatesWithActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanUpdatesWithActionsQuery, PlanUpdatesWithActionsQueryVariables>;
export const EverythingOverTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EverythingOverTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustsOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Standing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneYearOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Step"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atReinspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Step"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddied"}},{"kind":"Field","name":{"kind":"Name","value":"daysToDirector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Step"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Standing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Standing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Step"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"overallDirection"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]} as unknown as DocumentNode<EverythingOverTimeQuery, EverythingOverTimeQueryVariables>;
export const TrustPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrustFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"oversightBody"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForFoundationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autonomySuspended"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}}]}}]}}]}}]} as unknown as DocumentNode<TrustPageQuery, TrustPageQueryVariables>;
export const TrustDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"odsCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"odsCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"odsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"oversightBody"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"financialForecast"}},{"kind":"Field","name":{"kind":"Name","value":"localSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"wellLed"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveFund"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"accountableTo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustDetailQuery, TrustDetailQueryVariables>;
export const TrustsWithEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustsWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trusts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"}},{"kind":"Field","name":{"kind":"Name","value":"inSpecialMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"meetsSpecialMeasuresCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"chiefExecutivesInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"localSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"commissioners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialMeasuresEpisodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reinspectionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"entryInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exitInspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractingBody"}},{"kind":"Field","name":{"kind":"Name","value":"supportedTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerTrust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"verification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reimbursementClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"trust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustsWithEverythingQuery, TrustsWithEverythingQueryVariables>;