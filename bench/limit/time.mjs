// The regime through time (bench/operations/trustsOn.graphql, interventionOutcomes.graphql) as one
// statement each. The regulator's list of every trust or episode reads each child table once for
// the whole list, grouped by trust or episode; a commissioner's six trusts read through correlated
// subqueries on the indexes. trustsOn: $1 the date; interventionOutcomes: $1 today; then a commissioner's code.
import { meetsCriteria, object, systemTrusts } from './sql-parts.mjs';

const DATE = '$1::date';
/** Twelve months before the date, as the platform's addMonths computes it (an init plan: once per statement). */
const YEAR_BEFORE = `(select (${DATE} - interval '12 months')::date)`;

/** A standing's fields, given trust `t`, `r` its latest inspection published by the date, `e` its episode then, `d` its director then and `ceo` its count of chief executives. */
const standing = (ceo) => `${DATE} as date, r.overall as rating, e.id is not null as "inSpecialMeasures",
  coalesce(r.meets, false) as "meetsSpecialMeasuresCriteria", coalesce(${ceo}, 0) as "chiefExecutivesInLast12Months",
  ${object('t.id, t.ods_code as "odsCode", t.name')} as trust,
  case when e.id is not null then ${object('e.id, e.placed_on as "placedOn"')} end as episode,
  case when d.id is not null then ${object('d.id, d.name')} end as director`;

// Each fact's condition on the date, said once for both forms.
const PUBLISHED = `i.published_on <= ${DATE}`;
const ACTIVE = `e.placed_on <= ${DATE} and (e.exited_on is null or e.exited_on > ${DATE})`;
const IN_POST = `l.role = 'CHIEF_EXECUTIVE' and l.started_on <= ${DATE} and (l.ended_on is null or l.ended_on >= ${YEAR_BEFORE})`;
// A cancelled appointment (ending on its start) covers nothing.
const COVERING = `a.starts_on <= ${DATE} and (a.ends_on is null or (a.ends_on >= ${DATE} and a.ends_on > a.starts_on))`;
const LIST = (name, order) => `json_build_object('${name}', coalesce(json_agg(x order by ${order}), '[]'))::text as json`;

function trustsOnRegulator() {
  return `
with rated as (select distinct on (i.trust_id) i.trust_id, i.overall, ${meetsCriteria('i')} as meets from inspection i
    where ${PUBLISHED} order by i.trust_id, i.inspected_on desc, i.id desc),
active as (select distinct on (e.trust_id) e.trust_id, e.id, e.placed_on from special_measures_episode e
    where ${ACTIVE} order by e.trust_id, e.placed_on desc),
ceo as (select l.trust_id, count(distinct l.name)::int as n from leadership_tenure l where ${IN_POST} group by l.trust_id),
covering as (select distinct on (a.trust_id) a.trust_id, d.id, d.name from director_appointment a join improvement_director d on d.id = a.director_id
    where ${COVERING} order by a.trust_id, a.starts_on desc, a.id desc)
select ${LIST('trustsOn', 't.name, t.id')}
from trust t left join rated r on r.trust_id = t.id left join active e on e.trust_id = t.id
  left join ceo on ceo.trust_id = t.id left join covering d on d.trust_id = t.id,
  lateral (select ${standing('ceo.n')}) x`;
}

function trustsOnCommissioner() {
  return `
select ${LIST('trustsOn', 't.name, t.id')}
from trust t
  left join lateral (select i.overall, ${meetsCriteria('i')} as meets from inspection i where i.trust_id = t.id and ${PUBLISHED}
    order by i.inspected_on desc, i.id desc limit 1) r on true
  left join lateral (select e.id, e.placed_on from special_measures_episode e where e.trust_id = t.id and ${ACTIVE}
    order by e.placed_on desc limit 1) e on true
  left join lateral (select d.id, d.name from director_appointment a join improvement_director d on d.id = a.director_id
    where a.trust_id = t.id and ${COVERING} order by a.starts_on desc, a.id desc limit 1) d on true,
  lateral (select ${standing(`(select count(distinct l.name)::int from leadership_tenure l where l.trust_id = t.id and ${IN_POST})`)}) x
where t.id in (${systemTrusts('$2')})`;
}

// interventionOutcomes over episodes `e` (with `ends`: the exit, else today) of trusts `t` (or `e` carries the trust's columns).
const TODAY = '$1::date';
const BUDDYING = `c.status in ('ACTIVE', 'COMPLETED') and c.starts_on <= e.ends and c.ends_on >= e.placed_on`;
// The first appointment starting during the episode; a cancelled one (ending on its start) does not count.
const DIRECTED = `a.starts_on >= e.placed_on and (e.exited_on is null or a.starts_on < e.exited_on) and (a.ends_on is null or a.ends_on > a.starts_on)`;
const STARTED = `l.role = 'CHIEF_EXECUTIVE' and l.started_on >= e.placed_on and l.started_on <= e.ends`;
const months = `(extract(year from age(e.ends, e.placed_on)) * 12 + extract(month from age(e.ends, e.placed_on)))::int`;
const OUTCOME = (b, days, ceo, t = 't') => `${b}.buddied, ${b}.same_sector as "buddySameSector", ${days} as "daysToDirector",
  ${ceo} as "chiefExecutiveChanges", ${months} as "monthsInSpecialMeasures", e.exit_type as "exitType",
  ${object(`e.id, e.placed_on as "placedOn", e.exited_on as "exitedOn", ${object(`${t}.ods_code as "odsCode"`)} as trust`)} as episode`;

function outcomesRegulator() {
  return `
with ep as materialized (select e.id, e.trust_id, e.placed_on, e.exited_on, e.exit_type, coalesce(e.exited_on, ${TODAY}) as ends,
    t.name, t.ods_code, t.sector from special_measures_episode e join trust t on t.id = e.trust_id),
buddy as (select e.id, bool_or(p.sector = e.sector) as same_sector from ep e
    join buddy_contract c on c.supported_trust_id = e.trust_id join trust p on p.id = c.partner_trust_id where ${BUDDYING} group by e.id),
director as (select e.id, min(a.starts_on) - e.placed_on as days from ep e join director_appointment a on a.trust_id = e.trust_id
    where ${DIRECTED} group by e.id, e.placed_on),
ceo as (select e.id, count(distinct l.name)::int as n from ep e join leadership_tenure l on l.trust_id = e.trust_id where ${STARTED} group by e.id)
select ${LIST('interventionOutcomes', 'e.placed_on, e.name, e.id')}
from ep e left join buddy on buddy.id = e.id left join director d on d.id = e.id left join ceo on ceo.id = e.id,
  lateral (select buddy.id is not null as buddied, buddy.same_sector) b,
  lateral (select ${OUTCOME('b', 'd.days', 'coalesce(ceo.n, 0)', 'e')}) x`;
}

function outcomesCommissioner() {
  return `
select ${LIST('interventionOutcomes', 'e.placed_on, t.name, e.id')}
from (select e.*, coalesce(e.exited_on, ${TODAY}) as ends from special_measures_episode e where e.trust_id in (${systemTrusts('$2')})) e
  join trust t on t.id = e.trust_id,
  lateral (select count(*) > 0 as buddied, bool_or(p.sector = t.sector) as same_sector
    from buddy_contract c join trust p on p.id = c.partner_trust_id where c.supported_trust_id = e.trust_id and ${BUDDYING}) b,
  lateral (select ${OUTCOME('b',
    `(select min(a.starts_on) - e.placed_on from director_appointment a where a.trust_id = e.trust_id and ${DIRECTED})`,
    `(select count(distinct l.name)::int from leadership_tenure l where l.trust_id = e.trust_id and ${STARTED})`)}) x`;
}

export const trustsOnSql = (asCommissioner) => (asCommissioner ? trustsOnCommissioner() : trustsOnRegulator());
export const outcomesSql = (asCommissioner) => (asCommissioner ? outcomesCommissioner() : outcomesRegulator());
