import { addMonths, today } from '../../clock';
import type { DerivedGroup, DerivedValue } from '../../common/derived';
import { oversightBodySql, Rating, TrustType } from '../../common/enums';
import { param, Sql, sql } from '../../db/sql/sql';
import { publishedSql } from '../inspection/published';
import { reinspectionDueSql } from '../special-measures/reinspection';

// The derived facts of a trust (docs/domain.md#derived-facts; on a date: docs/domain.md#time), each defined once over the rows it reads: the read
// engine computes them for a whole page at once, filters and orders use them row by row, and the
// entity loaded for a change gets them as formulas.

const INADEQUATE = `'${Rating.INADEQUATE}'`;

// Each group reads the rows as they stood on a date: today for the live facts, any date for a
// trust's standing then (src/modules/time/). For today both give the same values.

/** Each trust's latest inspection published by `date` (by inspectedOn): its overall rating and the special measures criteria. */
export const latestPublishedOn = (date?: string): DerivedGroup => ({
  name: 'latest_published',
  rows: (match) => sql`select distinct on (i.trust_id) i.trust_id as key, i.overall,
      i.well_led = ${Sql.raw(INADEQUATE)} and ((i.safe = ${Sql.raw(INADEQUATE)})::int + (i.effective = ${Sql.raw(INADEQUATE)})::int
        + (i.caring = ${Sql.raw(INADEQUATE)})::int + (i.responsive = ${Sql.raw(INADEQUATE)})::int) >= 1 as meets
    from inspection i where ${match('i.trust_id')} and ${publishedSql('i', date)}
    order by i.trust_id, i.inspected_on desc, i.id desc`,
});

/**
 * Each trust's episode active on `date`: placed on or before it and not exited on or before it (on
 * its exit date a trust is out). Today that is the one not exited (at most one, by a unique index).
 */
export const activeEpisodeOn = (date?: string): DerivedGroup => ({
  name: 'active_episode',
  rows: (match) => {
    const columns = sql`e.id as episode_id, true as active, ${reinspectionDueSql(Sql.raw('e.placed_on'), Sql.raw('e.extensions'))} as due`;
    if (date === undefined) return sql`select e.trust_id as key, ${columns} from special_measures_episode e where ${match('e.trust_id')} and e.exited_on is null`;
    return sql`select distinct on (e.trust_id) e.trust_id as key, ${columns} from special_measures_episode e
      where ${match('e.trust_id')} and e.placed_on <= ${param(date)}::date and (e.exited_on is null or e.exited_on > ${param(date)}::date)
      order by e.trust_id, e.placed_on desc`;
  },
});

/** Distinct chief executives in post at any time in the 12 months to `date` (today by default), ends included. */
export const chiefExecutivesOn = (date?: string): DerivedGroup => ({
  name: 'chief_executives',
  rows: (match) => {
    const on = date ?? today();
    return sql`select l.trust_id as key, count(distinct l.name)::int as n from leadership_tenure l
      where ${match('l.trust_id')} and l.role = 'CHIEF_EXECUTIVE' and l.started_on <= ${param(on)}::date
        and (l.ended_on is null or l.ended_on >= ${param(addMonths(on, -12))}::date)
      group by l.trust_id`;
  },
});

const latestPublished = latestPublishedOn();
const activeEpisode = activeEpisodeOn();
const chiefExecutives = chiefExecutivesOn();

const currentRating: DerivedValue = (trust) => trust.from(latestPublished, 'overall');
const inSpecialMeasures: DerivedValue = (trust) => sql`coalesce(${trust.from(activeEpisode, 'active')}, false)`;

export const trustFacts = {
  currentRating,
  inSpecialMeasures,
  meetsSpecialMeasuresCriteria: (trust) => sql`coalesce(${trust.from(latestPublished, 'meets')}, false)`,
  chiefExecutivesInLast12Months: (trust) => sql`coalesce(${trust.from(chiefExecutives, 'n')}, 0)`,
  oversightBody: (trust) => Sql.raw(oversightBodySql(trust.column('type').text)),
  /** When the active episode's re-inspection falls due; null out of special measures (an order of trusts, no field). */
  reinspectionDueOn: (trust) => trust.from(activeEpisode, 'due'),
  eligibleForFoundationStatus: (trust) => sql`(${trust.column('type')} = ${Sql.raw(`'${TrustType.NHS_TRUST}'`)}
    and coalesce(${currentRating(trust)} in (${Sql.raw(`'${Rating.GOOD}', '${Rating.OUTSTANDING}'`)}), false) and not ${inSpecialMeasures(trust)})`,
} satisfies Record<string, DerivedValue>;
