// The shapes of the story tables (*.data.ts): what each trust and each buddy contract is made of.
import type {
  ActionStatus, ContractStatus, ExitType, InspectionRecommendation as Rec, KeyQuestion, LeadershipRole, PaymentStatus,
  ReviewOutcome, ReviewScope, Sector, TrustType,
} from '../../common/enums';

export interface InspectionSpec {
  /** Inspected this many months ago (shifted a few days per trust), or exactly this many days ago. */
  monthsAgo?: number;
  daysAgo?: number;
  /** "overall:safe effective caring responsive wellLed", one letter each: O G R I. */
  rated: string;
  rec: Rec;
  /** Days from today the report is (to be) published: negative past, positive scheduled, null unpublished. Default: 6 to 10 weeks after the visit. */
  publishedInDays?: number | null;
}

export interface EpisodeSpec {
  /** Index into the trust's inspections. */
  entry: number;
  exit?: number;
  exitType?: ExitType;
  extensions?: number;
  reason: string;
}

/** A trust's past, oldest first: its ids and episode indexes are its own, so the present keeps its rows. */
export interface HistorySpec {
  inspections: InspectionSpec[];
  /** Past episodes, every one exited; entry and exit index into the history's inspections. */
  episodes?: EpisodeSpec[];
  /** Former holders of a role (months ago they started), before the first holder of `leaders`. */
  leaders?: Partial<Record<LeadershipRole, number[]>>;
}

/** A holder of a role: started this many months ago. The previous holder ends the day before. */
export type Holder = number | { monthsAgo: number; interim: true };

export interface ReviewSpec {
  monthsAgo: number;
  scope: ReviewScope;
  outcome: ReviewOutcome;
  findings: string;
}

/** [key question, title, due in months from today (negative: past), status]. */
export type ActionSpec = [KeyQuestion, string, number, ActionStatus];

export interface PlanSpec {
  /** Months (up to the last full month) with no update: 0 for an up-to-date plan. */
  monthsBehind: number;
  actions: ActionSpec[];
}

export interface TrustSpec {
  ods: string;
  name: string;
  type: TrustType;
  sector: Sector;
  system: string;
  forecast?: string;
  /** Foundation trusts: years since Monitor authorised them. */
  authorisedYearsAgo?: number;
  autonomySuspended?: boolean;
  inspections: InspectionSpec[];
  episodes?: EpisodeSpec[];
  leaders?: Partial<Record<LeadershipRole, Holder[]>>;
  /** What happened before `inspections`, years ago. */
  history?: HistorySpec;
  /** Also a medical director, a director of nursing and a finance director. */
  fullBoard?: boolean;
  reviews?: ReviewSpec[];
  plan?: PlanSpec;
}

export interface MeasureSpec {
  measure: string;
  target: string;
  /** Achieved in the first and the last month of the term; the months between go in a line. */
  from: number;
  to: number;
  unit: '%' | ' per month' | ' per 1,000 bed days';
}

export interface PaymentSpec {
  /** Month of the term (0 = first) and measure index of the verified outcome paid for. */
  month: number;
  measure: number;
  status: PaymentStatus;
  amount: string;
}

export interface ContractSpec {
  supported: string;
  partner: string;
  status: ContractStatus;
  /** Starts on the first of the month this many months ago (negative: ahead). */
  startsMonthsAgo: number;
  termMonths: number;
  reimbursementCap: string;
  incentiveFund: string;
  /** The partner's day rate in pence, for reimbursement claims. */
  dayRate: number;
  measures: MeasureSpec[];
  rejectedOutcomes?: { month: number; measure: number }[];
  rejectedClaims?: number[];
  payments?: PaymentSpec[];
}

export interface AppointmentSpec {
  director: string;
  trust: string;
  /** Index into the trust's episodes, or into its history's if `past`. */
  episode: number;
  past?: true;
  /** Starts this many days after placement (default 14), or this many months ago. */
  afterDays?: number;
  startsMonthsAgo?: number;
  /** Ends this many months ago, else on the exit date (open while the trust is in special measures). */
  endsMonthsAgo?: number;
}
