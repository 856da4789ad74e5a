import { registerEnumType } from 'type-graphql';
import { Sql, sql } from '../db/sql/sql';

export enum TrustType { NHS_TRUST = 'NHS_TRUST', FOUNDATION_TRUST = 'FOUNDATION_TRUST' }
export enum Sector { ACUTE = 'ACUTE', MENTAL_HEALTH = 'MENTAL_HEALTH', COMMUNITY = 'COMMUNITY', AMBULANCE = 'AMBULANCE' }
export enum Rating { OUTSTANDING = 'OUTSTANDING', GOOD = 'GOOD', REQUIRES_IMPROVEMENT = 'REQUIRES_IMPROVEMENT', INADEQUATE = 'INADEQUATE' }
export enum KeyQuestion { SAFE = 'SAFE', EFFECTIVE = 'EFFECTIVE', CARING = 'CARING', RESPONSIVE = 'RESPONSIVE', WELL_LED = 'WELL_LED' }
export enum OversightBody { MONITOR = 'MONITOR', TDA = 'TDA' }
export enum Role {
  REGULATOR = 'REGULATOR', OVERSIGHT = 'OVERSIGHT', TRUST = 'TRUST',
  IMPROVEMENT_DIRECTOR = 'IMPROVEMENT_DIRECTOR', COMMISSIONER = 'COMMISSIONER', PUBLIC = 'PUBLIC',
}
export enum InspectionRecommendation {
  NONE = 'NONE', ENTER_SPECIAL_MEASURES = 'ENTER_SPECIAL_MEASURES',
  REMAIN_IN_SPECIAL_MEASURES = 'REMAIN_IN_SPECIAL_MEASURES', EXIT_SPECIAL_MEASURES = 'EXIT_SPECIAL_MEASURES',
}
export enum ExitType { EXITED = 'EXITED', EXITED_WITH_SUPPORT = 'EXITED_WITH_SUPPORT' }
export enum ContractStatus { DRAFT = 'DRAFT', ACTIVE = 'ACTIVE', COMPLETED = 'COMPLETED', TERMINATED = 'TERMINATED' }
export enum OutcomeVerification { PENDING = 'PENDING', VERIFIED = 'VERIFIED', REJECTED = 'REJECTED' }
export enum PaymentStatus { PROPOSED = 'PROPOSED', APPROVED = 'APPROVED', PAID = 'PAID', WITHHELD = 'WITHHELD' }
export enum ClaimStatus { SUBMITTED = 'SUBMITTED', APPROVED = 'APPROVED', REJECTED = 'REJECTED' }
export enum LeadershipRole {
  CHIEF_EXECUTIVE = 'CHIEF_EXECUTIVE', CHAIR = 'CHAIR', MEDICAL_DIRECTOR = 'MEDICAL_DIRECTOR',
  DIRECTOR_OF_NURSING = 'DIRECTOR_OF_NURSING', FINANCE_DIRECTOR = 'FINANCE_DIRECTOR',
}
export enum ReviewScope { BOARD = 'BOARD', CHAIR = 'CHAIR', CHIEF_EXECUTIVE = 'CHIEF_EXECUTIVE', EXECUTIVE_TEAM = 'EXECUTIVE_TEAM' }
export enum ReviewOutcome { CAPABLE = 'CAPABLE', CONCERNS = 'CONCERNS', CHANGE_REQUIRED = 'CHANGE_REQUIRED' }
export enum RequestTopic {
  QUALITY_AND_SAFETY = 'QUALITY_AND_SAFETY', WORKFORCE = 'WORKFORCE', FINANCE = 'FINANCE', GOVERNANCE = 'GOVERNANCE',
  PERFORMANCE = 'PERFORMANCE', MATERNITY = 'MATERNITY', INFECTION_CONTROL = 'INFECTION_CONTROL', IMPROVEMENT_PLAN = 'IMPROVEMENT_PLAN',
}
export enum RequestStatus { OPEN = 'OPEN', ANSWERED = 'ANSWERED', WITHDRAWN = 'WITHDRAWN' }
export enum OrderDirection { ASC = 'ASC', DESC = 'DESC' }
export enum ActionStatus { NOT_STARTED = 'NOT_STARTED', ON_TRACK = 'ON_TRACK', AT_RISK = 'AT_RISK', OFF_TRACK = 'OFF_TRACK', COMPLETE = 'COMPLETE' }

const enums = {
  TrustType, Sector, Rating, KeyQuestion, OversightBody, Role, InspectionRecommendation, ExitType,
  ContractStatus, OutcomeVerification, PaymentStatus, ClaimStatus, LeadershipRole, ReviewScope,
  ReviewOutcome, ActionStatus, RequestTopic, RequestStatus, OrderDirection,
};
for (const [name, enumType] of Object.entries(enums)) registerEnumType(enumType, { name });

export const KEY_QUESTION_FIELDS = ['safe', 'effective', 'caring', 'responsive', 'wellLed'] as const;

const RATING_SCALE_SQL = `array['${Rating.OUTSTANDING}', '${Rating.GOOD}', '${Rating.REQUIRES_IMPROVEMENT}', '${Rating.INADEQUATE}']`;

/** A rating's place on the scale, best first (1 for OUTSTANDING), in SQL: null for no rating. */
export const ratingPlaceSql = (rating: Sql): Sql => sql`array_position(${Sql.raw(RATING_SCALE_SQL)}::text[], ${rating}::text)`;

// Which body oversees which type of trust (docs/domain.md#entities-and-rules): said once, here; both directions and the SQL
// form derive from this table.
const TRUST_TYPE_OVERSEEN_BY: Record<OversightBody, TrustType> = {
  [OversightBody.MONITOR]: TrustType.FOUNDATION_TRUST,
  [OversightBody.TDA]: TrustType.NHS_TRUST,
};
const OVERSEEN = Object.entries(TRUST_TYPE_OVERSEEN_BY) as [OversightBody, TrustType][];

/** The type of trust an oversight body oversees. */
export function trustTypeOverseenBy(body: OversightBody): TrustType {
  return TRUST_TYPE_OVERSEEN_BY[body];
}

/** MONITOR for a foundation trust, TDA for an NHS trust. */
export function oversightBodyOf(type: TrustType): OversightBody {
  return OVERSEEN.find(([, overseen]) => overseen === type)![0];
}

/** oversightBodyOf in SQL, over a column holding a trust type. */
export function oversightBodySql(typeColumn: string): string {
  return `case ${typeColumn} ${OVERSEEN.map(([body, type]) => `when '${type}' then '${body}'`).join(' ')} end`;
}
