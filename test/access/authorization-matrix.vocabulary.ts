import { Role } from '../../src/common/enums';
import type { SubjectName } from '../../src/modules/entities';

// The words the authorization matrix is written in (authorization-matrix.table.ts puts them together).
// A row is one caller × entity × action × field × relation to the row → the outcome the domain's
// rules give. Outcomes are written by hand from the rules ("who reads and changes what"), never
// computed from the ability, so a rule changed by mistake shows as a failing row.

/** The demo principals (src/db/demo-principals.ts) and PUBLIC, by the short name the table's columns use. */
export const CALLERS = {
  CQC: { role: Role.REGULATOR, org: 'CQC' },
  MONITOR: { role: Role.OVERSIGHT, org: 'MONITOR' },
  TDA: { role: Role.OVERSIGHT, org: 'TDA' },
  RN1: { role: Role.TRUST, org: 'RN1' },
  RH1: { role: Role.TRUST, org: 'RH1' },
  ID1: { role: Role.IMPROVEMENT_DIRECTOR, org: 'ID-001' },
  ID6: { role: Role.IMPROVEMENT_DIRECTOR, org: 'ID-006' },
  X5N: { role: Role.COMMISSIONER, org: 'X5N' },
  PUBLIC: { role: Role.PUBLIC, org: null },
} as const satisfies Record<string, { role: Role; org: string | null }>;
export type CallerName = keyof typeof CALLERS;

/**
 * The row as the caller sees it. own: the caller's trust, the trusts its body oversees, its appointed
 * trust, its system's trusts, or either side of its own contract (the regulator's remit is national:
 * every row is its own). other: a row outside that. none: no token, or a caller no rule relates to
 * any row (a director between appointments).
 */
export type Relation = 'own' | 'other' | 'none';

/** A change: it succeeds, or is refused as FORBIDDEN (the caller may read the row) or NOT_FOUND (it may not: the row looks absent). */
export type ChangeOutcome = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND';
/** A read of a restricted field: its value, null with a FORBIDDEN error at its path, or the row is not returned at all. */
export type ReadOutcome = 'value' | 'null+FORBIDDEN' | 'hidden';

interface RowBase {
  caller: CallerName;
  entity: SubjectName;
  field: string;
  relation: Relation;
  /** The ODS code of the trust the row belongs to (a contract's: its supported trust's). */
  target: string;
}
export interface ChangeRow extends RowBase {
  kind: 'change';
  action: 'create' | 'update';
  /** The field of the served Mutation type that makes the change, run with its sample (test/pipeline/samples/). */
  mutation: string;
  expected: ChangeOutcome;
}
export interface ReadRow extends RowBase {
  kind: 'read';
  action: 'read';
  expected: ReadOutcome;
}
export type MatrixRow = ChangeRow | ReadRow;

type Cell<O> = readonly [Relation, O];
const cells = (relation: Relation) => ({
  may: [relation, 'allowed'] as Cell<ChangeOutcome>,
  F: [relation, 'FORBIDDEN'] as Cell<ChangeOutcome>,
  NF: [relation, 'NOT_FOUND'] as Cell<ChangeOutcome>,
  value: [relation, 'value'] as Cell<ReadOutcome>,
  masked: [relation, 'null+FORBIDDEN'] as Cell<ReadOutcome>,
  hidden: [relation, 'hidden'] as Cell<ReadOutcome>,
});
export const own = cells('own');
export const other = cells('other');
export const none = cells('none');

/** One mutation as every caller: `field` is the column it changes ('*' for a new row). */
export function changes(
  mutation: string, entity: SubjectName, action: ChangeRow['action'], field: string, target: string,
  byCaller: Record<CallerName, Cell<ChangeOutcome>>,
): ChangeRow[] {
  return Object.entries(byCaller).map(([caller, [relation, expected]]) =>
    ({ kind: 'change', mutation, entity, action, field, target, caller: caller as CallerName, relation, expected }));
}

/** Reads of restricted `fields` of `entity`: each [caller, cell, target trust]. */
export function reads(entity: SubjectName, fields: string[], byCaller: [CallerName, Cell<ReadOutcome>, string][]): ReadRow[] {
  return fields.flatMap((field) => byCaller.map(([caller, [relation, expected], target]) =>
    ({ kind: 'read' as const, action: 'read' as const, entity, field, target, caller, relation, expected })));
}

export const describeRow = (row: MatrixRow) =>
  `${row.caller} ${row.kind === 'change' ? row.mutation : `reads ${row.entity}.${row.field}`} of ${row.target} (${row.relation}) → ${row.expected}`;
