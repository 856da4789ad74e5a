import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from './abilities';
import type { AccessScope, Principal } from './principal';

/** A mutation's Idempotency-Key, for its caller, with the hash of the request it came with. */
export interface IdempotentRequest { caller: string; key: string; hash: string; claimed?: boolean }

/**
 * Everything a resolver may use: one EntityManager fork and one ability per request. Built by
 * src/auth/request-context.ts; inside a Mutation field, by the change pipeline (src/change/).
 */
export interface RequestContext {
  em: EntityManager;
  principal: Principal;
  scope: AccessScope;
  ability: AppAbility;
  /** The Mutation field being run, inside its transaction; null outside one. Audit events name it. */
  mutation: string | null;
  /** Set once a Mutation field of this request runs: its reads then go to the primary, never a replica that may lag. */
  wrote?: boolean;
  /** An Idempotency-Key request not seen before: the mutation's transaction claims it. */
  idempotency?: IdempotentRequest;
}
