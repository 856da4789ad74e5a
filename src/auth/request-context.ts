import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { defineAbilityFor } from './abilities';
import type { TokenClaims } from './jwt';
import { Loaders } from './loaders';
import { PUBLIC_PRINCIPAL } from './principal';
import { resolveAccess } from './scope';

/** The context of one request. `claims` are the verified token's, or null without a token (PUBLIC). */
export async function createRequestContext(orm: MikroORM, claims: TokenClaims | null): Promise<RequestContext> {
  const em = orm.em.fork();
  // Resolved on a fork of its own, so the request's identity map holds only fully loaded rows.
  const { principal, scope } = claims ? await resolveAccess(orm.em.fork(), claims) : { principal: PUBLIC_PRINCIPAL, scope: { trustIds: [] } };
  const ability = defineAbilityFor(principal, scope);
  return { em, principal, scope, ability, loaders: new Loaders(em, ability), mutation: null };
}
