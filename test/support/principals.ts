import type { MikroORM } from '@mikro-orm/postgresql';
import type { TokenClaims } from '../../src/auth/jwt';
import { Role } from '../../src/common/enums';
import { createRequestContext } from '../../src/auth/request-context';
import type { RequestContext } from '../../src/auth/context';
import { DEMO_PRINCIPALS } from '../../src/db/demo-principals';

/** Every demo principal, plus PUBLIC (no token): all six roles. */
export const ALL_PRINCIPALS = [...DEMO_PRINCIPALS, { role: Role.PUBLIC, org: null, description: 'no token' }];

export const principal = (role: Role, org: string) => DEMO_PRINCIPALS.find((p) => p.role === role && p.org === org)!;

export function claimsOf(p: { role: Role; org: string | null }): TokenClaims | null {
  return p.role === Role.PUBLIC ? null : { sub: `test:${p.role}:${p.org}`, role: p.role as TokenClaims['role'], org: p.org! };
}

export function contextFor(orm: MikroORM, p: { role: Role; org: string | null }): Promise<RequestContext> {
  return createRequestContext(orm, claimsOf(p));
}
