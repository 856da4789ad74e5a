import { conditionsMatcher } from '../../auth/row-matcher';
import { today } from '../../clock';
import { param, Sql, sql } from '../../db/sql/sql';

// "Published" (docs/domain.md#entities-and-rules): the inspection has a publication date that is not after today.
// Said once, here, in each form it is used in.

/** As a condition on Inspection rows: the ability's rules and so the SQL WHERE of every list. */
export const publishedCondition = () => ({ publishedOn: { $ne: null, $lte: today() } });

/** On a loaded row: the same condition, matched in memory. */
export const isPublished = (inspection: { publishedOn: string | null }): boolean => conditionsMatcher(publishedCondition())(inspection);

/** In SQL over an inspection table alias (derived facts, aggregates): published on or before `date`, today by default. */
export const publishedSql = (alias: string, date: string = today()): Sql => sql`${Sql.raw(alias)}.published_on <= ${param(date)}::date`;
