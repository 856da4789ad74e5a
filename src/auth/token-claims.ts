import { Role } from '../common/enums';
import { CODE_PATTERN } from '../common/validate';

export const TOKEN_ROLES: readonly Role[] = Object.values(Role).filter((r) => r !== Role.PUBLIC);
export const ORG_PATTERN = CODE_PATTERN;
const MAX_SUB_LENGTH = 200;

export interface TokenClaims { sub: string; role: Exclude<Role, Role.PUBLIC>; org: string }

/** Why a token was refused. The message never contains the token itself. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/** Shape-checks sub, role and org (whether the org exists, and may hold the role, is checked elsewhere). */
export function validateClaims(payload: Record<string, unknown>): TokenClaims {
  const { sub, role, org } = payload;
  if (sub === undefined) throw new InvalidTokenError('missing claim: sub');
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > MAX_SUB_LENGTH || /[\u0000-\u001f\u007f]/.test(sub)) {
    throw new InvalidTokenError(`invalid claim: sub must be a non-empty string of at most ${MAX_SUB_LENGTH} characters`);
  }
  if (role === undefined) throw new InvalidTokenError('missing claim: role');
  if (typeof role !== 'string' || !TOKEN_ROLES.includes(role as Role)) {
    throw new InvalidTokenError(`invalid claim: role must be one of ${TOKEN_ROLES.join(', ')}`);
  }
  if (org === undefined || org === null) throw new InvalidTokenError('missing claim: org');
  if (typeof org !== 'string' || !ORG_PATTERN.test(org)) throw new InvalidTokenError('invalid claim: org is not a valid code');
  return { sub, role: role as TokenClaims['role'], org };
}
