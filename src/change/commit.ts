import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { authorize } from '../auth/guard';
import type { RequestContext } from '../context';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { lockRows } from '../db/row-lock';
import { announceChanges } from '../live/announce';
import { recordAuditEvents } from '../modules/audit/audit.writer';

// The end of every change (domain.md's step 5, then the write). Flushes of a Mutation's
// transaction go through here only: the guard below refuses any other.

const mutationTransactions = new WeakSet<object>();
const committing = new WeakSet<object>();

/** Marks the EntityManager of a Mutation's transaction: its flushes must come from commitChange. */
export const markMutationTransaction = (em: object): void => void mutationTransactions.add(em);

/** The row as it is after the change: FORBIDDEN unless the caller may create it, or update each changed field. */
function authorizeAfter(ctx: RequestContext, cs: ChangeSet<object>): void {
  if (cs.type === ChangeSetType.CREATE) return authorize(ctx, 'create', cs.entity);
  if (cs.type !== ChangeSetType.UPDATE) throw new Error(`a change may not ${cs.type} a ${cs.name}`);
  const version = cs.meta.versionProperty;
  for (const field of Object.keys(cs.payload)) if (field !== version) authorize(ctx, 'update', cs.entity, field);
}

/**
 * Every row the flush will update, locked before the audit chain's head is: the chain's lock is
 * always the last one a change takes, so two changes never wait on each other in a circle.
 */
async function lockUpdatedRows(tx: RequestContext, changeSets: ChangeSet<object>[]): Promise<void> {
  const byEntity = new Map<string, string[]>();
  for (const cs of changeSets) {
    if (cs.type === ChangeSetType.UPDATE) byEntity.set(cs.name, [...(byEntity.get(cs.name) ?? []), (cs.entity as { id: string }).id]);
  }
  for (const name of [...byEntity.keys()].sort()) await lockRows(tx.em, name, byEntity.get(name)!);
}

/** Checks every changed row after the change, adds one audit event for each, announces the live updates among them, and writes them all. */
export async function commitChange(tx: RequestContext): Promise<void> {
  if (!tx.mutation) throw new Error('commitChange runs only inside a Mutation field');
  const uow = tx.em.getUnitOfWork();
  uow.computeChangeSets();
  const changeSets = uow.getChangeSets().filter((cs) => !(cs.entity instanceof AuditEvent));
  if (changeSets.length === 0) return;
  for (const cs of changeSets) authorizeAfter(tx, cs);
  await lockUpdatedRows(tx, changeSets);
  await recordAuditEvents(tx.em, changeSets, tx.principal, tx.mutation);
  await announceChanges(tx.em, changeSets); // live updates: sent by PostgreSQL only if this transaction commits
  committing.add(tx.em);
  try {
    await tx.em.flush();
  } finally {
    committing.delete(tx.em);
  }
}

/** Refuses a flush of a Mutation's transaction that did not come from commitChange: it would be neither checked nor audited. */
export class ChangeFlushGuard implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    if (mutationTransactions.has(em) && !committing.has(em) && uow.getChangeSets().length > 0) {
      throw new Error('a Mutation flushed outside commitChange: its changes would be neither authorised nor audited');
    }
  }
}
