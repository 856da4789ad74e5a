// The story of every trust, by local system: inspections, special measures, leaders, reviews and plan.
// Months and days count back from today; the builders (build-trusts.ts and the modules it calls)
// turn each entry into rows and check it against the rules of docs/domain.md#entities-and-rules.
import {
  ActionStatus, ExitType, InspectionRecommendation as Rec, KeyQuestion, ReviewOutcome, ReviewScope, Sector, TrustType,
} from '../../common/enums';
import type { Holder, InspectionSpec, TrustSpec } from './specs';

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

// The cohort placed together after a rapid review of mortality, as after Keogh: eleven trusts whose
// reports were all published the same day, thirteen years ago, and placed a week later.
const COHORT_PUBLISHED_DAYS_AGO = 13 * 365 + 7;
/** A cohort trust's entry inspection, carried out `weeksBefore` weeks before the joint publication. */
const cohortEntry = (weeksBefore: number, rated: string): InspectionSpec =>
  ({ daysAgo: COHORT_PUBLISHED_DAYS_AGO + 7 * weeksBefore, rated, rec: Rec.ENTER_SPECIAL_MEASURES, publishedInDays: -COHORT_PUBLISHED_DAYS_AGO });
const COHORT_REASON = 'One of eleven trusts placed together after the rapid review of hospitals with high mortality:';

export const SYSTEMS = [
  { code: 'HARROW', name: 'Harrowfield and Ashby', commissioner: { code: 'X3H', name: 'NHS Harrowfield and Ashby CCG' } },
  { code: 'NMERE', name: 'Northmere and Fenwick', commissioner: { code: 'X5N', name: 'NHS Northmere and Fenwick CCG' } },
  { code: 'SALLOW', name: 'Sallowmoor and the Downs', commissioner: { code: 'X7S', name: 'NHS Sallowmoor and Downs CCG' } },
  { code: 'BRACKEN', name: 'Brackenridge and Vale', commissioner: { code: 'X2B', name: 'NHS Brackenridge and Vale CCG' } },
  { code: 'WEALD', name: 'Wealdon Coast', commissioner: { code: 'X9W', name: 'NHS Wealdon Coast CCG' } },
];

export const TRUSTS: TrustSpec[] = [
  // --- Harrowfield and Ashby ---------------------------------------------------------------
  {
    ods: 'RH1', name: 'Harrowfield Teaching Hospitals NHS Foundation Trust', type: FT, sector: ACUTE, system: 'HARROW',
    forecast: '3120000.00', authorisedYearsAgo: 17, fullBoard: true,
    history: { inspections: [inspected(160, 'G:GGGGG')] },
    inspections: [inspected(53, 'G:GGGGG'), inspected(28, 'O:GOOOO')],
  },
  {
    ods: 'RH2', name: 'Ashby and District Hospitals NHS Trust', type: NHS, sector: ACUTE, system: 'HARROW',
    forecast: '-6840000.00', fullBoard: true,
    history: {
      inspections: [cohortEntry(10, 'I:IIRRI'), inspected(147, 'I:IRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES), inspected(128, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 2, exitType: ExitType.EXITED_WITH_SUPPORT, extensions: 1, reason: `${COHORT_REASON} deaths above expected in general medicine and a board that never discussed them. Extended by six months after the reinspection found safety still inadequate.` }],
      leaders: { CHIEF_EXECUTIVE: [170, 150] },
    },
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
    history: {
      inspections: [cohortEntry(10, 'I:RIGRI'), inspected(148, 'G:GGGRG', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 1, exitType: ExitType.EXITED, reason: `${COHORT_REASON} deaths after children's heart surgery above the national rate, and no one on the board asked why.` }],
    },
    inspections: [inspected(34, 'G:GGOGG'), inspected(11, 'O:GOOOO')],
  },
  {
    ods: 'RH6', name: 'Ashby Vale Healthcare NHS Trust', type: NHS, sector: ACUTE, system: 'HARROW',
    history: {
      inspections: [cohortEntry(8, 'I:RIGRI'), inspected(149, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 1, exitType: ExitType.EXITED_WITH_SUPPORT, reason: `${COHORT_REASON} deaths after emergency admission at weekends and too few consultants out of hours.` }],
    },
    inspections: [inspected(37, 'R:RRGRR'), inspected(13, 'R:RRGGR')],
  },

  // --- Northmere and Fenwick ---------------------------------------------------------------
  {
    ods: 'RN1', name: 'Northmere Hospitals NHS Foundation Trust', type: FT, sector: ACUTE, system: 'NMERE',
    forecast: '-4250000.00', authorisedYearsAgo: 14, autonomySuspended: true, fullBoard: true,
    history: {
      inspections: [
        cohortEntry(12, 'I:IIRRI'),
        inspected(146, 'R:IRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
        inspected(136, 'R:IRGRR', Rec.REMAIN_IN_SPECIAL_MEASURES),
        inspected(124, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES),
      ],
      episodes: [{ entry: 0, exit: 3, exitType: ExitType.EXITED, extensions: 1, reason: `${COHORT_REASON} high mortality after emergency surgery and medical wards short of nurses. Extended by six months to finish the surgical rota.` }],
      leaders: { CHIEF_EXECUTIVE: [165, 149] },
    },
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
    history: {
      inspections: [inspected(125, 'I:IIRRI', Rec.ENTER_SPECIAL_MEASURES), inspected(113, 'R:IRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES), inspected(101, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 2, exitType: ExitType.EXITED_WITH_SUPPORT, extensions: 1, reason: 'Rated inadequate for safe, effective and well-led services: community nursing teams without managers and visits left unrecorded. Extended by six months after the reinspection.' }],
    },
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
    history: {
      inspections: [cohortEntry(8, 'I:IIGRI'), inspected(149, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 1, exitType: ExitType.EXITED_WITH_SUPPORT, reason: `${COHORT_REASON} outpatient follow-ups lost and mortality high after hip fracture.` }],
    },
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
    history: {
      inspections: [
        inspected(140, 'R:RRGRR'),
        inspected(122, 'I:IRRGI', Rec.ENTER_SPECIAL_MEASURES),
        inspected(110, 'R:IRGRR', Rec.REMAIN_IN_SPECIAL_MEASURES),
        inspected(100, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES),
      ],
      episodes: [{ entry: 1, exit: 3, exitType: ExitType.EXITED, reason: 'Rated inadequate for safe and well-led services: seclusion used without review and a board that never saw the figures.' }],
      leaders: { CHIEF_EXECUTIVE: [150, 112] },
    },
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
    history: {
      inspections: [cohortEntry(9, 'I:IIGRI'), inspected(148, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 1, exitType: ExitType.EXITED, reason: `${COHORT_REASON} patients left on trolleys for hours and complaints unanswered for months.` }],
    },
    inspections: [inspected(42, 'R:RRGRR'), inspected(19, 'G:GGGGG')],
  },
  {
    ods: 'RS6', name: 'Sallowmoor Orthopaedic Hospital NHS Foundation Trust', type: FT, sector: ACUTE, system: 'SALLOW',
    forecast: '1980000.00', authorisedYearsAgo: 18,
    history: { inspections: [inspected(162, 'O:GOOGO')] },
    inspections: [inspected(56, 'O:GOOOO'), inspected(20, 'O:OOOGO')],
  },

  // --- Brackenridge and Vale ---------------------------------------------------------------
  {
    ods: 'RB1', name: 'Brackenridge University Hospitals NHS Foundation Trust', type: FT, sector: ACUTE, system: 'BRACKEN',
    forecast: '-11400000.00', authorisedYearsAgo: 15, autonomySuspended: true, fullBoard: true,
    history: {
      inspections: [cohortEntry(11, 'I:IIRRI'), inspected(147, 'I:IRRRI', Rec.REMAIN_IN_SPECIAL_MEASURES), inspected(134, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 2, exitType: ExitType.EXITED_WITH_SUPPORT, reason: `${COHORT_REASON} high mortality in stroke and elderly care, which the board put down to coding.` }],
      leaders: { CHIEF_EXECUTIVE: [175, 152] },
    },
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
    history: {
      inspections: [inspected(108, 'R:RRGRR'), inspected(96, 'I:IRGRI', Rec.ENTER_SPECIAL_MEASURES), inspected(84, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 1, exit: 2, exitType: ExitType.EXITED, reason: 'Rated inadequate for safe and well-led services: emergency calls held for hours over the winter and incidents left uninvestigated.' }],
    },
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
    history: { inspections: [inspected(158, 'G:GGGGG')] },
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
    history: {
      inspections: [
        cohortEntry(10, 'I:IIRRI'),
        inspected(145, 'I:IIGRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
        inspected(133, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES),
        inspected(104, 'I:IRRRI', Rec.ENTER_SPECIAL_MEASURES),
        inspected(92, 'R:IRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
        inspected(80, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES),
      ],
      episodes: [
        { entry: 0, exit: 2, exitType: ExitType.EXITED, reason: `${COHORT_REASON} infection control lapses and a high death rate in the acute medical unit.` },
        { entry: 3, exit: 5, exitType: ExitType.EXITED_WITH_SUPPORT, extensions: 1, reason: 'Placed in special measures for the second time: nurse staffing fell behind a growing emergency department and safety was inadequate again. Extended by six months after the reinspection.' },
      ],
      leaders: { CHIEF_EXECUTIVE: [150, 100] },
    },
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
    history: {
      inspections: [cohortEntry(9, 'I:IRRGI'), inspected(146, 'R:IRGRR', Rec.REMAIN_IN_SPECIAL_MEASURES), inspected(140, 'G:RGGGG', Rec.EXIT_SPECIAL_MEASURES)],
      episodes: [{ entry: 0, exit: 2, exitType: ExitType.EXITED, reason: `${COHORT_REASON} mortality above expected and nurse staffing far below establishment at night.` }],
      leaders: { CHIEF_EXECUTIVE: [160, 140] },
    },
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
    history: { inspections: [inspected(128, 'G:GGGGG')] },
    inspections: [inspected(30, 'G:GGGGG'), inspected(8, 'G:GGOGG')],
  },
  {
    ods: 'RW5', name: 'Marram Head Hospital NHS Foundation Trust', type: FT, sector: ACUTE, system: 'WEALD',
    forecast: '-870000.00', authorisedYearsAgo: 10,
    history: {
      // Still an NHS trust then; authorised as a foundation trust after it left special measures.
      inspections: [cohortEntry(12, 'I:IRGRI'), inspected(149, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES), inspected(124, 'G:GGGGG')],
      episodes: [{ entry: 0, exit: 1, exitType: ExitType.EXITED_WITH_SUPPORT, reason: `${COHORT_REASON} a small hospital without the doctors to run its emergency department safely.` }],
    },
    inspections: [inspected(41, 'R:RRGRR'), inspected(16, 'R:RRGRR')],
  },
  {
    ods: 'RW6', name: 'Cliffhaven Hospitals NHS Trust', type: NHS, sector: ACUTE, system: 'WEALD',
    forecast: '-1450000.00',
    history: {
      inspections: [
        cohortEntry(13, 'I:IIRRI'),
        inspected(147, 'I:IRRRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
        inspected(135, 'R:IRGRI', Rec.REMAIN_IN_SPECIAL_MEASURES),
        inspected(122, 'R:RRGRR', Rec.EXIT_SPECIAL_MEASURES),
      ],
      episodes: [{ entry: 0, exit: 3, exitType: ExitType.EXITED_WITH_SUPPORT, extensions: 1, reason: `${COHORT_REASON} high mortality in surgery, a backlog of complaints and a board out of touch with its wards. Extended by six months while leadership remained inadequate.` }],
    },
    inspections: [inspected(48, 'G:GGGGG'), inspected(23, 'R:RRGRR'), inspected(7, 'R:RRGRR')],
  },
];
