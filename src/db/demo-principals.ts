import { Role } from '../common/enums';

/** A ready-made caller whose organisation exists in the demo data (src/db/seed/). */
export interface DemoPrincipal {
  role: Role;
  /** CQC, MONITOR, TDA, an ODS code, a director's or a commissioner's code. */
  org: string | null;
  description: string;
}

/**
 * One principal per interesting point of view over the demo data. seedDemoData() checks that every
 * org named here exists in what it inserts, so these codes cannot drift from the seed.
 */
export const DEMO_PRINCIPALS: readonly DemoPrincipal[] = [
  {
    role: Role.REGULATOR,
    org: 'CQC',
    description: 'Care Quality Commission: reads everything, records and publishes inspections.',
  },
  {
    role: Role.OVERSIGHT,
    org: 'MONITOR',
    description: 'Monitor: oversees the foundation trusts (e.g. RN1 Northmere, RB1 Brackenridge).',
  },
  {
    role: Role.OVERSIGHT,
    org: 'TDA',
    description: 'NHS Trust Development Authority: oversees the NHS trusts (e.g. RH2 Ashby and District).',
  },
  {
    role: Role.TRUST,
    org: 'RN1',
    description: 'Northmere Hospitals NHS Foundation Trust: in special measures, autonomy suspended, supported side of the active contract with RH1.',
  },
  {
    role: Role.TRUST,
    org: 'RH1',
    description: 'Harrowfield Teaching Hospitals NHS Foundation Trust: rated outstanding, buddy (partner) of RN1 and RS3.',
  },
  {
    role: Role.IMPROVEMENT_DIRECTOR,
    org: 'ID-001',
    description: 'Dr Helena Marsh (Monitor): open appointment at RN1 Northmere.',
  },
  {
    role: Role.IMPROVEMENT_DIRECTOR,
    org: 'ID-006',
    description: 'Rosalind Achebe (Monitor): between appointments; past appointments at RN3 and RS3 ended when they left special measures.',
  },
  {
    role: Role.COMMISSIONER,
    org: 'X5N',
    description: "NHS Northmere and Fenwick CCG: sees only the Northmere and Fenwick system's trusts (RN1 to RN6).",
  },
];
