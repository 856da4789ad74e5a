import { none, other, own, reads, type ReadRow } from './authorization-matrix.vocabulary';

// Every restricted field (money and findings) read by every caller, on rows of the demo data. The
// rules in words: the regulator and both oversight bodies read every value everywhere; a trust reads
// its own forecast and the money of contracts it is either side of, and never the findings about its
// own leaders; a director reads all of that for the trust it is appointed to, findings included; a
// commissioner sees its system's rows but never money nor findings; the public no money, no contracts,
// no reviews. Targets: RN1 (FT, X5N's system, ID-001's, supported by RH1), RH1, RH2 (an NHS trust in
// another system, supported by RH3). A contract's target is its supported trust, the contract that of its present episode.

/** Money of the contract supporting the target, of its incentive payments and of its reimbursement claims. */
const CONTRACT_MONEY: Parameters<typeof reads>[2] = [
  ['CQC', own.value, 'RN1'],
  ['MONITOR', own.value, 'RN1'], ['MONITOR', other.value, 'RH2'],
  ['TDA', own.value, 'RH2'], ['TDA', other.value, 'RN1'],
  ['RN1', own.value, 'RN1'], ['RN1', other.hidden, 'RH2'],
  ['RH1', own.value, 'RN1'], ['RH1', other.hidden, 'RH2'], // RH1 is RN1's partner
  ['ID1', own.value, 'RN1'], ['ID1', other.hidden, 'RH2'],
  ['ID6', none.hidden, 'RN1'],
  ['X5N', own.masked, 'RN1'], ['X5N', other.hidden, 'RH2'],
  ['PUBLIC', none.hidden, 'RN1'],
];

export const READ_ROWS: ReadRow[] = [
  ...reads('Trust', ['financialForecast'], [
    ['CQC', own.value, 'RN1'],
    ['MONITOR', own.value, 'RN1'], ['MONITOR', other.value, 'RH2'],
    ['TDA', own.value, 'RH2'], ['TDA', other.value, 'RN1'],
    ['RN1', own.value, 'RN1'], ['RN1', other.masked, 'RH1'],
    ['RH1', own.value, 'RH1'], ['RH1', other.masked, 'RN1'], // a buddy does not read its partner's forecast
    ['ID1', own.value, 'RN1'], ['ID1', other.masked, 'RH1'],
    ['ID6', none.masked, 'RN1'],
    ['X5N', own.masked, 'RN1'], ['X5N', other.hidden, 'RH1'],
    ['PUBLIC', none.masked, 'RN1'],
  ]),
  ...reads('BuddyContract', ['reimbursementCap', 'incentiveFund', 'incentiveApproved', 'incentivePaid', 'reimbursed'], CONTRACT_MONEY),
  ...reads('IncentivePayment', ['amount'], CONTRACT_MONEY),
  ...reads('ReimbursementClaim', ['amount'], CONTRACT_MONEY),
  ...reads('LeadershipReview', ['findings'], [
    ['CQC', own.value, 'RN1'],
    ['MONITOR', own.value, 'RN1'], ['MONITOR', other.value, 'RH2'],
    ['TDA', own.value, 'RH2'], ['TDA', other.value, 'RN1'],
    ['RN1', own.masked, 'RN1'], ['RN1', other.hidden, 'RH2'], // the reviews of its own leaders, without their findings
    ['RH1', other.hidden, 'RN1'],
    ['ID1', own.value, 'RN1'], ['ID1', other.hidden, 'RH2'],
    ['ID6', none.hidden, 'RN1'],
    ['X5N', own.masked, 'RN1'], ['X5N', other.hidden, 'RH2'],
    ['PUBLIC', none.hidden, 'RN1'],
  ]),
];
