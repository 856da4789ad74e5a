// Pieces of the limit's hand-written SQL that every case shares. $1 is always today's date.
// Access is written out by hand: the regulator reads everything; a commissioner reads the trusts of
// its local system (and their rows), published inspections only, and no money or review findings.
//
// Every JSON object is a row whose column names are its keys (`lateral (select ... ) x`, or
// `object(...)` for one nested object): json_agg and json_build_object write a row out without the
// per-call argument handling of json_build_object(key, value, ...), measurably faster on big pages.
// A page of many rows reads each child table once and groups it (CTEs joined by id); a handful of
// rows (a commissioner's six trusts, one trust) reads through correlated subqueries on the indexes.

/** The ids of the trusts of a commissioner's local system; `org` is the parameter holding its code. */
export const systemTrusts = (org) =>
  `select t.id from trust t where t.local_system_id = (select c.local_system_id from commissioner c where c.code = ${org}::text)`;

export const oversightBody = (type) => `case ${type} when 'FOUNDATION_TRUST' then 'MONITOR' else 'TDA' end`;

/** Money as the platform writes it: a decimal string with two places. */
export const money = (value) => `(${value})::numeric(14, 2)::text`;

/** An instant as JavaScript's toISOString() writes it. */
export const instant = (value) => `to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One JSON object: `columns` are `expression as "key"` (or a bare column, its name the key). */
export const object = (columns) => `(select x from (select ${columns}) x)`;

/** A JSON list of the rows of `from` (with `where`), each row `columns`, in `order`; [] when none. */
export const list = ({ from, where, order, columns }) =>
  `coalesce((select json_agg(x order by ${order}) from ${from}, lateral (select ${columns}) x where ${where}), '[]')`;

/** The same list for every parent in `parents` (a subquery of ids) at once: rows (key, j) to join on key. */
export const listsBy = ({ key, from, parents, where = 'true', order, columns, extra = '' }) =>
  `select ${key} as key, json_agg(x order by ${order}) as j${extra ? `, ${extra}` : ''}
  from ${from}, lateral (select ${columns}) x where ${key} in (${parents}) and ${where} group by ${key}`;

/** Twelve months before today, as the platform's addMonths computes it (an init plan: once per statement). */
export const yearAgo = `(select ($1::date - interval '12 months')::date)`;

/** Inadequate in well-led and at least one other key question, on inspection `i` (false when none). */
export const meetsCriteria = (i) => `coalesce(${i}.well_led = 'INADEQUATE' and ((${i}.safe = 'INADEQUATE')::int
  + (${i}.effective = 'INADEQUATE')::int + (${i}.caring = 'INADEQUATE')::int + (${i}.responsive = 'INADEQUATE')::int) >= 1, false)`;

/** The latest published inspection of each trust in `trustIds` (rows trust_id, overall, and meets unless not asked for). */
export const latestPublished = (trustIds, { meets = true } = {}) => `
  select distinct on (i.trust_id) i.trust_id, i.overall${meets ? `, ${meetsCriteria('i')} as meets` : ''}
  from inspection i where i.published_on <= $1::date and i.trust_id in (${trustIds})
  order by i.trust_id, i.inspected_on desc, i.id desc`;

/** Correlated: trust `t`'s latest published inspection, `columns` of it, for a lateral join. */
export const latestPublishedOf = (t) => `(select i.overall, ${meetsCriteria('i')} as meets from inspection i
  where i.trust_id = ${t}.id and i.published_on <= $1::date order by i.inspected_on desc, i.id desc limit 1)`;

/** Distinct chief executives in post at any time in the twelve months to today, per trust in `trustIds`. */
export const chiefExecutives = (trustIds) => `
  select trust_id, count(distinct name)::int as n from leadership_tenure
  where role = 'CHIEF_EXECUTIVE' and trust_id in (${trustIds}) and started_on <= $1::date and (ended_on is null or ended_on >= ${yearAgo})
  group by trust_id`;

/** Correlated: the same count for trust `t`. */
export const chiefExecutivesOf = (t) => `(select count(distinct l.name)::int from leadership_tenure l
  where l.trust_id = ${t}.id and l.role = 'CHIEF_EXECUTIVE' and l.started_on <= $1::date and (l.ended_on is null or l.ended_on >= ${yearAgo}))`;

/** Correlated: trust `t` is in special measures now. */
export const inSpecialMeasuresOf = (t) => `exists (select 1 from special_measures_episode e where e.trust_id = ${t}.id and e.exited_on is null)`;

export const reinspectionDueOn = (e) => `(${e}.placed_on + make_interval(months => 12 + 6 * ${e}.extensions))::date`;

/**
 * A trust's scalar fields and derived facts over `t`, given `r` its latest published inspection (a
 * row with overall and meets), `sm` whether it is in special measures and `ceo` its count of chief executives.
 */
export const trustFacts = ({ money: withMoney, sm, ceo }) => `t.id, t.ods_code as "odsCode", t.name, t.type, t.sector,
  ${withMoney ? 't.financial_forecast::text as "financialForecast", ' : ''}t.autonomy_suspended as "autonomySuspended",
  r.overall as "currentRating", ${sm} as "inSpecialMeasures", coalesce(r.meets, false) as "meetsSpecialMeasuresCriteria",
  coalesce(${ceo}, 0) as "chiefExecutivesInLast12Months", ${oversightBody('t.type')} as "oversightBody",
  t.type = 'NHS_TRUST' and coalesce(r.overall in ('GOOD', 'OUTSTANDING'), false) and not ${sm} as "eligibleForFoundationStatus"`;

/** Correlated: the trust whose id is `id` as one object of trustFacts, plus `extra` columns. */
export const trustObjectOf = (id, { money: withMoney, extra = '' }) => `(select x from trust t left join lateral ${latestPublishedOf('t')} r on true,
  lateral (select ${inSpecialMeasuresOf('t')} as sm, ${chiefExecutivesOf('t')} as ceo) f,
  lateral (select ${trustFacts({ money: withMoney, sm: 'f.sm', ceo: 'f.ceo' })}${extra ? `, ${extra}` : ''}) x where t.id = ${id})`;

/** The endCursor MikroORM gives for a page ordered by `values` (JSON array text): base64url, unpadded. */
/** A page's cursor as the platform writes it: base64url of the JSON array [its order, ...the row's values in that order]. */
export const cursor = (valuesJson) => `rtrim(translate(encode(convert_to(${valuesJson}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
