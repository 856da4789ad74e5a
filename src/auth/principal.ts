import { Role } from '../common/enums';

/** Who the verified token says the caller is. PUBLIC when there is no token. */
export interface Principal {
  role: Role;
  /** CQC, MONITOR, TDA, an ODS code, a commissioner's or a director's code; null for PUBLIC. */
  organisation: string | null;
  subject: string;
}

/**
 * The rows a principal acts for, resolved once per request so that every access rule compares a
 * row's own foreign keys with a set (SQL `IN (...)`, and the same in memory): the trust itself for
 * TRUST, its appointed trusts for IMPROVEMENT_DIRECTOR, its system's trusts for COMMISSIONER and the
 * trusts its body oversees for OVERSIGHT. Empty for REGULATOR and PUBLIC.
 */
export interface AccessScope {
  trustIds: string[];
}

export const PUBLIC_PRINCIPAL: Principal = { role: Role.PUBLIC, organisation: null, subject: 'anonymous' };
