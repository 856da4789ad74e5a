import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { authorize } from '../auth/guard';
import { movesScopes } from '../auth/scope';
import { now } from '../clock';
import type { RequestContext } from '../auth/context';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { lockRows } from '../db/sql/row-lock';
import { announcement } from '../live/announce';
import { auditEventsOf } from './audit-writer';
import { writeChange } from './write';

// The end of every change (step 5 of docs/domain.md#how-access-behaves, then the write). Flushes of a Mutation's
// transaction go through here only: the guard below refuses any other.

const mutationTransactions = new WeakSet<object>();

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
 * Every row the change updates, locked before it writes (those it loaded with loadForChange already
 * are): the chains' locks, taken as its audit events are inserted, are always the last a change
 * takes, so two changes never wait on each other in a circle.
 */
async function lockUpdatedRows(tx: RequestContext, changeSets: ChangeSet<object>[]): Promise<void> {
  const byEntity = new Map<string, string[]>();
  for (const cs of changeSets) {
    if (cs.type === ChangeSetType.UPDATE) byEntity.set(cs.name, [...(byEntity.get(cs.name) ?? []), (cs.entity as { id: string }).id]);
  }
  for (const name of [...byEntity.keys()].sort()) await lockRows(tx.em, name, byEntity.get(name)!);
}

/**
 * Checks every changed row after the change, then writes them with one audit event each and the
 * live updates among them, in one statement of the change's transaction. Returns whether the change
 * moved anyone's access (src/auth/scope.ts), for the pipeline to forget the cached scopes once it commits.
 */
export async function commitChange(tx: RequestContext): Promise<{ movesScopes: boolean }> {
  if (!tx.mutation) throw new Error('commitChange runs only inside a Mutation field');
  const uow = tx.em.getUnitOfWork();
  uow.computeChangeSets();
  const changeSets = uow.getChangeSets().filter((cs) => !(cs.entity instanceof AuditEvent));
  if (changeSets.length === 0) return { movesScopes: false };
  for (const cs of changeSets) authorizeAfter(tx, cs);
  await lockUpdatedRows(tx, changeSets);
  const at = now();
  await writeChange(tx.em, {
    changeSets,
    announcement: announcement(changeSets, at), // live updates: sent by PostgreSQL only if this transaction commits
    events: auditEventsOf(changeSets, tx.principal, tx.mutation, at),
  });
  const moved = changeSets.some(movesScopes);
  tx.em.clear(); // written: nothing is left for a flush to write
  return { movesScopes: moved };
}

/** Refuses a flush of a Mutation's transaction: its changes would be neither checked nor audited (commitChange writes them itself). */
export class ChangeFlushGuard implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    if (mutationTransactions.has(em) && uow.getChangeSets().length > 0) {
      throw new Error('a Mutation flushed outside commitChange: its changes would be neither authorised nor audited');
    }
  }
}
