import { authorize } from '../auth/guard';
import type { RequestContext } from '../auth/context';
import { ConflictError } from '../errors';

/** What a change does to its subject row: create it (built with `persist: false`) or update it. */
export type ChangeSubject<T extends object> = { create: T } | { update: T; field?: string };

/** The steps of one change, in the check order of docs/domain.md#how-access-behaves. Each step sees what the earlier ones made. */
export interface ChangeSteps<Rows, Input, T extends object> {
  /** 1. NOT_FOUND: the rows the change reads, each one the caller may read (loadReadable, loadForChange). */
  load(): Promise<Rows>;
  /** 2. BAD_USER_INPUT: the input's shape, checked and normalised. */
  validate?(rows: Rows): Input;
  /** 3. FORBIDDEN: the row the change creates or updates, which the caller must be allowed to. */
  subject(rows: Rows, input: Input): ChangeSubject<T>;
  /** 4. FAILED_PRECONDITION or CONFLICT: the business rules, given the state of other rows. */
  rules?(rows: Rows, input: Input, row: T): void | Promise<void>;
  /** The change itself; a created row is persisted before it. */
  apply?(rows: Rows, input: Input, row: T): void | Promise<void>;
}

/**
 * Runs a change's steps in the order of docs/domain.md#how-access-behaves and returns its subject row. Step 5 (every changed
 * row as it is after the change), the audit events and the write follow when the Mutation field
 * returns (src/change/mutation-pipeline.ts), in the same transaction.
 */
export async function change<Rows, Input, T extends object>(ctx: RequestContext, steps: ChangeSteps<Rows, Input, T>): Promise<T> {
  if (!ctx.mutation) throw new Error('change() runs only inside a Mutation field');
  const rows = await steps.load();
  const input = steps.validate ? steps.validate(rows) : (undefined as Input);
  const subject = steps.subject(rows, input);
  const row = 'create' in subject ? subject.create : subject.update;
  if ('create' in subject) authorize(ctx, 'create', row);
  else authorize(ctx, 'update', row, subject.field);
  await steps.rules?.(rows, input, row);
  if ('create' in subject) ctx.em.persist(row);
  await steps.apply?.(rows, input, row);
  return row;
}

/** CONFLICT unless the caller read the row at its current version (optimistic concurrency). */
export function checkVersion(what: string, row: { version: number }, read: number): void {
  if (row.version !== read) throw new ConflictError(`the ${what} changed since you read it (it is at version ${row.version}, you sent ${read}): read it again`);
}
