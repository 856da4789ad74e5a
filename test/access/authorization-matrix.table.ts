import { CHANGE_ROWS } from './authorization-matrix.changes.table';
import { READ_ROWS } from './authorization-matrix.reads.table';
import { CALLERS, type MatrixRow } from './authorization-matrix.vocabulary';

// The authorization matrix: one table of caller (role and organisation) × entity × action × field ×
// relation to the row (own, other, none) → what the domain's rules say happens. It is written by hand
// in two parts, by area: every mutation as every caller (authorization-matrix.changes.table.ts) and
// every restricted field as every caller (authorization-matrix.reads.table.ts). The words it is
// written in are in authorization-matrix.vocabulary.ts; authorization-matrix.test.ts runs each row
// over HTTP against the real server on the demo data.

export { CALLERS, describeRow, type ChangeRow, type MatrixRow, type ReadRow } from './authorization-matrix.vocabulary';

export const AUTHORIZATION_MATRIX: MatrixRow[] = [...CHANGE_ROWS, ...READ_ROWS];

const count = (values: Iterable<string>) => new Set(values).size;

/** e.g. "authorization matrix: 400 cases (9 callers of 6 roles × 17 entities × 3 actions × 24 fields × 3 relations; 29 mutations, 9 restricted fields)". */
export function matrixSize(rows: MatrixRow[] = AUTHORIZATION_MATRIX): string {
  const dimensions = [
    `${count(rows.map((r) => r.caller))} callers of ${count(rows.map((r) => CALLERS[r.caller].role))} roles`,
    `${count(rows.map((r) => r.entity))} entities`,
    `${count(rows.map((r) => r.action))} actions`,
    `${count(rows.map((r) => `${r.entity}.${r.field}`))} fields`,
    `${count(rows.map((r) => r.relation))} relations`,
  ];
  const mutations = count(rows.flatMap((r) => (r.kind === 'change' ? [r.mutation] : [])));
  const restricted = count(rows.flatMap((r) => (r.kind === 'read' ? [`${r.entity}.${r.field}`] : [])));
  return `authorization matrix: ${rows.length} cases (${dimensions.join(' × ')}; ${mutations} mutations, ${restricted} restricted fields)`;
}
