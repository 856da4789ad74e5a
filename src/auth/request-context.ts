import type { MikroORM } from '@mikro-orm/postgresql';
import { today } from '../clock';
import type { RequestContext } from './context';
import { countingContext } from '../observability/statement-count';
import { defineAbilityFor } from './abilities';
import { accessCache } from './access-cache';
import type { TokenClaims } from './jwt';
import { PUBLIC_PRINCIPAL, type Principal } from './principal';
import { resolveAccess } from './scope';

async function accessOf(orm: MikroORM, claims: TokenClaims | null, principal: Principal, loggerContext: ReturnType<typeof countingContext>) {
  // Today is part of the key: a director's appointment opens and ends with the date.
  const key = `${principal.role}\u0000${principal.organisation ?? ''}\u0000${today()}`;
  const cached = accessCache.get(key);
  if (cached) return cached;
  // Resolved on a fork of its own, so the request's identity map holds only fully loaded rows.
  const scope = claims ? (await resolveAccess(orm.em.fork({ loggerContext }), claims)).scope : { trustIds: [] };
  const ability = defineAbilityFor(principal, scope);
  accessCache.set(key, scope, ability);
  return { scope, ability };
}

/** The context of one request. `claims` are the verified token's, or null without a token (PUBLIC). */
export async function createRequestContext(orm: MikroORM, claims: TokenClaims | null): Promise<RequestContext> {
  const principal: Principal = claims ? { role: claims.role, organisation: claims.org, subject: claims.sub } : PUBLIC_PRINCIPAL;
  const loggerContext = countingContext(); // this request's forks count its SQL statements (src/observability/statement-count.ts)
  const { scope, ability } = await accessOf(orm, claims, principal, loggerContext);
  const em = orm.em.fork({ loggerContext });
  return { em, principal, scope, ability, mutation: null };
}
