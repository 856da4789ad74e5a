// Fictional but realistic demo data for the special measures oversight platform.
//
// Every date is relative to today() (src/clock.ts), so the demo never goes stale, and every id is a
// stable UUID derived from a name, so the same today() always gives the same rows. The story of each
// trust (inspections, special measures, leaders, reviews, plan) is written in one place, in TRUSTS;
// directors and buddy contracts, which span trusts, follow it. seedDemoData() checks the rules of
// domain.md as it goes and throws on a story that would break one.
import { createHash } from 'node:crypto';
import type { EntityClass, EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { addDays, addMonths, monthOf, today } from '../clock';
import {
  ActionStatus, ClaimStatus, ContractStatus, ExitType, InspectionRecommendation as Rec, KeyQuestion,
  LeadershipRole, OutcomeVerification, OversightBody, PaymentStatus, Rating, ReviewOutcome, ReviewScope,
  Sector, TrustType, oversightBodyOf,
} from '../common/enums';
import { partsOf } from '../modules/buddy-contract/contract-part.entity';
import {
  BuddyContract, Commissioner, ContractOutcome, DirectorAppointment, ImprovementDirector, ImprovementPlan,
  IncentivePayment, Inspection, LeadershipReview, LeadershipTenure, LocalSystem, PlanAction, PlanUpdate,
  ReimbursementClaim, SpecialMeasuresEpisode, Trust,
} from '../modules/entities';
import { DEMO_PRINCIPALS } from './demo-principals';

// ---------------------------------------------------------------------------------------------
// Ids, dates and money
// ---------------------------------------------------------------------------------------------

/** A UUID (version 5 layout) from a SHA-1 of kind and key: the same name always gives the same id. */
export function stableId(kind: string, key: string): string {
  const bytes = Buffer.from(createHash('sha1').update(`${kind}:${key}`).digest().subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Dates relative to one snapshot of today. */
class DemoCalendar {
  /** The last full month before today's, YYYY-MM. */
  readonly lastFullMonth: string;

  constructor(readonly today: string) {
    this.lastFullMonth = monthOf(addMonths(firstOf(monthOf(today)), -1));
  }

  monthsAgo(months: number, days = 0): string {
    return addDays(addMonths(this.today, -months), -days);
  }

  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  /** The first day of the month `months` months ago (negative: months ahead). */
  monthStart(months: number): string {
    return firstOf(monthOf(addMonths(this.today, -months)));
  }

  /** `date`, or today if `date` is later. */
  notAfterToday(date: string): string {
    return date > this.today ? this.today : date;
  }

  /** An instant on `date`, moved back to yesterday at the latest so that it is never in the future. */
  instant(date: string, hour: number): Date {
    const latest = addDays(this.today, -1);
    return new Date(`${date > latest ? latest : date}T${String(hour).padStart(2, '0')}:00:00Z`);
  }
}

const firstOf = (month: string) => `${month}-01`;
const nextMonthStart = (month: string) => addMonths(firstOf(month), 1);
const monthEnd = (month: string) => addDays(nextMonthStart(month), -1);

/** Every month from `from` to `to` inclusive, YYYY-MM. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = monthOf(nextMonthStart(month))) months.push(month);
  return months;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** Pounds as whole pence, so that sums never pass through a float. */
function pence(money: string): number {
  const [pounds, fraction = '00'] = money.split('.');
  return Number(pounds) * 100 + Number(fraction.padEnd(2, '0'));
}

const money = (p: number) => `${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`demo data breaks a rule: ${message}`);
}

// Derived fields (formulas, getters, version columns) that the database or the entity computes.
type Derived =
  | 'currentRating' | 'inSpecialMeasures' | 'meetsSpecialMeasuresCriteria' | 'chiefExecutivesInLast12Months'
  | 'oversightBody' | 'eligibleForFoundationStatus' | 'improvementPlan' | 'incentiveApproved' | 'incentivePaid'
  | 'reimbursed' | 'contractingBody' | 'version' | 'active' | 'reinspectionDueOn' | 'updateOverdue';
type NewRow<T> = Omit<RequiredEntityData<T>, Derived> & { id: string };

/** em.create with an explicit id, not asking for the derived fields. */
function insert<T extends object>(em: EntityManager, entity: EntityClass<T>, row: NewRow<T>): T {
  return em.create(entity, row as unknown as RequiredEntityData<T>);
}

// ---------------------------------------------------------------------------------------------
// The story, as data
// ---------------------------------------------------------------------------------------------

interface InspectionSpec {
  /** Inspected this many months ago (shifted a few days per trust), or exactly this many days ago. */
  monthsAgo?: number;
  daysAgo?: number;
  /** "overall:safe effective caring responsive wellLed", one letter each: O G R I. */
  rated: string;
  rec: Rec;
  /** Days from today the report is (to be) published: negative past, positive scheduled, null unpublished. Default: 6 to 10 weeks after the visit. */
  publishedInDays?: number | null;
}

interface EpisodeSpec {
  /** Index into the trust's inspections. */
  entry: number;
  exit?: number;
  exitType?: ExitType;
  extensions?: number;
  reason: string;
}

/** A holder of a role: started this many months ago. The previous holder ends the day before. */
type Holder = number | { monthsAgo: number; interim: true };

interface ReviewSpec {
  monthsAgo: number;
  scope: ReviewScope;
  outcome: ReviewOutcome;
  findings: string;
}

/** [key question, title, due in months from today (negative: past), status]. */
type ActionSpec = [KeyQuestion, string, number, ActionStatus];

interface PlanSpec {
  /** Months (up to the last full month) with no update: 0 for an up-to-date plan. */
  monthsBehind: number;
  actions: ActionSpec[];
}

interface TrustSpec {
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
  /** Also a medical director, a director of nursing and a finance director. */
  fullBoard?: boolean;
  reviews?: ReviewSpec[];
  plan?: PlanSpec;
}

const { NHS_TRUST: NHS, FOUNDATION_TRUST: FT } = TrustType;
const { ACUTE, MENTAL_HEALTH, COMMUNITY, AMBULANCE } = Sector;
const { SAFE, EFFECTIVE, CARING, RESPONSIVE, WELL_LED } = KeyQuestion;
const { NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE } = ActionStatus;
const { BOARD, CHAIR: CHAIR_SCOPE, CHIEF_EXECUTIVE: CEO_SCOPE, EXECUTIVE_TEAM } = ReviewScope;
const { CAPABLE, CONCERNS, CHANGE_REQUIRED } = ReviewOutcome;

const inspected = (monthsAgo: number, rated: string, rec = Rec.NONE): InspectionSpec => ({ monthsAgo, rated, rec });
const recentlyInspected = (daysAgo: number, rated: string, rec: Rec, publishedInDays: number | null): InspectionSpec =>
  ({ daysAgo, rated, rec, publishedInDays });
const interim = (monthsAgo: number): Holder => ({ monthsAgo, interim: true });

const SYSTEMS = [
  { code: 'HARROW', name: 'Harrowfield and Ashby', commissioner: { code: 'X3H', name: 'NHS Harrowfield and Ashby CCG' } },
  { code: 'NMERE', name: 'Northmere and Fenwick', commissioner: { code: 'X5N', name: 'NHS Northmere and Fenwick CCG' } },
  { code: 'SALLOW', name: 'Sallowmoor and the Downs', commissioner: { code: 'X7S', name: 'NHS Sallowmoor and Downs CCG' } },
  { code: 'BRACKEN', name: 'Brackenridge and Vale', commissioner: { code: 'X2B', name: 'NHS Brackenridge and Vale CCG' } },
  { code: 'WEALD', name: 'Wealdon Coast', commissioner: { code: 'X9W', name: 'NHS Wealdon Coast CCG' } },
];

const TRUSTS: TrustSpec[] = [
  // --- Harrowfield and Ashby ---------------------------------------------------------------
  {
    ods: 'RH1', name: 'Harrowfield Teaching Hospitals NHS Foundation Trust', type: FT, sector: ACUTE, system: 'HARROW',
    forecast: '3120000.00', authorisedYearsAgo: 17, fullBoard: true,
    inspections: [inspected(53, 'G:GGGGG'), inspected(28, 'O:GOOOO')],
  },
  {
    ods: 'RH2', name: 'Ashby and District Hospitals NHS Trust', type: NHS, sector: ACUTE, system: 'HARROW',
    forecast: '-6840000.00', fullBoard: true,
    inspections: [
      inspected(41, 'R:RRGRR'),
      inspected(18, 'I:IIRRI', Rec.ENTER_SPECIAL_MEASURES),
      inspected(6, 'R:RRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
    ],
    episodes: [{ entry: 1, extensions: 1, reason: 'Rated inadequate for safe, effective and well-led services: unsafe medical staffing at night and a board without grip on serious incidents. Extended by six months after the reinspection found leadership still inadequate.' }],
    leaders: { CHIEF_EXECUTIVE: [50, 6], CHAIR: [30] },
    reviews: [
      { monthsAgo: 14, scope: BOARD, outcome: CHANGE_REQUIRED, findings: 'The board accepted assurance without challenge; the serious incident backlog (112 open investigations) was not reported to it for nine months. The chief executive does not have the confidence of clinical leaders. Recommend a new chief executive and two experienced non-executive directors.' },
      { monthsAgo: 4, scope: CEO_SCOPE, outcome: CAPABLE, findings: 'The new chief executive has rebuilt the executive team and the incident backlog is down to 19. Clinical engagement improving; the well-led domain still depends on one individual.' },
    ],
    plan: {
      monthsBehind: 0,
      actions: [
        [SAFE, 'Fund and fill a resident night-time medical registrar rota on every acute ward', -3, COMPLETE],
        [SAFE, 'Close the backlog of serious incident investigations older than 60 days', 1, ON_TRACK],
        [EFFECTIVE, 'Adopt the regional stroke pathway with 7-day therapy cover', 3, AT_RISK],
        [RESPONSIVE, 'Reduce elective waits over 52 weeks to zero', -1, OFF_TRACK],
        [WELL_LED, 'Commission an independent well-led review and publish the action plan', 2, ON_TRACK],
      ],
    },
  },
  {
    ods: 'RH3', name: 'Harrowfield Community Health NHS Trust', type: NHS, sector: COMMUNITY, system: 'HARROW',
    forecast: '450000.00',
    inspections: [
      inspected(44, 'R:RGGRR'),
      inspected(22, 'G:GGGGG'),
      recentlyInspected(50, 'G:GGOGG', Rec.NONE, 9), // publication scheduled
    ],
  },
  {
    ods: 'RH4', name: 'Harrowfield and Ashby Partnership NHS Foundation Trust', type: FT, sector: MENTAL_HEALTH, system: 'HARROW',
    forecast: '-2150000.00', authorisedYearsAgo: 12, autonomySuspended: true, fullBoard: true,
    inspections: [
      inspected(40, 'R:RGGRR'),
      inspected(15, 'I:IRRRI', Rec.ENTER_SPECIAL_MEASURES),
      recentlyInspected(36, 'R:RRGGR', Rec.EXIT_SPECIAL_MEASURES, null), // reinspection, report not yet published
    ],
    episodes: [{ entry: 1, reason: 'Rated inadequate for safe and well-led services: ligature risks left unmitigated on two acute wards and no effective oversight of restrictive practice.' }],
    reviews: [
      { monthsAgo: 12, scope: BOARD, outcome: CONCERNS, findings: 'Board papers are long and uncritical; the quality committee has not met quorate since spring. The chair is capable but stretched across two trusts.' },
    ],
    plan: {
      monthsBehind: 0,
      actions: [
        [SAFE, 'Remove or mitigate every ligature point identified in the environmental audit', -6, COMPLETE],
        [SAFE, 'Report restrictive interventions to the board monthly by ward', -4, COMPLETE],
        [RESPONSIVE, 'See urgent community referrals within 4 hours', 1, ON_TRACK],
        [CARING, 'Co-produce the inpatient charter with people with lived experience', 2, ON_TRACK],
        [WELL_LED, 'Restore a quorate quality committee with two clinical non-executives', -2, COMPLETE],
      ],
    },
  },
  {
    ods: 'RH5', name: "Harrowfield Children's Hospital NHS Foundation Trust", type: FT, sector: ACUTE, system: 'HARROW',
    forecast: '880000.00', authorisedYearsAgo: 15,
    inspections: [inspected(34, 'G:GGOGG'), inspected(11, 'O:GOOOO')],
  },
  {
    ods: 'RH6', name: 'Ashby Vale Healthcare NHS Trust', type: NHS, sector: ACUTE, system: 'HARROW',
    inspections: [inspected(37, 'R:RRGRR'), inspected(13, 'R:RRGGR')],
  },

  // --- Northmere and Fenwick ---------------------------------------------------------------
  {
    ods: 'RN1', name: 'Northmere Hospitals NHS Foundation Trust', type: FT, sector: ACUTE, system: 'NMERE',
    forecast: '-4250000.00', authorisedYearsAgo: 14, autonomySuspended: true, fullBoard: true,
    inspections: [
      inspected(50, 'R:RGGRR'),
      inspected(26, 'R:RRGRR'),
      inspected(11, 'I:IRGRI', Rec.ENTER_SPECIAL_MEASURES),
    ],
    episodes: [{ entry: 2, reason: 'Rated inadequate for safe and well-led services: patients waiting over 12 hours in the emergency department, sepsis screening missed for one patient in four, and a board unsighted on both.' }],
    leaders: { CHIEF_EXECUTIVE: [33], CHAIR: [60, 7] },
    reviews: [
      { monthsAgo: 8, scope: BOARD, outcome: CHANGE_REQUIRED, findings: 'The chair has led the board for five years without an external governance review. Non-executives rely on verbal assurance from executives. Monitor should seek the chair\'s resignation and appoint an interim chair with turnaround experience.' },
      { monthsAgo: 3, scope: CHAIR_SCOPE, outcome: CAPABLE, findings: 'The new chair has refreshed board committees and introduced patient stories at every board meeting. Relationship with the chief executive is constructive but untested under pressure.' },
    ],
    plan: {
      monthsBehind: 0,
      actions: [
        [SAFE, 'Introduce a single deteriorating-patient (NEWS2) escalation protocol on every ward', -2, COMPLETE],
        [SAFE, 'Recruit 60 registered nurses to close ward vacancy gaps', 4, ON_TRACK],
        [EFFECTIVE, 'Audit sepsis screening monthly and report compliance to the board', -1, COMPLETE],
        [RESPONSIVE, 'Halve the number of emergency department waits over 12 hours', 2, AT_RISK],
        [CARING, 'Roll out "always events" for patient dignity on every ward', 5, NOT_STARTED],
        [WELL_LED, 'Complete an independent well-led governance review', -1, OFF_TRACK],
      ],
    },
  },
  {
    ods: 'RN2', name: 'Northmere and Fenwick Mental Health NHS Foundation Trust', type: FT, sector: MENTAL_HEALTH, system: 'NMERE',
    forecast: '1200000.00', authorisedYearsAgo: 11,
    inspections: [inspected(40, 'R:RRGGR'), inspected(16, 'G:GGGGG')],
  },
  {
    ods: 'RN3', name: 'Fenwick Healthcare NHS Foundation Trust', type: FT, sector: ACUTE, system: 'NMERE',
    forecast: '-3900000.00', authorisedYearsAgo: 13, fullBoard: true,
    inspections: [
      inspected(58, 'I:IIRRI', Rec.ENTER_SPECIAL_MEASURES),
      inspected(38, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES),
      inspected(18, 'R:RRGRR'),
      inspected(6, 'I:IIGRI', Rec.ENTER_SPECIAL_MEASURES),
    ],
    episodes: [
      { entry: 0, exit: 1, exitType: ExitType.EXITED, reason: 'Rated inadequate for safe, effective and well-led services: high mortality in emergency surgery and a culture that discouraged staff from raising concerns.' },
      { entry: 3, reason: 'Placed in special measures for the second time: maternity staffing below safe levels and board oversight of maternity incidents inadequate.' },
    ],
    leaders: { CHIEF_EXECUTIVE: [30], CHAIR: [20] },
    reviews: [
      { monthsAgo: 54, scope: EXECUTIVE_TEAM, outcome: CHANGE_REQUIRED, findings: 'The medical director and director of nursing disagree publicly on mortality data. Recommend an external medical director and a joint quality dashboard owned by both.' },
      { monthsAgo: 4, scope: BOARD, outcome: CONCERNS, findings: 'Lessons from the first episode were not embedded: the maternity safety champion role lapsed when the non-executive left. Executive team capable; board assurance on maternity weak.' },
    ],
    plan: {
      monthsBehind: 0,
      actions: [
        [SAFE, 'Staff every maternity shift to the Birthrate Plus establishment', 3, AT_RISK],
        [SAFE, 'Appoint a non-executive maternity safety champion', -1, COMPLETE],
        [EFFECTIVE, 'Review every maternity serious incident of the last 2 years with external obstetricians', 4, ON_TRACK],
        [WELL_LED, 'Report maternity incidents to every public board meeting', 1, ON_TRACK],
      ],
    },
  },
  {
    ods: 'RN4', name: 'Fenwick and Coast Community NHS Trust', type: NHS, sector: COMMUNITY, system: 'NMERE',
    forecast: '-380000.00',
    inspections: [
      inspected(45, 'R:RGGRR'),
      inspected(21, 'R:RRGGR'),
      recentlyInspected(24, 'G:GGGGG', Rec.NONE, null), // report not yet published
    ],
  },
  {
    ods: 'RN5', name: 'Northern Counties Ambulance Service NHS Foundation Trust', type: FT, sector: AMBULANCE, system: 'NMERE',
    forecast: '150000.00', authorisedYearsAgo: 9,
    inspections: [inspected(39, 'G:GGGGG'), inspected(14, 'G:RGGGG')],
  },
  {
    // Formed by a merger last year: not inspected yet.
    ods: 'RN6', name: 'Northmere Community Health Services NHS Trust', type: NHS, sector: COMMUNITY, system: 'NMERE',
    forecast: '-120000.00',
    inspections: [],
    leaders: { CHIEF_EXECUTIVE: [8], CHAIR: [8] },
  },

  // --- Sallowmoor and the Downs ------------------------------------------------------------
  {
    // Meets the criteria and CQC recommends special measures; the TDA has not yet placed it.
    ods: 'RS1', name: 'Kestrel Vale Community Healthcare NHS Trust', type: NHS, sector: COMMUNITY, system: 'SALLOW',
    forecast: '-1750000.00',
    inspections: [
      inspected(30, 'R:RRGRR'),
      recentlyInspected(70, 'I:IIRRI', Rec.ENTER_SPECIAL_MEASURES, -12),
    ],
  },
  {
    ods: 'RS2', name: 'Sallowmoor General Hospitals NHS Foundation Trust', type: FT, sector: ACUTE, system: 'SALLOW',
    forecast: '2640000.00', authorisedYearsAgo: 16,
    inspections: [inspected(48, 'G:GGGGG'), inspected(18, 'O:GOOOO')],
  },
  {
    ods: 'RS3', name: 'Downsmere Community Health NHS Foundation Trust', type: FT, sector: COMMUNITY, system: 'SALLOW',
    forecast: '-950000.00', authorisedYearsAgo: 10, fullBoard: true,
    inspections: [
      inspected(32, 'I:IIRRI', Rec.ENTER_SPECIAL_MEASURES),
      inspected(20, 'R:IRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
      inspected(12, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES),
    ],
    episodes: [{ entry: 0, exit: 2, exitType: ExitType.EXITED_WITH_SUPPORT, extensions: 1, reason: 'Rated inadequate for safe, effective and well-led services: district nursing caseloads unmanaged and pressure ulcers under-reported.' }],
    reviews: [
      { monthsAgo: 28, scope: EXECUTIVE_TEAM, outcome: CHANGE_REQUIRED, findings: 'No executive owns community nursing; the director of nursing covers two trusts. Recommend a full-time director of nursing and a chief operating officer for community services.' },
      { monthsAgo: 13, scope: BOARD, outcome: CAPABLE, findings: 'Board now capable of sustaining improvement with continued buddy support in district nursing.' },
    ],
    plan: {
      monthsBehind: 0,
      actions: [
        [SAFE, 'Cap district nursing caseloads and publish them weekly', -20, COMPLETE],
        [EFFECTIVE, 'Train every community nurse in pressure ulcer grading', -15, COMPLETE],
        [RESPONSIVE, 'Respond to urgent community referrals within 2 hours', -2, OFF_TRACK],
        [CARING, 'Offer every housebound patient a named nurse', 3, ON_TRACK],
        [WELL_LED, 'Keep the buddy arrangement with Harrowfield Teaching until the next inspection', 4, ON_TRACK],
      ],
    },
  },
  {
    ods: 'RS4', name: 'Sallowmoor and Downs Mental Health NHS Trust', type: NHS, sector: MENTAL_HEALTH, system: 'SALLOW',
    forecast: '-2780000.00', fullBoard: true,
    inspections: [
      inspected(44, 'G:RGGGG'),
      inspected(12, 'I:IRRGI', Rec.ENTER_SPECIAL_MEASURES),
    ],
    episodes: [{ entry: 1, reason: 'Rated inadequate for safe and well-led services: out-of-area placements at record levels and crisis line calls going unanswered.' }],
    leaders: { CHIEF_EXECUTIVE: [45, 14], CHAIR: [26] },
    reviews: [
      { monthsAgo: 9, scope: EXECUTIVE_TEAM, outcome: CONCERNS, findings: 'The executive team is new and capable individually but has no shared view of bed capacity. The finance director reports out-of-area costs without the clinical story.' },
    ],
    plan: {
      monthsBehind: 2, // the overdue plan
      actions: [
        [SAFE, 'Answer 95% of crisis line calls within 60 seconds', -1, OFF_TRACK],
        [RESPONSIVE, 'Bring every out-of-area placement back within the trust', 5, AT_RISK],
        [EFFECTIVE, 'Offer a physical health check to every inpatient within 72 hours', -3, COMPLETE],
        [WELL_LED, 'Publish a bed capacity plan agreed with commissioners', 1, NOT_STARTED],
      ],
    },
  },
  {
    ods: 'RS5', name: 'Kingsbarrow Hospitals NHS Trust', type: NHS, sector: ACUTE, system: 'SALLOW',
    forecast: '640000.00',
    inspections: [inspected(42, 'R:RRGRR'), inspected(19, 'G:GGGGG')],
  },
  {
    ods: 'RS6', name: 'Sallowmoor Orthopaedic Hospital NHS Foundation Trust', type: FT, sector: ACUTE, system: 'SALLOW',
    forecast: '1980000.00', authorisedYearsAgo: 18,
    inspections: [inspected(56, 'O:GOOOO'), inspected(20, 'O:OOOGO')],
  },

  // --- Brackenridge and Vale ---------------------------------------------------------------
  {
    ods: 'RB1', name: 'Brackenridge University Hospitals NHS Foundation Trust', type: FT, sector: ACUTE, system: 'BRACKEN',
    forecast: '-11400000.00', authorisedYearsAgo: 15, autonomySuspended: true, fullBoard: true,
    inspections: [
      inspected(46, 'R:RRGRR'),
      inspected(24, 'R:RRGRI'),
      inspected(8, 'I:IIRRI', Rec.ENTER_SPECIAL_MEASURES),
    ],
    episodes: [{ entry: 2, reason: 'Rated inadequate for safe, effective and well-led services: ambulance handover delays of many hours, corridor care as routine, and a deficit the board could not explain.' }],
    // Three chief executives in the last 12 months, an interim among them.
    leaders: { CHIEF_EXECUTIVE: [70, interim(9), 2], CHAIR: [36] },
    reviews: [
      { monthsAgo: 7, scope: CEO_SCOPE, outcome: CHANGE_REQUIRED, findings: 'The interim chief executive is holding the line but cannot commit the trust to a recovery plan. A substantive appointment with acute turnaround experience is needed within six months.' },
      { monthsAgo: 1, scope: BOARD, outcome: CONCERNS, findings: 'New chief executive in post. The finance committee still receives the deficit forecast after it has been submitted to Monitor.' },
    ],
    plan: {
      monthsBehind: 0,
      actions: [
        [SAFE, 'End corridor care in the emergency department', 2, AT_RISK],
        [RESPONSIVE, 'Hand over 95% of ambulance patients within 30 minutes', 3, ON_TRACK],
        [EFFECTIVE, 'Reconcile medicines within 24 hours of admission', -1, COMPLETE],
        [WELL_LED, 'Appoint a substantive chief executive', -2, COMPLETE],
        [WELL_LED, 'Agree a financial recovery plan with Monitor', 1, ON_TRACK],
      ],
    },
  },
  {
    ods: 'RB2', name: 'Brackenridge and Vale Ambulance Service NHS Trust', type: NHS, sector: AMBULANCE, system: 'BRACKEN',
    forecast: '-1320000.00',
    inspections: [
      inspected(28, 'R:RRGRR'),
      inspected(5, 'I:IRGRI', Rec.ENTER_SPECIAL_MEASURES),
    ],
    episodes: [{ entry: 1, reason: 'Rated inadequate for safe and well-led services: category 2 response times far above standard and bullying reported by staff in every control room.' }],
    reviews: [
      { monthsAgo: 2, scope: BOARD, outcome: CONCERNS, findings: 'The board has not acted on two staff survey reports of bullying in control rooms. Freedom to speak up guardian reports directly to the chief executive rather than the board.' },
    ],
    plan: {
      monthsBehind: 0,
      actions: [
        [RESPONSIVE, 'Bring the category 2 mean response time under 30 minutes', 6, ON_TRACK],
        [WELL_LED, 'Have the freedom to speak up guardian report to the board', 1, ON_TRACK],
        [CARING, 'Run listening events in every control room', 2, NOT_STARTED],
      ],
    },
  },
  {
    ods: 'RB3', name: 'Lindmoor Mental Health NHS Trust', type: NHS, sector: MENTAL_HEALTH, system: 'BRACKEN',
    forecast: '310000.00',
    inspections: [inspected(43, 'G:GGGGG'), inspected(17, 'G:GGOGG')],
  },
  {
    ods: 'RB4', name: 'Brackenridge Community Care NHS Foundation Trust', type: FT, sector: COMMUNITY, system: 'BRACKEN',
    authorisedYearsAgo: 6,
    inspections: [inspected(38, 'G:GGGGG'), inspected(15, 'R:RGGRR')],
  },
  {
    ods: 'RB5', name: 'Eastvale Hospitals NHS Trust', type: NHS, sector: ACUTE, system: 'BRACKEN',
    forecast: '-5100000.00',
    inspections: [inspected(35, 'R:RRGRR'), inspected(10, 'R:IRGRR')],
  },
  {
    ods: 'RB6', name: "Brackenridge Women's and Children's NHS Foundation Trust", type: FT, sector: ACUTE, system: 'BRACKEN',
    authorisedYearsAgo: 8,
    inspections: [inspected(31, 'G:GGGGG'), inspected(9, 'G:GGOGG')],
  },

  // --- Wealdon Coast -----------------------------------------------------------------------
  {
    ods: 'RW1', name: 'Wealdon Coast Hospitals NHS Trust', type: NHS, sector: ACUTE, system: 'WEALD',
    forecast: '-2300000.00', fullBoard: true,
    inspections: [
      inspected(46, 'I:IRRGI', Rec.ENTER_SPECIAL_MEASURES),
      inspected(34, 'R:IRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
      inspected(26, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES),
      inspected(6, 'G:GGGGG'),
    ],
    episodes: [{ entry: 0, exit: 2, exitType: ExitType.EXITED, extensions: 1, reason: 'Rated inadequate for safe and well-led services: nurse staffing far below establishment and pressure ulcers rising on medical wards.' }],
    leaders: { CHIEF_EXECUTIVE: [40], CHAIR: [44] },
    reviews: [
      { monthsAgo: 42, scope: BOARD, outcome: CHANGE_REQUIRED, findings: 'The board has no nurse among its non-executives and did not see staffing data. Recommend a new chair and a non-executive with a nursing background.' },
    ],
  },
  {
    ods: 'RW2', name: 'Saltmarsh Community Health NHS Trust', type: NHS, sector: COMMUNITY, system: 'WEALD',
    forecast: '720000.00',
    inspections: [
      inspected(60, 'I:RIRGI', Rec.ENTER_SPECIAL_MEASURES),
      inspected(47, 'G:GGGGG', Rec.EXIT_SPECIAL_MEASURES),
      inspected(20, 'O:GOOGO'),
    ],
    episodes: [{ entry: 0, exit: 1, exitType: ExitType.EXITED, reason: 'Rated inadequate for effective and well-led services: care plans out of date for most housebound patients.' }],
  },
  {
    ods: 'RW3', name: 'Wealdon Coast Ambulance Service NHS Foundation Trust', type: FT, sector: AMBULANCE, system: 'WEALD',
    forecast: '-640000.00', authorisedYearsAgo: 7,
    inspections: [inspected(36, 'R:RGGRR'), inspected(12, 'R:RRGRR')],
  },
  {
    ods: 'RW4', name: 'Shinglebay Mental Health NHS Foundation Trust', type: FT, sector: MENTAL_HEALTH, system: 'WEALD',
    forecast: '530000.00', authorisedYearsAgo: 12,
    inspections: [inspected(30, 'G:GGGGG'), inspected(8, 'G:GGOGG')],
  },
  {
    ods: 'RW5', name: 'Marram Head Hospital NHS Foundation Trust', type: FT, sector: ACUTE, system: 'WEALD',
    forecast: '-870000.00', authorisedYearsAgo: 10,
    inspections: [inspected(41, 'R:RRGRR'), inspected(16, 'R:RRGRR')],
  },
  {
    ods: 'RW6', name: 'Cliffhaven Hospitals NHS Trust', type: NHS, sector: ACUTE, system: 'WEALD',
    forecast: '-1450000.00',
    inspections: [inspected(48, 'G:GGGGG'), inspected(23, 'R:RRGRR'), inspected(7, 'R:RRGRR')],
  },
];

const DIRECTORS = [
  { code: 'ID-001', name: 'Dr Helena Marsh', accountableTo: OversightBody.MONITOR },
  { code: 'ID-002', name: 'Graham Oyelaran', accountableTo: OversightBody.TDA },
  { code: 'ID-003', name: 'Priya Castellan', accountableTo: OversightBody.MONITOR },
  { code: 'ID-004', name: 'Martin Feltham', accountableTo: OversightBody.TDA },
  { code: 'ID-005', name: 'Dr Siobhan Turville', accountableTo: OversightBody.MONITOR },
  { code: 'ID-006', name: 'Rosalind Achebe', accountableTo: OversightBody.MONITOR },
  { code: 'ID-007', name: 'Keith Ambrose-Lyle', accountableTo: OversightBody.TDA },
  { code: 'ID-008', name: 'Dr Farah Quennell', accountableTo: OversightBody.MONITOR },
  { code: 'ID-009', name: 'Tobias Wrenfield', accountableTo: OversightBody.TDA }, // recruited, not yet appointed
  { code: 'ID-010', name: 'Margaret Ilesworth', accountableTo: OversightBody.TDA },
];

/**
 * Appointments within an episode (index into the trust's episodes). By default one starts two weeks
 * after placement and ends on the exit date (open while the trust is in special measures);
 * `startsMonthsAgo` / `endsMonthsAgo` describe a hand-over between directors.
 */
const APPOINTMENTS = [ // each director's appointments in date order
  { director: 'ID-001', trust: 'RN1', episode: 0 },
  { director: 'ID-010', trust: 'RW2', episode: 0 },
  { director: 'ID-010', trust: 'RH2', episode: 0, endsMonthsAgo: 9 },
  { director: 'ID-002', trust: 'RH2', episode: 0, startsMonthsAgo: 9 },
  { director: 'ID-006', trust: 'RN3', episode: 0 },
  { director: 'ID-003', trust: 'RN3', episode: 1 },
  { director: 'ID-004', trust: 'RS4', episode: 0 },
  { director: 'ID-005', trust: 'RB1', episode: 0 },
  { director: 'ID-006', trust: 'RS3', episode: 0 },
  { director: 'ID-007', trust: 'RW1', episode: 0 },
  { director: 'ID-007', trust: 'RB2', episode: 0 },
  { director: 'ID-008', trust: 'RH4', episode: 0 },
];

interface MeasureSpec {
  measure: string;
  target: string;
  /** Achieved in the first and the last month of the term; the months between go in a line. */
  from: number;
  to: number;
  unit: '%' | ' per month' | ' per 1,000 bed days';
}

interface PaymentSpec {
  /** Month of the term (0 = first) and measure index of the verified outcome paid for. */
  month: number;
  measure: number;
  status: PaymentStatus;
  amount: string;
}

interface ContractSpec {
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

const { PROPOSED, APPROVED, PAID, WITHHELD } = PaymentStatus;

const CONTRACTS: ContractSpec[] = [
  {
    supported: 'RN1', partner: 'RH1', status: ContractStatus.ACTIVE, startsMonthsAgo: 7, termMonths: 12,
    reimbursementCap: '250000.00', incentiveFund: '150000.00', dayRate: 85000,
    measures: [
      { measure: 'Emergency department patients seen within 4 hours', target: 'at least 76%', from: 61.0, to: 71.5, unit: '%' },
      { measure: 'Sepsis screening completed within 1 hour', target: 'at least 90%', from: 72.0, to: 88.5, unit: '%' },
    ],
    rejectedOutcomes: [{ month: 3, measure: 0 }],
    rejectedClaims: [2],
    payments: [
      { month: 0, measure: 1, status: PAID, amount: '15000.00' },
      { month: 1, measure: 1, status: PAID, amount: '15000.00' },
      { month: 2, measure: 0, status: WITHHELD, amount: '12000.00' },
      { month: 2, measure: 0, status: PROPOSED, amount: '8000.00' }, // re-proposed after the withheld one
      { month: 3, measure: 1, status: APPROVED, amount: '15000.00' },
      { month: 4, measure: 0, status: PROPOSED, amount: '15000.00' },
    ],
  },
  {
    supported: 'RH2', partner: 'RH3', status: ContractStatus.COMPLETED, startsMonthsAgo: 14, termMonths: 12,
    reimbursementCap: '180000.00', incentiveFund: '90000.00', dayRate: 78000,
    measures: [
      { measure: 'Mandatory training compliance', target: 'at least 90%', from: 68.0, to: 91.5, unit: '%' },
      { measure: 'Serious incident investigations closed within 60 working days', target: 'at least 80%', from: 45.0, to: 82.0, unit: '%' },
    ],
    rejectedOutcomes: [{ month: 5, measure: 1 }],
    rejectedClaims: [5],
    payments: [
      { month: 1, measure: 0, status: PAID, amount: '10000.00' },
      { month: 4, measure: 1, status: PAID, amount: '10000.00' },
      { month: 7, measure: 0, status: PAID, amount: '12500.00' },
      { month: 9, measure: 1, status: WITHHELD, amount: '10000.00' },
      { month: 10, measure: 0, status: APPROVED, amount: '12500.00' },
    ],
  },
  {
    // Agreed but never started: the partner withdrew.
    supported: 'RS4', partner: 'RS2', status: ContractStatus.TERMINATED, startsMonthsAgo: 8, termMonths: 12,
    reimbursementCap: '200000.00', incentiveFund: '100000.00', dayRate: 80000, measures: [],
  },
  {
    supported: 'RN3', partner: 'RN2', status: ContractStatus.DRAFT, startsMonthsAgo: -1, termMonths: 12,
    reimbursementCap: '160000.00', incentiveFund: '80000.00', dayRate: 79000, measures: [],
  },
  {
    supported: 'RW1', partner: 'RS6', status: ContractStatus.COMPLETED, startsMonthsAgo: 40, termMonths: 12,
    reimbursementCap: '220000.00', incentiveFund: '120000.00', dayRate: 92000,
    measures: [
      { measure: 'Registered nurse fill rate on day shifts', target: 'at least 95%', from: 86.0, to: 96.0, unit: '%' },
      { measure: 'Hospital-acquired pressure ulcers, grade 2 and above', target: 'at most 10 per month', from: 24, to: 9, unit: ' per month' },
    ],
    rejectedOutcomes: [{ month: 4, measure: 0 }],
    rejectedClaims: [8],
    payments: [
      { month: 2, measure: 0, status: PAID, amount: '20000.00' },
      { month: 6, measure: 1, status: PAID, amount: '20000.00' },
      { month: 10, measure: 0, status: PAID, amount: '25000.00' },
      { month: 11, measure: 1, status: WITHHELD, amount: '15000.00' },
    ],
  },
  {
    // Continues after the trust left special measures with support.
    supported: 'RS3', partner: 'RH1', status: ContractStatus.ACTIVE, startsMonthsAgo: 14, termMonths: 18,
    reimbursementCap: '300000.00', incentiveFund: '175000.00', dayRate: 81000,
    measures: [
      { measure: 'District nursing visits within 2 hours of an urgent referral', target: 'at least 85%', from: 58.0, to: 84.0, unit: '%' },
      { measure: 'Housebound patients with a care plan reviewed in the last 12 months', target: 'at least 95%', from: 64.0, to: 93.0, unit: '%' },
    ],
    rejectedOutcomes: [{ month: 7, measure: 1 }],
    rejectedClaims: [7],
    payments: [
      { month: 1, measure: 0, status: PAID, amount: '12500.00' },
      { month: 5, measure: 1, status: PAID, amount: '15000.00' },
      { month: 9, measure: 0, status: APPROVED, amount: '15000.00' },
      { month: 11, measure: 1, status: PROPOSED, amount: '15000.00' },
    ],
  },
  {
    supported: 'RB1', partner: 'RW2', status: ContractStatus.ACTIVE, startsMonthsAgo: 4, termMonths: 12,
    reimbursementCap: '275000.00', incentiveFund: '160000.00', dayRate: 88000,
    measures: [
      { measure: 'Ambulance handovers within 30 minutes', target: 'at least 95%', from: 61.0, to: 74.0, unit: '%' },
      { measure: 'Medicines reconciled within 24 hours of admission', target: 'at least 80%', from: 52.0, to: 71.0, unit: '%' },
    ],
    payments: [{ month: 1, measure: 0, status: PROPOSED, amount: '20000.00' }],
  },
  {
    supported: 'RH4', partner: 'RW4', status: ContractStatus.COMPLETED, startsMonthsAgo: 11, termMonths: 6,
    reimbursementCap: '90000.00', incentiveFund: '45000.00', dayRate: 76000,
    measures: [
      { measure: 'Patients followed up within 72 hours of discharge', target: 'at least 80%', from: 63.0, to: 84.0, unit: '%' },
      { measure: 'Restrictive interventions', target: 'at most 25 per 1,000 bed days', from: 41, to: 24, unit: ' per 1,000 bed days' },
    ],
    rejectedOutcomes: [{ month: 3, measure: 0 }],
    payments: [
      { month: 2, measure: 0, status: PAID, amount: '7500.00' },
      { month: 5, measure: 1, status: PAID, amount: '7500.00' },
    ],
  },
];

const DAYS_GIVEN = [6.5, 8, 7.5, 9, 5.5, 10, 7, 8.5];
const ACHIEVED_WOBBLE = [0, -0.8, 0.6, -0.3];

const OUTCOME_NARRATIVES = [
  'Partner clinicians ran weekly huddles with the ward teams.',
  null,
  'Improvement slowed in a month of high demand; partner support continued.',
  'Partner trust seconded a senior nurse for the month.',
  null,
];

const UPDATE_SUMMARIES = [
  'Recruitment ahead of plan; two actions moved from at risk to on track.',
  'Board reviewed progress in public; one action slipped and has a recovery date.',
  'Buddy trust support focused on governance; incident backlog reduced again.',
  'High demand slowed responsive actions; safe staffing held.',
  'Staff survey results shared with every team; listening events under way.',
  'Improvement director attended the quality committee; evidence for two actions accepted.',
];

/** Names for leaders: i -> (first, surname) is one-to-one for i < 24 * 25. */
const FIRST_NAMES = ['Alison', 'Bernard', 'Catherine', 'Daniel', 'Eleanor', 'Francis', 'Gillian', 'Hamid', 'Imogen', 'Jonathan', 'Kavita', 'Laurence', 'Miriam', 'Nigel', 'Olusola', 'Patrick', 'Rachel', 'Simon', 'Tamsin', 'Umar', 'Valerie', 'William', 'Yvonne', 'Zachary'];
const SURNAMES = ['Abernethy', 'Blackwood', 'Carrow', 'Dunmore', 'Ellery', 'Fairbairn', 'Goodhew', 'Halloran', 'Inglewood', 'Jessop', 'Kettering', 'Lowther', 'Mallinson', 'Northcott', 'Okonkwo', 'Pemberton', 'Quarrie', 'Rathbone', 'Sandhu', 'Thistlewood', 'Upton', 'Varley', 'Whitlock', 'Yardley', 'Zeller'];

// ---------------------------------------------------------------------------------------------
// Building the rows
// ---------------------------------------------------------------------------------------------

const RATING_BY_LETTER: Record<string, Rating> = { O: Rating.OUTSTANDING, G: Rating.GOOD, R: Rating.REQUIRES_IMPROVEMENT, I: Rating.INADEQUATE };
const KEY_QUESTION_NAMES = ['safety', 'effectiveness', 'caring', 'responsiveness', 'leadership'];

function ratingsOf(rated: string) {
  const match = /^([OGRI]):([OGRI]{5})$/.exec(rated);
  if (!match) throw new Error(`bad rating string ${rated}`);
  const [safe, effective, caring, responsive, wellLed] = [...match[2]].map((letter) => RATING_BY_LETTER[letter]);
  return { overall: RATING_BY_LETTER[match[1]], safe, effective, caring, responsive, wellLed };
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function inspectionSummary(rated: string, rec: Rec): string {
  const letters = rated.slice(2);
  const below = (letter: string) => KEY_QUESTION_NAMES.filter((_, i) => letters[i] === letter);
  const inadequate = joinWords(below('I'));
  const improve = joinWords(below('R'));
  switch (rec) {
    case Rec.ENTER_SPECIAL_MEASURES:
      return `Inadequate overall, with serious concerns about ${inadequate}. The Chief Inspector of Hospitals recommends special measures.`;
    case Rec.REMAIN_IN_SPECIAL_MEASURES:
      return `Some progress since the last inspection, but ${inadequate || improve} still below the standard expected. The trust should remain in special measures.`;
    case Rec.EXIT_SPECIAL_MEASURES:
      return `Significant improvement across the trust${improve ? `; ${improve} still require improvement` : ''}. The Chief Inspector recommends that the trust leaves special measures.`;
    default:
      if (rated[0] === 'O') return 'Outstanding: a strong culture of learning, with staff and patients involved in improvement.';
      if (rated[0] === 'G') return `Good overall${improve ? `, though ${improve} require improvement` : ''}.`;
      return `Requires improvement overall: concerns about ${improve || inadequate}${inadequate && improve ? `, and ${inadequate} inadequate` : ''}.`;
  }
}

/** Builds every row of the demo, checking the rules as it goes. */
class DemoSeeder {
  private readonly systems = new Map<string, LocalSystem>();
  private readonly trusts = new Map<string, Trust>();
  private readonly inspections = new Map<string, Inspection[]>();
  private readonly episodes = new Map<string, SpecialMeasuresEpisode[]>();
  private readonly directors = new Map<string, ImprovementDirector>();
  private readonly commissionerCodes: string[] = [];
  private leaderNames = 0;

  constructor(private readonly em: EntityManager, private readonly cal: DemoCalendar) {}

  run(): void {
    this.localSystems();
    TRUSTS.forEach((spec, index) => this.trustStory(spec, index));
    this.directorsAndAppointments();
    CONTRACTS.forEach((spec) => this.contract(spec));
    this.checkDemoPrincipals();
  }

  private localSystems(): void {
    for (const { code, name, commissioner } of SYSTEMS) {
      const system = insert(this.em, LocalSystem, { id: stableId('local-system', code), code, name });
      this.systems.set(code, system);
      insert(this.em, Commissioner, { id: stableId('commissioner', commissioner.code), ...commissioner, localSystem: system });
      this.commissionerCodes.push(commissioner.code);
    }
  }

  private trustStory(spec: TrustSpec, index: number): void {
    const localSystem = this.systems.get(spec.system);
    check(localSystem !== undefined, `${spec.ods}: unknown local system ${spec.system}`);
    check(/^R[A-Z0-9]{2}$/.test(spec.ods) && !this.trusts.has(spec.ods), `${spec.ods}: ODS code`);
    check((spec.authorisedYearsAgo !== undefined) === (spec.type === FT), `${spec.ods}: only foundation trusts are authorised`);
    const trust = insert(this.em, Trust, {
      id: stableId('trust', spec.ods),
      odsCode: spec.ods,
      name: spec.name,
      type: spec.type,
      sector: spec.sector,
      localSystem: localSystem!,
      financialForecast: spec.forecast ?? null,
      autonomySuspended: spec.autonomySuspended ?? false,
      foundationAuthorisedOn: spec.authorisedYearsAgo ? this.cal.monthStart(12 * spec.authorisedYearsAgo) : null,
    });
    this.trusts.set(spec.ods, trust);

    this.inspectionsOf(trust, spec, index);
    this.episodesOf(trust, spec);
    check(!spec.autonomySuspended || (spec.type === FT && this.activeEpisode(spec.ods) !== undefined),
      `${spec.ods}: only a foundation trust in special measures may have its autonomy suspended`);
    this.leadersOf(trust, spec, index);
    for (const [i, review] of (spec.reviews ?? []).entries()) {
      insert(this.em, LeadershipReview, {
        id: stableId('leadership-review', `${spec.ods}#${i}`),
        trust,
        reviewedOn: this.cal.monthsAgo(review.monthsAgo, index % 9),
        reviewer: oversightBodyOf(spec.type),
        scope: review.scope,
        outcome: review.outcome,
        findings: review.findings,
      });
    }
    if (spec.plan) this.planOf(trust, spec.plan);
  }

  private inspectionsOf(trust: Trust, spec: TrustSpec, index: number): void {
    const rows = spec.inspections.map((inspection, i) => {
      const inspectedOn = inspection.daysAgo !== undefined
        ? this.cal.daysAgo(inspection.daysAgo)
        : this.cal.monthsAgo(inspection.monthsAgo!, (index * 5 + i * 3) % 12);
      const publishedOn = inspection.publishedInDays === undefined
        ? addDays(inspectedOn, 42 + ((index * 7 + i * 11) % 29))
        : inspection.publishedInDays === null ? null : addDays(this.cal.today, inspection.publishedInDays);
      check(inspection.publishedInDays !== undefined || publishedOn! <= this.cal.today,
        `${spec.ods}: inspection ${i} should be published by now`);
      return insert(this.em, Inspection, {
        id: stableId('inspection', `${spec.ods}#${i}`),
        trust,
        inspectedOn,
        publishedOn,
        ...ratingsOf(inspection.rated),
        recommendation: inspection.rec,
        summary: inspectionSummary(inspection.rated, inspection.rec),
      });
    });
    for (let i = 1; i < rows.length; i++) check(rows[i - 1].inspectedOn < rows[i].inspectedOn, `${spec.ods}: inspections in order`);
    this.inspections.set(spec.ods, rows);
  }

  private isPublished(inspection: Inspection, on = this.cal.today): boolean {
    return inspection.publishedOn !== null && inspection.publishedOn <= on;
  }

  /** The trust's latest inspection published by `on`, by inspection date. */
  private latestPublished(ods: string, on: string): Inspection | undefined {
    return (this.inspections.get(ods) ?? []).filter((i) => this.isPublished(i, on)).at(-1);
  }

  private episodesOf(trust: Trust, spec: TrustSpec): void {
    const inspections = this.inspections.get(spec.ods)!;
    const rows = (spec.episodes ?? []).map((episode, i) => {
      const entry = inspections[episode.entry];
      check(entry?.recommendation === Rec.ENTER_SPECIAL_MEASURES && this.isPublished(entry), `${spec.ods}: entry inspection`);
      const placedOn = addDays(entry.publishedOn!, 7);
      const exit = episode.exit === undefined ? null : inspections[episode.exit];
      const exitedOn = exit ? addDays(exit.publishedOn!, 7) : null;
      if (exit) {
        check(exit.recommendation === Rec.EXIT_SPECIAL_MEASURES && this.isPublished(exit) && exit.inspectedOn > placedOn,
          `${spec.ods}: exit inspection`);
        check(episode.exitType !== ExitType.EXITED_WITH_SUPPORT || exit.overall === Rating.REQUIRES_IMPROVEMENT,
          `${spec.ods}: exit with support needs a requires-improvement rating`);
      }
      check(placedOn <= this.cal.today && (exitedOn === null || exitedOn <= this.cal.today), `${spec.ods}: episode in the past`);
      return insert(this.em, SpecialMeasuresEpisode, {
        id: stableId('special-measures-episode', `${spec.ods}#${i}`),
        trust,
        placedOn,
        reason: episode.reason,
        entryInspection: entry,
        extensions: episode.extensions ?? 0,
        exitedOn,
        exitType: exit ? episode.exitType! : null,
        exitInspection: exit,
      });
    });
    for (let i = 1; i < rows.length; i++) check(rows[i - 1].exitedOn !== null && rows[i - 1].exitedOn! < rows[i].placedOn, `${spec.ods}: one episode at a time`);
    this.episodes.set(spec.ods, rows);
  }

  private activeEpisode(ods: string): SpecialMeasuresEpisode | undefined {
    return (this.episodes.get(ods) ?? []).find((e) => e.exitedOn === null);
  }

  /** Whether the trust was in special measures on `date`. */
  private inSpecialMeasuresOn(ods: string, date: string): boolean {
    return (this.episodes.get(ods) ?? []).some((e) => e.placedOn <= date && (e.exitedOn === null || e.exitedOn > date));
  }

  private nextLeaderName(role: LeadershipRole): string {
    const i = this.leaderNames++;
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]}`;
    return role === LeadershipRole.MEDICAL_DIRECTOR ? `Dr ${name}` : name;
  }

  private leadersOf(trust: Trust, spec: TrustSpec, index: number): void {
    const holders: Partial<Record<LeadershipRole, Holder[]>> = {
      [LeadershipRole.CHIEF_EXECUTIVE]: [16 + ((index * 11) % 60)],
      [LeadershipRole.CHAIR]: [13 + ((index * 7) % 50)],
      ...(spec.fullBoard ? {
        [LeadershipRole.MEDICAL_DIRECTOR]: [20 + ((index * 13) % 40)],
        [LeadershipRole.DIRECTOR_OF_NURSING]: [14 + ((index * 3) % 30)],
        [LeadershipRole.FINANCE_DIRECTOR]: [25 + ((index * 17) % 45)],
      } : {}),
      ...spec.leaders,
    };
    for (const [role, succession] of Object.entries(holders) as [LeadershipRole, Holder[]][]) {
      const starts = succession.map((h) => ({
        startedOn: this.cal.monthStart(typeof h === 'number' ? h : h.monthsAgo),
        interim: typeof h !== 'number',
      }));
      starts.forEach(({ startedOn, interim }, i) => {
        const next = starts[i + 1];
        insert(this.em, LeadershipTenure, {
          id: stableId('leadership-tenure', `${spec.ods}/${role}#${i}`),
          trust,
          role,
          name: this.nextLeaderName(role),
          startedOn,
          endedOn: next ? addDays(next.startedOn, -1) : null,
          interim,
        });
        check(!next || next.startedOn > startedOn, `${spec.ods}: ${role} holders in order`);
      });
    }
  }

  private planOf(trust: Trust, spec: PlanSpec): void {
    const ods = trust.odsCode;
    const plan = insert(this.em, ImprovementPlan, { id: stableId('improvement-plan', ods), trust });
    spec.actions.forEach(([keyQuestion, title, dueInMonths, status], i) => {
      const dueOn = addMonths(this.cal.today, dueInMonths);
      const past = dueOn < this.cal.today;
      check(past ? status === COMPLETE || status === OFF_TRACK : status !== OFF_TRACK, `${ods}: action "${title}" status fits its due date`);
      insert(this.em, PlanAction, { id: stableId('plan-action', `${ods}#${i}`), plan, trust, title, keyQuestion, dueOn, status });
    });
    // Monthly updates from the month after placement (the last episode's) to the last full month.
    const placedOn = this.episodes.get(ods)!.at(-1)!.placedOn;
    const firstMonth = monthOf(nextMonthStart(monthOf(placedOn)));
    const lastMonth = monthOf(addMonths(firstOf(this.cal.lastFullMonth), -spec.monthsBehind));
    const months = monthsBetween(firstMonth < lastMonth ? firstMonth : lastMonth, lastMonth);
    months.forEach((month, i) => {
      insert(this.em, PlanUpdate, {
        id: stableId('plan-update', `${ods}/${month}`),
        plan,
        trust,
        month,
        summary: `${monthLabel(month)}: ${UPDATE_SUMMARIES[(i + ods.charCodeAt(2)) % UPDATE_SUMMARIES.length]}`,
        publishedAt: this.cal.instant(addDays(nextMonthStart(month), 1 + (i % 5)), 10),
      });
    });
  }

  private directorsAndAppointments(): void {
    for (const { code, name, accountableTo } of DIRECTORS) {
      this.directors.set(code, insert(this.em, ImprovementDirector, { id: stableId('improvement-director', code), code, name, accountableTo }));
    }
    const open = new Set<string>();
    const lastEnd = new Map<string, string>();
    for (const spec of APPOINTMENTS) {
      const director = this.directors.get(spec.director)!;
      const trust = this.trusts.get(spec.trust)!;
      const episode = this.episodes.get(spec.trust)![spec.episode];
      check(director.accountableTo === oversightBodyOf(trust.type), `${spec.director} is accountable to ${trust.odsCode}'s oversight body`);
      const startsOn = spec.startsMonthsAgo === undefined ? addDays(episode.placedOn, 14) : this.cal.monthsAgo(spec.startsMonthsAgo);
      const endsOn = spec.endsMonthsAgo === undefined ? episode.exitedOn : this.cal.monthsAgo(spec.endsMonthsAgo);
      check(startsOn >= episode.placedOn && startsOn <= this.cal.today && (endsOn === null || endsOn > startsOn),
        `${spec.director} at ${spec.trust}: dates`);
      check(!open.has(spec.director) && (lastEnd.get(spec.director) ?? '') <= startsOn, `${spec.director}: one appointment at a time`);
      if (endsOn !== null) {
        lastEnd.set(spec.director, endsOn);
      } else {
        check(!open.has(spec.trust), `${spec.trust}: one open appointment`);
        open.add(spec.director).add(spec.trust);
      }
      insert(this.em, DirectorAppointment, {
        id: stableId('director-appointment', `${spec.director}@${spec.trust}#${spec.episode}`),
        director, trust, startsOn, endsOn,
      });
    }
    for (const ods of this.trusts.keys()) {
      check(this.activeEpisode(ods) === undefined || open.has(ods), `${ods}: a trust in special measures has an improvement director`);
    }
  }

  private contract(spec: ContractSpec): void {
    const supportedTrust = this.trusts.get(spec.supported)!;
    const partnerTrust = this.trusts.get(spec.partner)!;
    const startsOn = this.cal.monthStart(spec.startsMonthsAgo);
    const endsOn = addDays(addMonths(startsOn, spec.termMonths), -1);
    // The rules at creation, taken as of the start of the term.
    const partnerRating = this.latestPublished(spec.partner, startsOn)?.overall;
    check(spec.supported !== spec.partner, `${spec.supported}: partner is not the supported trust`);
    check(spec.status === ContractStatus.DRAFT || this.inSpecialMeasuresOn(spec.supported, startsOn),
      `${spec.supported}: in special measures when its contract starts`);
    check(spec.status !== ContractStatus.DRAFT || this.activeEpisode(spec.supported) !== undefined, `${spec.supported}: draft contract for a trust in special measures`);
    check((partnerRating === Rating.GOOD || partnerRating === Rating.OUTSTANDING) && !this.inSpecialMeasuresOn(spec.partner, startsOn),
      `${spec.partner}: partner rated good or outstanding and not in special measures`);

    const key = `${spec.supported}/${spec.partner}`;
    const contract = insert(this.em, BuddyContract, {
      id: stableId('buddy-contract', key),
      reference: this.referenceFor(spec),
      supportedTrust,
      partnerTrust,
      startsOn,
      endsOn,
      status: spec.status,
      reimbursementCap: spec.reimbursementCap,
      incentiveFund: spec.incentiveFund,
    });
    if (spec.status !== ContractStatus.ACTIVE && spec.status !== ContractStatus.COMPLETED) {
      check(spec.measures.length === 0 && !spec.payments?.length, `${key}: only active or completed contracts have outcomes`);
      return;
    }
    const lastMonth = monthOf(endsOn) < this.cal.lastFullMonth ? monthOf(endsOn) : this.cal.lastFullMonth;
    const months = monthsBetween(monthOf(startsOn), lastMonth);
    const outcomes = this.outcomesOf(contract, spec, key, months);
    this.paymentsOf(contract, spec, key, outcomes);
    this.claimsOf(contract, spec, key, months);
  }

  /** BC-<year of start>-<nnn>: numbered within the year in order of start. */
  private referenceFor(spec: ContractSpec): string {
    const year = this.cal.monthStart(spec.startsMonthsAgo).slice(0, 4);
    const sameYear = CONTRACTS
      .filter((c) => this.cal.monthStart(c.startsMonthsAgo).slice(0, 4) === year)
      .sort((a, b) => b.startsMonthsAgo - a.startsMonthsAgo || CONTRACTS.indexOf(a) - CONTRACTS.indexOf(b));
    return `BC-${year}-${String(sameYear.indexOf(spec) + 1).padStart(3, '0')}`;
  }

  /** One outcome per measure per month; the latest month of an active contract awaits verification. */
  private outcomesOf(contract: BuddyContract, spec: ContractSpec, key: string, months: string[]): ContractOutcome[][] {
    return months.map((period, m) => spec.measures.map((measure, j) => {
      const rejected = spec.rejectedOutcomes?.some((r) => r.month === m && r.measure === j);
      const pending = spec.status === ContractStatus.ACTIVE && m === months.length - 1;
      const verification = rejected ? OutcomeVerification.REJECTED : pending ? OutcomeVerification.PENDING : OutcomeVerification.VERIFIED;
      return insert(this.em, ContractOutcome, {
        id: stableId('contract-outcome', `${key}/m${m}/${j}`),
        ...partsOf(contract),
        period,
        measure: measure.measure,
        target: measure.target,
        achieved: this.achieved(measure, m, spec.termMonths),
        narrative: OUTCOME_NARRATIVES[(m + j) % OUTCOME_NARRATIVES.length],
        reportedAt: this.cal.instant(addDays(nextMonthStart(period), 4 + (m % 3)), 11),
        verification,
      });
    }));
  }

  private achieved(measure: MeasureSpec, month: number, termMonths: number): string {
    const line = measure.from + ((measure.to - measure.from) * month) / Math.max(1, termMonths - 1);
    if (measure.unit === '%') return `${(line + ACHIEVED_WOBBLE[month % ACHIEVED_WOBBLE.length]).toFixed(1)}%`;
    return `${Math.round(line + 2 * ACHIEVED_WOBBLE[month % ACHIEVED_WOBBLE.length])}${measure.unit}`;
  }

  private paymentsOf(contract: BuddyContract, spec: ContractSpec, key: string, outcomes: ContractOutcome[][]): void {
    let committed = 0;
    const paidFor = new Set<ContractOutcome>();
    (spec.payments ?? []).forEach((payment, i) => {
      const outcome = outcomes[payment.month]?.[payment.measure];
      check(outcome?.verification === OutcomeVerification.VERIFIED, `${key}: payment ${i} is for a verified outcome`);
      if (payment.status !== WITHHELD) {
        check(!paidFor.has(outcome), `${key}: one payment per outcome, withheld ones aside`);
        paidFor.add(outcome);
      }
      const approvedOn = addDays(outcome.reportedAt.toISOString().slice(0, 10), 21);
      const approved = payment.status === APPROVED || payment.status === PAID;
      if (approved) committed += pence(payment.amount);
      insert(this.em, IncentivePayment, {
        id: stableId('incentive-payment', `${key}#${i}`),
        ...partsOf(contract),
        outcome,
        amount: payment.amount,
        status: payment.status,
        approvedAt: approved ? this.cal.instant(approvedOn, 14) : null,
        paidOn: payment.status === PAID ? this.cal.notAfterToday(addDays(approvedOn, 30)) : null,
      });
    });
    check(committed <= pence(spec.incentiveFund), `${key}: approved and paid incentives within the fund`);
  }

  /** One claim per month: the latest month of an active contract is still submitted. */
  private claimsOf(contract: BuddyContract, spec: ContractSpec, key: string, months: string[]): void {
    let approvedTotal = 0;
    months.forEach((period, m) => {
      const daysGiven = DAYS_GIVEN[(m + CONTRACTS.indexOf(spec)) % DAYS_GIVEN.length];
      const amount = Math.round(spec.dayRate * daysGiven);
      const status = spec.rejectedClaims?.includes(m) ? ClaimStatus.REJECTED
        : spec.status === ContractStatus.ACTIVE && m === months.length - 1 ? ClaimStatus.SUBMITTED
          : ClaimStatus.APPROVED;
      if (status === ClaimStatus.APPROVED) approvedTotal += amount;
      insert(this.em, ReimbursementClaim, {
        id: stableId('reimbursement-claim', `${key}/m${m}`),
        ...partsOf(contract),
        period,
        daysGiven,
        amount: money(amount),
        status,
        submittedAt: this.cal.instant(addDays(nextMonthStart(period), 2 + (m % 4)), 9),
      });
    });
    check(approvedTotal <= pence(spec.reimbursementCap), `${key}: approved claims within the cap`);
  }

  private checkDemoPrincipals(): void {
    const orgs = new Set(['CQC', 'MONITOR', 'TDA', ...this.trusts.keys(), ...this.directors.keys(), ...this.commissionerCodes]);
    for (const principal of DEMO_PRINCIPALS) {
      check(principal.org === null || orgs.has(principal.org), `demo principal ${principal.role} ${principal.org} exists`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/** Inserts the whole demo data set, dated relative to today(). The database should be empty. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  new DemoSeeder(em, new DemoCalendar(today())).run();
  await em.flush();
}

/** True when there are no trusts. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Trust, {})) === 0;
}
