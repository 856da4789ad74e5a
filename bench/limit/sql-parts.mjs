// Pieces of the limit's hand-written SQL that every case shares. $1 is always today's date.
// Access is written out by hand: the regulator reads everything; a commissioner reads the trusts of
// its local system (and their rows), published inspections only, and no money or review findings.

/** The trusts the caller may read; `org` is the parameter holding a commissioner's code. */
export const visibleTrusts = (commissioner, org) => commissioner
  ? `select t.* from trust t where t.local_system_id = (select c.local_system_id from commissioner c where c.code = ${org}::text)`
  : 'select t.* from trust t';

/** A published inspection, as the caller may read it. */
export const readableInspection = (commissioner, alias) => (commissioner ? `${alias}.published_on <= $1::date` : 'true');

export const oversightBody = (type) => `case ${type} when 'FOUNDATION_TRUST' then 'MONITOR' else 'TDA' end`;

/** Money as the platform writes it: a decimal string with two places. */
export const money = (value) => `(${value})::numeric(14, 2)::text`;

/** An instant as JavaScript's toISOString() writes it. */
export const instant = (value) => `to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The latest published inspection of each trust in `trustIds` (a subquery): currentRating and the criteria. */
export const latestPublished = (trustIds) => `
  select distinct on (i.trust_id) i.*
  from inspection i where i.published_on <= $1::date and i.trust_id in (${trustIds})
  order by i.trust_id, i.inspected_on desc, i.id desc`;

export const meetsCriteria = (i) => `coalesce(${i}.well_led = 'INADEQUATE' and ((${i}.safe = 'INADEQUATE')::int
  + (${i}.effective = 'INADEQUATE')::int + (${i}.caring = 'INADEQUATE')::int + (${i}.responsive = 'INADEQUATE')::int) >= 1, false)`;

/** Trusts in `trustIds` in special measures now (one row each: the one open episode). */
export const inSpecialMeasures = (trustIds) =>
  `select trust_id from special_measures_episode where exited_on is null and trust_id in (${trustIds})`;

/** Distinct chief executives in post at any time in the twelve months to today, per trust. */
export const chiefExecutives = (trustIds) => `
  select trust_id, count(distinct name)::int as n from leadership_tenure
  where role = 'CHIEF_EXECUTIVE' and trust_id in (${trustIds}) and started_on <= $1::date
    and (ended_on is null or ended_on >= ($1::date - interval '12 months')::date)
  group by trust_id`;

/** A trust's episodes with the given fields, newest first. */
export const episodes = (trustIds, fields) => `
  select trust_id, json_agg(json_build_object(${fields}) order by placed_on desc, id) as j
  from special_measures_episode where trust_id in (${trustIds}) group by trust_id`;

export const reinspectionDueOn = '(placed_on + make_interval(months => 12 + 6 * extensions))::date';

/** Director appointments with their director, newest first. */
export const appointments = (trustIds, fields, directorFields) => `
  select a.trust_id, json_agg(json_build_object(${fields}, 'director', json_build_object(${directorFields}))
    order by a.starts_on desc, a.id) as j
  from director_appointment a join improvement_director d on d.id = a.director_id
  where a.trust_id in (${trustIds}) group by a.trust_id`;

/** Inspections the caller may read, newest first. */
export const inspections = (commissioner, trustIds, fields) => `
  select trust_id, json_agg(json_build_object(${fields}) order by inspected_on desc, id) as j
  from inspection i where i.trust_id in (${trustIds}) and ${readableInspection(commissioner, 'i')} group by trust_id`;

/** The partner trust of contract `c` as the caller may see it: null outside a commissioner's system. */
export const partnerTrust = (commissioner, fields) => commissioner
  ? `case when pv.id is null then null else json_build_object(${fields}) end`
  : `json_build_object(${fields})`;

/** Joins for partnerTrust: `p` the partner, `pr` its latest published inspection, `pv` visibility. */
export const partnerJoins = (commissioner) => `
  join trust p on p.id = c.partner_trust_id left join rated pr on pr.trust_id = p.id
  ${commissioner ? 'left join visible pv on pv.id = p.id' : ''}`;
