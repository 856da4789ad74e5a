// One example query per role, as the README lists them ("One example query per role") and the
// explorer offers them for the role picked; a test keeps the README's list equal to this one.
import { parse, print } from 'graphql';
import { Role } from '../common/enums';

export interface RoleExample {
  role: Role;
  /** The demo organisation the README shows it for, if the role has one. */
  org: string | null;
  query: string;
  /** What to look for in the answer. */
  note?: string;
}

export const ROLE_EXAMPLES: readonly RoleExample[] = [
  {
    role: Role.PUBLIC, org: null,
    query: '{ trusts(filter: { inSpecialMeasures: true }) { totalCount nodes { name currentRating specialMeasuresEpisodes { placedOn reinspectionDueOn } } } }',
  },
  {
    role: Role.REGULATOR, org: 'CQC',
    query: '{ trusts(filter: { currentRating: INADEQUATE }) { nodes { odsCode name meetsSpecialMeasuresCriteria inspections { inspectedOn publishedOn overall } } } }',
  },
  {
    role: Role.OVERSIGHT, org: 'MONITOR',
    query: '{ buddyContracts(filter: { contractingBody: MONITOR }) { nodes { reference status incentiveFund incentiveApproved reimbursed supportedTrust { name } } } }',
  },
  {
    role: Role.TRUST, org: 'RN1',
    query: '{ trust(odsCode: "RN1") { financialForecast buddyContracts { reference reimbursementCap outcomes { period measure verification } } leadershipReviews { outcome findings } } }',
    note: 'findings come back null with a FORBIDDEN error at their path',
  },
  {
    role: Role.IMPROVEMENT_DIRECTOR, org: 'ID-001',
    query: '{ trust(odsCode: "RN1") { leadershipReviews { reviewedOn outcome findings } improvementPlan { updateOverdue actions { title status } } } }',
  },
  {
    role: Role.COMMISSIONER, org: 'X5N',
    query: '{ localSystems { code trusts { odsCode name inSpecialMeasures } } buddyContracts { nodes { reference partnerTrust { name } incentiveFund } } }',
    note: 'incentiveFund comes back null with a FORBIDDEN error at its path: no money for commissioners',
  },
];

/** The example as the explorer shows it: a comment saying whose it is, then the query on readable lines. */
export function readableExample({ role, org, query, note }: RoleExample): string {
  const who = org ? `${role} ${org}` : role;
  return `# ${who}: ${role === Role.PUBLIC ? 'no token' : 'pick it above'}${note ? `; ${note}` : ''}\n${print(parse(query))}\n`;
}
