import { readableIds, type Sql } from '../../auth/readable-sql';
import { today } from '../../clock';
import { KEY_QUESTION_FIELDS, KeyQuestion, type Sector } from '../../common/enums';
import { checkInOrder } from '../../common/validate';
import type { RequestContext } from '../../context';
import { MONTHS_PER_EXTENSION, MONTHS_TO_REINSPECTION, SpecialMeasuresEpisode } from '../special-measures/special-measures.entity';
import { Inspection } from '../inspection/inspection.entity';
import { publishedSql } from '../inspection/published';
import type { KeyQuestionAgreement, SpecialMeasuresStatus, SpecialMeasuresYear } from './analytics.types';

// Cross-trust figures, each one SQL statement over the rows the caller may read: the same filter
// as every list (readableIds), so an aggregate never counts a row the caller could not list.

const KEY_QUESTION_COLUMNS: Record<KeyQuestion, string> = Object.fromEntries(
  Object.values(KeyQuestion).map((kq, i) => [kq, KEY_QUESTION_FIELDS[i].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]),
) as Record<KeyQuestion, string>;

const wholeMonths = (from: string, to: string) => `(extract(year from age(${to}, ${from})) * 12 + extract(month from age(${to}, ${from})))`;

async function rows<T>(ctx: RequestContext, { sql, bindings }: Sql): Promise<T[]> {
  return ctx.em.execute<T[]>(sql, bindings);
}

export const analyticsService = {
  async keyQuestionAgreement(ctx: RequestContext, sector?: Sector | null, from?: string | null, to?: string | null): Promise<KeyQuestionAgreement[]> {
    if (from && to) checkInOrder(from, to, 'from', 'to');
    const readable = readableIds(ctx, Inspection);
    const where = [`i.id in (${readable.sql})`, publishedSql('i')];
    const bindings = [...readable.bindings];
    for (const [condition, value] of [['t.sector = ?', sector], ['i.inspected_on >= ?', from], ['i.inspected_on <= ?', to]] as const) {
      if (value) {
        where.push(condition);
        bindings.push(value);
      }
    }
    const perQuestion = Object.entries(KEY_QUESTION_COLUMNS).map(([kq, column]) =>
      `count(*) filter (where i.${column} = i.overall)::int as "${kq}",
       coalesce(round(100.0 * count(*) filter (where i.${column} = i.overall) / nullif(count(*), 0), 1), 0)::float8 as "${kq}_pct"`);
    const sql = `select count(*)::int as n, ${perQuestion.join(', ')} from inspection i join trust t on t.id = i.trust_id where ${where.join(' and ')}`;
    const [row] = await rows<Record<string, number>>(ctx, { sql, bindings });
    return Object.values(KeyQuestion).map((keyQuestion) => ({
      keyQuestion, inspectionCount: row.n, matchingOverall: row[keyQuestion], percentage: row[`${keyQuestion}_pct`],
    }));
  },

  /** Trusts in special measures now, the most overdue re-inspection first. */
  async specialMeasuresStatus(ctx: RequestContext): Promise<SpecialMeasuresStatus[]> {
    const readable = readableIds(ctx, SpecialMeasuresEpisode);
    const due = `(e.placed_on + make_interval(months => ${MONTHS_TO_REINSPECTION} + ${MONTHS_PER_EXTENSION} * e.extensions))::date`;
    const sql = `select e.id as "episodeId", e.trust_id as "trustId", ${wholeMonths('e.placed_on', '?::date')}::int as "monthsInSpecialMeasures",
        (${due} - ?::date) as "daysUntilReinspectionDue"
      from special_measures_episode e join trust t on t.id = e.trust_id
      where e.exited_on is null and e.id in (${readable.sql})
      order by "daysUntilReinspectionDue", t.name, t.id`;
    return rows<SpecialMeasuresStatus>(ctx, { sql, bindings: [today(), today(), today(), ...readable.bindings] });
  },

  async specialMeasuresByYear(ctx: RequestContext): Promise<SpecialMeasuresYear[]> {
    const readable = readableIds(ctx, SpecialMeasuresEpisode);
    // Every year from the first to the last, quiet years included with zeros.
    const sql = `with e as (select placed_on, exited_on from special_measures_episode where id in (${readable.sql})),
        moves as (select extract(year from placed_on)::int as y, 'entered' as k from e
                  union all select extract(year from exited_on)::int, 'exited' from e where exited_on is not null),
        years as (select generate_series(min(y), max(y)) as y from moves)
      select years.y as year, count(moves.k) filter (where moves.k = 'entered')::int as entered,
        count(moves.k) filter (where moves.k = 'exited')::int as exited
      from years left join moves on moves.y = years.y group by years.y order by years.y`;
    return rows<SpecialMeasuresYear>(ctx, { sql, bindings: readable.bindings });
  },

  /** Median whole months from placement to exit, over the exited episodes the caller may read. */
  async medianMonthsToExit(ctx: RequestContext): Promise<number | null> {
    const readable = readableIds(ctx, SpecialMeasuresEpisode);
    const sql = `select percentile_cont(0.5) within group (order by ${wholeMonths('placed_on', 'exited_on')}) as median
      from special_measures_episode where exited_on is not null and id in (${readable.sql})`;
    const [row] = await rows<{ median: number | null }>(ctx, { sql, bindings: readable.bindings });
    return row.median === null ? null : Number(row.median);
  },
};
