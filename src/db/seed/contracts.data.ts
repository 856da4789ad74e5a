// The buddy contracts between trusts: terms, the measures reported each month, and which outcomes,
// claims and incentive payments the story needs (build-contracts.ts and build-contract-reports.ts).
import { ContractStatus, PaymentStatus } from '../../common/enums';
import type { ContractSpec } from './specs';

const { PROPOSED, APPROVED, PAID, WITHHELD } = PaymentStatus;

export const CONTRACTS: ContractSpec[] = [
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
  // Years ago: buddying in past episodes, by trusts of the same sector and of another.
  {
    supported: 'RN1', partner: 'RH1', status: ContractStatus.COMPLETED, startsMonthsAgo: 150, termMonths: 12,
    reimbursementCap: '150000.00', incentiveFund: '60000.00', dayRate: 62000,
    measures: [{ measure: 'Emergency surgery patients seen by a consultant within 14 hours', target: 'at least 90%', from: 64.0, to: 91.0, unit: '%' }],
    payments: [
      { month: 5, measure: 0, status: PAID, amount: '10000.00' },
      { month: 11, measure: 0, status: PAID, amount: '15000.00' },
    ],
  },
  {
    supported: 'RB1', partner: 'RS6', status: ContractStatus.COMPLETED, startsMonthsAgo: 148, termMonths: 12,
    reimbursementCap: '140000.00', incentiveFund: '50000.00', dayRate: 60000,
    measures: [{ measure: 'Stroke patients admitted to the stroke unit within 4 hours', target: 'at least 80%', from: 41.0, to: 78.0, unit: '%' }],
    payments: [{ month: 8, measure: 0, status: WITHHELD, amount: '10000.00' }],
  },
  {
    // A mental health trust lending its governance team to an acute one.
    supported: 'RH2', partner: 'RB3', status: ContractStatus.COMPLETED, startsMonthsAgo: 146, termMonths: 9,
    reimbursementCap: '90000.00', incentiveFund: '30000.00', dayRate: 58000,
    measures: [{ measure: 'Mortality reviews completed within 30 days of death', target: 'at least 90%', from: 35.0, to: 88.0, unit: '%' }],
    payments: [{ month: 6, measure: 0, status: PAID, amount: '10000.00' }],
  },
  {
    supported: 'RS4', partner: 'RW4', status: ContractStatus.COMPLETED, startsMonthsAgo: 116, termMonths: 12,
    reimbursementCap: '120000.00', incentiveFund: '40000.00', dayRate: 64000,
    measures: [{ measure: 'Episodes of seclusion reviewed within 4 hours', target: 'at least 95%', from: 52.0, to: 96.0, unit: '%' }],
    payments: [{ month: 10, measure: 0, status: PAID, amount: '12000.00' }],
  },
  {
    // An acute trust supporting a community one.
    supported: 'RN4', partner: 'RH1', status: ContractStatus.COMPLETED, startsMonthsAgo: 112, termMonths: 12,
    reimbursementCap: '110000.00', incentiveFund: '35000.00', dayRate: 61000,
    measures: [{ measure: 'Home visits recorded on the day', target: 'at least 95%', from: 71.0, to: 94.0, unit: '%' }],
  },
];

/** Days of partner support claimed in a month, cycled through by month and contract. */
export const DAYS_GIVEN = [6.5, 8, 7.5, 9, 5.5, 10, 7, 8.5];
/** Added to a measure's straight line from `from` to `to`, cycled through by month (twice over for counts). */
export const ACHIEVED_WOBBLE = [0, -0.8, 0.6, -0.3];
