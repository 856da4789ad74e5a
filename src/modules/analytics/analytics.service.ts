import { readableIds } from '../../auth/readable-sql';
import { today } from '../../clock';
import { KEY_QUESTION_FIELDS, KeyQuestion, type Sector } from '../../common/enums';
import { rows, type Rows } from '../rows';
import { checkInOrder } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { param, Sql, sql } from '../../db/sql/sql';
import { LIST_BOUNDS } from '../../limits/query-limits';
import { reinspectionDueSql } from '../special-measures/reinspection';
import { SpecialMeasuresEpisode } from '../special-measures/special-measures.entity';
import { Inspection } from '../inspection/inspection.entity';
import { publishedSql } from '../inspection/published';
import { Trust } from '../trust/trust.entity';

// Cross-trust figures, each one SQL statement over the rows the caller may read: the same filter
// as every list (readableIds), so an aggregate never counts a row the caller could not list.

const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const KEY_QUESTIONS = Object.values(KeyQuestion).map((kq, i) => ({ kq, column: column(KEY_QUESTION_FIELDS[i]), n: i + 1 }));

const wholeMonths = (from: Sql, to: Sql) => sql`(extract(year from age(${to}, ${from})) * 12 + extract(month from age(${to}, ${from})))`;

const byColumn = <T extends string>(...fields: T[]) => Object.fromEntries(fields.map((field) => [field, column(field)])) as Record<T, string>;

export const analyticsService = {
  /** Per key question, in the order of the enum, how often the overall rating equals it. */
  keyQuestionAgreement(ctx: RequestContext, sector?: Sector | null, from?: string | null, to?: string | null): Rows {
    if (from && to) checkInOrder(from, to, 'from', 'to');
    const rating = sql`case q.kq ${Sql.raw(KEY_QUESTIONS.map(({ kq, column: c }) => `when '${kq}' then i.${c}`).join(' '))} end`;
    const questions = Sql.raw(KEY_QUESTIONS.map(({ kq, n }) => `('${kq}', ${n})`).join(', '));
    const matching = sql`count(i.id) filter (where ${rating} = i.overall)`;
    const query = sql`select q.kq as key_question, q.n, count(i.id)::int as inspection_count, ${matching}::int as matching_overall,
        coalesce(round(100.0 * ${matching} / nullif(count(i.id), 0), 1), 0)::float8 as percentage
      from (values ${questions}) q(kq, n)
      left join (select i.* from inspection i join trust t on t.id = i.trust_id
        where i.id in (${readableIds(ctx, Inspection)}) and ${publishedSql('i')}
          and (${param(sector ?? null)}::text is null or t.sector = ${param(sector ?? null)}::text)
          and (${param(from ?? null)}::date is null or i.inspected_on >= ${param(from ?? null)}::date)
          and (${param(to ?? null)}::date is null or i.inspected_on <= ${param(to ?? null)}::date)) i on true
      group by q.kq, q.n`;
    return rows({
      kind: 'derived', typeName: 'KeyQuestionAgreement', sql: query, limit: KEY_QUESTIONS.length,
      columns: byColumn('keyQuestion', 'inspectionCount', 'matchingOverall', 'percentage'),
    });
  },

  /** Trusts in special measures now, the most overdue re-inspection first. */
  specialMeasuresStatus(ctx: RequestContext): Rows {
    const due = reinspectionDueSql(Sql.raw('e.placed_on'), Sql.raw('e.extensions'));
    const days = sql`(${due} - ${param(today())}::date)`;
    const query = sql`select e.id as episode_id, e.trust_id, ${wholeMonths(Sql.raw('e.placed_on'), sql`${param(today())}::date`)}::int as months_in_special_measures,
        ${days} as days_until_reinspection_due, row_number() over (order by ${days}, t.name, t.id) as n
      from special_measures_episode e join trust t on t.id = e.trust_id
      where e.exited_on is null and e.id in (${readableIds(ctx, SpecialMeasuresEpisode)})`;
    return rows({
      kind: 'derived', typeName: 'SpecialMeasuresStatus', sql: query, limit: LIST_BOUNDS['Query.specialMeasuresStatus'],
      columns: byColumn('monthsInSpecialMeasures', 'daysUntilReinspectionDue'),
      relations: {
        trust: { kind: 'one', target: () => Trust, key: 'trust_id' },
        episode: { kind: 'one', target: () => SpecialMeasuresEpisode, key: 'episode_id' },
      },
    });
  },

  /** Trusts entering and leaving special measures per calendar year, every year from the first to the last. */
  specialMeasuresByYear(ctx: RequestContext): Rows {
    const query = sql`with e as (select placed_on, exited_on from special_measures_episode where id in (${readableIds(ctx, SpecialMeasuresEpisode)})),
        moves as (select extract(year from placed_on)::int as y, 'entered' as k from e
                  union all select extract(year from exited_on)::int, 'exited' from e where exited_on is not null),
        years as (select generate_series(min(y), max(y)) as y from moves)
      select years.y as year, years.y as n, count(moves.k) filter (where moves.k = 'entered')::int as entered,
        count(moves.k) filter (where moves.k = 'exited')::int as exited
      from years left join moves on moves.y = years.y group by years.y`;
    return rows({ kind: 'derived', typeName: 'SpecialMeasuresYear', sql: query, limit: LIST_BOUNDS['Query.specialMeasuresByYear'], columns: byColumn('year', 'entered', 'exited') });
  },

  /** Median whole months from placement to exit, over the exited episodes the caller may read. */
  medianMonthsToExit(ctx: RequestContext): Rows {
    return rows({
      kind: 'value',
      sql: sql`select percentile_cont(0.5) within group (order by ${wholeMonths(Sql.raw('placed_on'), Sql.raw('exited_on'))})
        from special_measures_episode where exited_on is not null and id in (${readableIds(ctx, SpecialMeasuresEpisode)})`,
    });
  },
};

