import { addMonths } from '../../clock';
import { Sql, sql } from '../../db/sql/sql';

// When an episode's re-inspection falls due (docs/domain.md#derived-facts): its placement plus 12 months, plus 6 for
// each extension, clamped to the month's end. Said once, here, in each form it is used in.

export const MONTHS_TO_REINSPECTION = 12;
export const MONTHS_PER_EXTENSION = 6;

/** On a loaded episode. */
export const reinspectionDueOn = (placedOn: string, extensions: number): string =>
  addMonths(placedOn, MONTHS_TO_REINSPECTION + MONTHS_PER_EXTENSION * extensions);

/** In SQL, over an episode's placement date and extensions (PostgreSQL's month arithmetic clamps as addMonths does). */
export const reinspectionDueSql = (placedOn: Sql, extensions: Sql): Sql =>
  sql`(${placedOn} + make_interval(months => ${Sql.raw(String(MONTHS_TO_REINSPECTION))} + ${Sql.raw(String(MONTHS_PER_EXTENSION))} * ${extensions}))::date`;
