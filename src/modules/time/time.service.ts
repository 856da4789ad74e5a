import { readableIds } from '../../auth/readable-sql';
import { today } from '../../clock';
import { ContractStatus } from '../../common/enums';
import { rows, type Rows } from '../rows';
import { checkInOrder } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { param, Sql, sql } from '../../db/sql/sql';
import { LIST_BOUNDS } from '../../limits/query-limits';
import { Inspection } from '../inspection/inspection.entity';
import { publishedSql } from '../inspection/published';
import { SpecialMeasuresEpisode } from '../special-measures/special-measures.entity';
import { Trust } from '../trust/trust.entity';
import { STATUS_COLUMNS, STATUS_RELATIONS, stepOf } from './time.relations';
import { checkStandingDate, keyQuestionsMoved, trustStatusSql, wholeMonthsSql } from './time.sql';

// The root lists of the regime through time (docs/domain.md#time): each one statement over the
// rows the caller may read (readableIds, the same filter as every list).

/** A contract in these states buddied its supported trust over its term (a draft or a terminated one did not). */
const BUDDYING = [ContractStatus.ACTIVE, ContractStatus.COMPLETED];

const episodeRelation = { episode: { kind: 'one', target: () => SpecialMeasuresEpisode, key: 'episode_id' } } as const;

/** Episodes the caller may read, placed within the range (either end open), as alias e. */
function episodesPlaced(ctx: RequestContext, placedFrom?: string | null, placedTo?: string | null): Sql {
  if (placedFrom && placedTo) checkInOrder(placedFrom, placedTo, 'placedFrom', 'placedTo');
  return sql`e.id in (${readableIds(ctx, SpecialMeasuresEpisode)})
    and (${param(placedFrom ?? null)}::date is null or e.placed_on >= ${param(placedFrom ?? null)}::date)
    and (${param(placedTo ?? null)}::date is null or e.placed_on <= ${param(placedTo ?? null)}::date)`;
}

export const timeService = {
  /** Every trust the caller may read as it stood on `date`, by name; only those in (or out of) special measures then if asked. */
  trustsOn(ctx: RequestContext, date: string, inSpecialMeasures?: boolean | null): Rows {
    const standing = trustStatusSql(checkStandingDate(date), sql`status_trust.id in (${readableIds(ctx, Trust)})`, true);
    return rows({
      kind: 'derived', typeName: 'TrustStatus', limit: LIST_BOUNDS['Query.trustsOn'],
      sql: sql`select * from (${standing}) s where ${param(inSpecialMeasures ?? null)}::boolean is null or s.in_special_measures = ${param(inSpecialMeasures ?? null)}::boolean`,
      columns: STATUS_COLUMNS, relations: STATUS_RELATIONS,
    });
  },

  /**
   * Per episode placed in the range, by placement: its ratings at placement (the entry inspection,
   * else the latest published by then) against its first re-inspection published since, among the
   * published inspections the caller may read.
   */
  oneYearOn(ctx: RequestContext, placedFrom?: string | null, placedTo?: string | null): Rows {
    const visible = (alias: string) => sql`${publishedSql(alias)} and ${Sql.raw(alias)}.id in (${readableIds(ctx, Inspection)})`;
    const query = sql`select e.id as episode_id, e.trust_id, p.id as placement_inspection_id, r.id as reinspection_id,
        case when p.id is null or r.id is null then 0 else ${keyQuestionsMoved('p', 'r', 'improved')} end as improved,
        case when p.id is null or r.id is null then 0 else ${keyQuestionsMoved('p', 'r', 'declined')} end as declined,
        ${wholeMonthsSql(Sql.raw('e.placed_on'), Sql.raw('r.inspected_on'))}::int as months_to_reinspection,
        row_number() over (order by e.placed_on, t.name, e.id) as n
      from special_measures_episode e join trust t on t.id = e.trust_id
        left join lateral (select i.* from inspection i where i.trust_id = e.trust_id and ${visible('i')}
          and (i.id = e.entry_inspection_id or (e.entry_inspection_id is null and i.published_on <= e.placed_on))
          order by i.inspected_on desc, i.id desc limit 1) p on true
        left join lateral (select i.* from inspection i where i.trust_id = e.trust_id and ${visible('i')} and i.inspected_on > e.placed_on
          order by i.inspected_on, i.id limit 1) r on true
      where ${episodesPlaced(ctx, placedFrom, placedTo)}`;
    return rows({
      kind: 'derived', typeName: 'EpisodeProgress', sql: query, limit: LIST_BOUNDS['Query.oneYearOn'],
      columns: { improved: 'improved', declined: 'declined', monthsToReinspection: 'months_to_reinspection' },
      relations: { ...episodeRelation, atPlacement: stepOf('placement_inspection_id'), atReinspection: stepOf('reinspection_id') },
    });
  },

  /**
   * Per episode placed in the range, by placement: the interventions it received (facts over all
   * rows, as every derived fact) and where it ended. The episodes are chosen once, then each table
   * is read once for all of them and grouped by episode (a subquery per episode cost 250 trusts'
   * list nearly twice the time).
   */
  interventionOutcomes(ctx: RequestContext, placedFrom?: string | null, placedTo?: string | null): Rows {
    const query = sql`with chosen as materialized (select e.id, e.trust_id, e.placed_on, e.exited_on, e.exit_type,
          coalesce(e.exited_on, ${param(today())}::date) as ends, t.name, t.sector
        from special_measures_episode e join trust t on t.id = e.trust_id where ${episodesPlaced(ctx, placedFrom, placedTo)}),
      buddy as (select e.id, bool_or(partner.sector = e.sector) as same_sector
        from chosen e join buddy_contract c on c.supported_trust_id = e.trust_id join trust partner on partner.id = c.partner_trust_id
        where c.status = any(${param(BUDDYING)}::text[]) and c.starts_on <= e.ends and c.ends_on >= e.placed_on group by e.id),
      director as (select e.id, min(a.starts_on) - e.placed_on as days from chosen e join director_appointment a on a.trust_id = e.trust_id
        where a.starts_on >= e.placed_on and (e.exited_on is null or a.starts_on < e.exited_on) and (a.ends_on is null or a.ends_on > a.starts_on)
        group by e.id, e.placed_on),
      ceo as (select e.id, count(distinct l.name)::int as n from chosen e join leadership_tenure l on l.trust_id = e.trust_id
        where l.role = 'CHIEF_EXECUTIVE' and l.started_on >= e.placed_on and l.started_on <= e.ends group by e.id)
      select e.id as episode_id, e.exit_type, b.id is not null as buddied, b.same_sector, d.days as days_to_director,
        coalesce(ceo.n, 0) as chief_executive_changes, ${wholeMonthsSql(Sql.raw('e.placed_on'), Sql.raw('e.ends'))}::int as months_in_special_measures,
        row_number() over (order by e.placed_on, e.name, e.id) as n
      from chosen e left join buddy b on b.id = e.id left join director d on d.id = e.id left join ceo on ceo.id = e.id`;
    return rows({
      kind: 'derived', typeName: 'InterventionOutcome', sql: query, limit: LIST_BOUNDS['Query.interventionOutcomes'],
      columns: {
        buddied: 'buddied', buddySameSector: 'same_sector', daysToDirector: 'days_to_director', chiefExecutiveChanges: 'chief_executive_changes',
        monthsInSpecialMeasures: 'months_in_special_measures', exitType: 'exit_type',
      },
      relations: episodeRelation,
    });
  },
};
