import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { AppAbility } from './abilities';
import type { AccessScope } from './principal';

/**
 * A caller's scope (the trusts it acts for) and ability, kept a few seconds per role and
 * organisation: reading them is a statement and a rule build on every request otherwise. A change
 * committed by this process that may move a scope (src/auth/scope.ts, movesScopes) clears them at
 * once, so a process never serves access older than its own writes; another process's change (an
 * appointment ended elsewhere) shows within the lifetime.
 */
export const ACCESS_CACHE_SECONDS = 5;

interface Access { scope: AccessScope; ability: AppAbility; expires: number }

const cache = new Map<string, Access>();
const MAX_ENTRIES = 10_000;

export const accessCache = {
  get(key: string): Access | undefined {
    const access = cache.get(key);
    if (access && access.expires > Date.now()) return access;
    cache.delete(key);
    return undefined;
  },

  set(key: string, scope: AccessScope, ability: AppAbility): void {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { scope, ability, expires: Date.now() + ACCESS_CACHE_SECONDS * 1000 });
  },

  /** A change was committed: scopes may have moved (an appointment, a trust's system). */
  clear(): void {
    cache.clear();
  },
};

/**
 * Clears the cache after every flush of this process that wrote (a seed, a fixture); a change writes
 * without one and clears it itself. An empty flush (each transaction ends with one) clears nothing.
 */
export class AccessCacheInvalidator implements EventSubscriber {
  afterFlush({ uow }: FlushEventArgs): void {
    if (uow.getChangeSets().length > 0) accessCache.clear();
  }
}
