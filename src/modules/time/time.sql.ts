import { today } from '../../clock';
import type { DerivedGroup } from '../../common/derived';
import { KEY_QUESTION_FIELDS, KeyQuestion, ratingPlaceSql as place } from '../../common/enums';
import { BadInputError } from '../../errors';
import { param, Sql, sql } from '../../db/sql/sql';
import { publishedSql } from '../inspection/published';
import { activeEpisodeOn, chiefExecutivesOn, latestPublishedOn } from '../trust/trust.facts';
import { Direction } from './time.types';

// The SQL of the regime through time (docs/domain.md#time), each fact once: the read engine
// reads it beside a row (time.relations.ts) or as a root list (time.service.ts).

/** The key questions, in the order of the enum, with their inspection columns. */
export const KEY_QUESTION_COLUMNS = Object.values(KeyQuestion).map((keyQuestion, i) => ({
  keyQuestion, column: KEY_QUESTION_FIELDS[i].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
}));

/** How `rating` moved since `previous`: null when there was none. */
export const directionSql = (rating: Sql, previous: Sql): Sql => sql`case when ${previous} is null then null
  when ${place(rating)} < ${place(previous)} then '${Sql.raw(Direction.IMPROVED)}'
  when ${place(rating)} = ${place(previous)} then '${Sql.raw(Direction.UNCHANGED)}' else '${Sql.raw(Direction.DECLINED)}' end`;

/** Key questions rated better (`improved`) or worse (`declined`) in inspection alias `to` than in `from`; 0 when either is missing. */
export const keyQuestionsMoved = (from: string, to: string, way: 'improved' | 'declined'): Sql => {
  const moved = KEY_QUESTION_COLUMNS.map(({ column }) => {
    const [a, b] = [place(Sql.raw(`${to}.${column}`)), place(Sql.raw(`${from}.${column}`))];
    return way === 'improved' ? sql`(${a} < ${b})::int` : sql`(${a} > ${b})::int`;
  });
  return sql`coalesce(${Sql.join(moved, ' + ')}, 0)`;
};

/** Whole months from one date to a later one. */
export const wholeMonthsSql = (from: Sql, to: Sql): Sql => sql`(extract(year from age(${to}, ${from})) * 12 + extract(month from age(${to}, ${from})))`;

/** A date to stand on: not before 1900, not after today. */
export function checkStandingDate(date: string, field = 'date'): string {
  if (date < '1900-01-01') throw new BadInputError(`${field} (${date}) is before 1900`);
  if (date > today()) throw new BadInputError(`${field} (${date}) is after today (${today()})`);
  return date;
}

/**
 * A trust's published inspections among `readable` (ids), oldest first by inspectedOn then id, each
 * with its ratings and the previous one's (`previous_<column>`), numbered `n`.
 */
export function ratingStepsSql(trustId: Sql, readable: Sql): Sql {
  const ratings = ['overall', ...KEY_QUESTION_COLUMNS.map(({ column }) => column)];
  const columns = ratings.map((column) => Sql.raw(`step_inspection.${column}, lag(step_inspection.${column}) over w as previous_${column}`));
  return sql`select s.*, ${directionSql(Sql.raw('s.overall'), Sql.raw('s.previous_overall'))} as overall_direction from (
      select step_inspection.id as inspection_id, step_inspection.published_on, step_inspection.inspected_on, ${Sql.join(columns, ', ')}, row_number() over w as n
      from inspection step_inspection where step_inspection.trust_id = ${trustId} and ${publishedSql('step_inspection')} and step_inspection.id in (${readable})
      window w as (order by step_inspection.inspected_on, step_inspection.id)) s`;
}

/** One step's key questions, in the order of the enum, from the step's row. */
export function keyQuestionRatingsSql(column: (name: string) => Sql): Sql {
  const rows = KEY_QUESTION_COLUMNS.map(({ keyQuestion, column: c }, i) =>
    sql`(${Sql.raw(`'${keyQuestion}'`)}, ${column(c)}::text, ${column(`previous_${c}`)}::text, ${Sql.raw(String(i + 1))})`);
  return sql`select q.key_question, q.rating, ${directionSql(Sql.raw('q.rating'), Sql.raw('q.previous'))} as direction, q.n
    from (values ${Sql.join(rows, ', ')}) q(key_question, rating, previous, n)`;
}

/** The appointment whose director covered `date` (a cancelled one, ending on its start, covers nothing), per trust. */
const directorOn = (date: string): DerivedGroup => ({
  name: 'director_on',
  rows: (match) => sql`select distinct on (a.trust_id) a.trust_id as key, a.director_id from director_appointment a
    where ${match('a.trust_id')} and a.starts_on <= ${param(date)}::date
      and (a.ends_on is null or (a.ends_on >= ${param(date)}::date and a.ends_on > a.starts_on))
    order by a.trust_id, a.starts_on desc, a.id desc`,
});

/**
 * The trusts matching `which` (a condition on trust alias status_trust) as they stood on `date`: the latest
 * inspection published by then, the episode active then, chief executives over the 12 months to it,
 * the director whose appointment covered it. Numbered `n` by name. The same groups as the live facts
 * (trust.facts.ts), read on that date: for a `list`, each table once for all the trusts (a lateral per
 * trust cost the 1,000-trust list twice the time); for one trust, through its indexes.
 */
export function trustStatusSql(date: string, which: Sql, list = false): Sql {
  const chosen = sql`select status_trust.id from trust status_trust where ${which}`;
  const join = (group: DerivedGroup, alias: string) => (list
    ? sql`left join (${group.rows((column) => sql`${Sql.raw(column)} in (${chosen})`)}) ${Sql.raw(alias)} on ${Sql.raw(alias)}.key = status_trust.id`
    : sql`left join lateral (${group.rows((column) => sql`${Sql.raw(column)} = status_trust.id`)}) ${Sql.raw(alias)} on true`);
  return sql`select status_trust.id as trust_id, ${param(date)}::date as date, lp.overall as rating, coalesce(ae.active, false) as in_special_measures,
      coalesce(lp.meets, false) as meets_special_measures_criteria, coalesce(ce.n, 0) as chief_executives_in_last12_months,
      ae.episode_id, da.director_id, row_number() over (order by status_trust.name, status_trust.id) as n
    from trust status_trust
      ${join(latestPublishedOn(date), 'lp')}
      ${join(activeEpisodeOn(date), 'ae')}
      ${join(chiefExecutivesOn(date), 'ce')}
      ${join(directorOn(date), 'da')}
    where ${which}`;
}
