import { RequestTopic, Role } from '../../common/enums';

/** One body's ask in the demo: who, how many days ago, in how many days it is due, in its words. */
export interface AskSpec {
  role: Role.REGULATOR | Role.OVERSIGHT | Role.COMMISSIONER;
  org: string;
  askedDaysAgo: number;
  dueInDays: number;
  question: string;
}

export interface RequestSpec {
  trust: string;
  topic: RequestTopic;
  monthsBack: number; // the period: the last full month, less this many months
  asks: AskSpec[];
  answeredDaysAgo?: number;
  answer?: string;
}

const CQC = (askedDaysAgo: number, dueInDays: number, question: string): AskSpec => ({ role: Role.REGULATOR, org: 'CQC', askedDaysAgo, dueInDays, question });
const body = (org: string) => (askedDaysAgo: number, dueInDays: number, question: string): AskSpec =>
  ({ role: org.startsWith('X') ? Role.COMMISSIONER : Role.OVERSIGHT, org, askedDaysAgo, dueInDays, question });

/** Requests to trusts in special measures: asked by two or three bodies at once, answered, one overdue. */
export const REQUESTS: RequestSpec[] = [
  {
    trust: 'RN1', topic: RequestTopic.QUALITY_AND_SAFETY, monthsBack: 0,
    asks: [
      CQC(20, 30, 'Serious incidents and never events reported last month, with the actions taken.'),
      body('X5N')(18, 25, 'Patient safety incidents in the emergency department last month.'),
      body('MONITOR')(15, 21, 'Harm reviews completed for patients waiting over 12 hours in ED.'),
    ],
  },
  {
    trust: 'RN1', topic: RequestTopic.FINANCE, monthsBack: 1,
    asks: [body('MONITOR')(40, 14, 'Month-end financial position against plan.'), body('X5N')(38, 14, 'Spend on agency staff against the cap.')],
    answeredDaysAgo: 27, answer: 'Deficit of £2.1m against a planned £1.8m; agency spend 9% over the cap, recovery plan attached.',
  },
  {
    trust: 'RN3', topic: RequestTopic.WORKFORCE, monthsBack: 0,
    asks: [CQC(16, 12, 'Registered nurse vacancy and turnover rates by ward.')], // due 4 days ago: overdue
  },
  {
    trust: 'RH2', topic: RequestTopic.GOVERNANCE, monthsBack: 1,
    asks: [body('TDA')(35, 20, 'Board assurance framework and risk register.'), body('X3H')(33, 20, 'Minutes of the quality committee.'), CQC(30, 21, 'Well-led self-assessment.')],
    answeredDaysAgo: 12, answer: 'Board assurance framework, risk register and quality committee minutes attached; self-assessment follows the well-led framework.',
  },
  {
    trust: 'RS4', topic: RequestTopic.INFECTION_CONTROL, monthsBack: 0,
    asks: [body('X7S')(6, 20, 'C. difficile cases this year against the threshold.'), body('TDA')(4, 24, 'Infection prevention audit results.')],
  },
];
