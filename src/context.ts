import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { defineAbilityFor, type AppAbility } from './auth/abilities';
import type { TokenClaims } from './auth/jwt';
import { PUBLIC_PRINCIPAL, type AccessScope, type Principal } from './auth/principal';
import { resolveAccess } from './auth/scope';
import { Loaders } from './common/loaders';

/** Everything a resolver may use: one EntityManager fork and one ability per request. */
export interface RequestContext {
  em: EntityManager;
  principal: Principal;
  scope: AccessScope;
  ability: AppAbility;
  loaders: Loaders;
}

/** `claims` are the verified token's, or null without a token (PUBLIC). */
export async function createRequestContext(orm: MikroORM, claims: TokenClaims | null): Promise<RequestContext> {
  const em = orm.em.fork();
  // Resolved on a fork of its own, so the request's identity map holds only fully loaded rows.
  const { principal, scope } = claims ? await resolveAccess(orm.em.fork(), claims) : { principal: PUBLIC_PRINCIPAL, scope: { trustIds: [] } };
  const ability = defineAbilityFor(principal, scope);
  return { em, principal, scope, ability, loaders: new Loaders(em, ability) };
}
