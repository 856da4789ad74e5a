// The dashboard (bench/operations/dashboard.*.graphql) as one statement. The regulator's page of up
// to 500 trusts reads each child table once for the page, grouped by trust; a commissioner's six
// trusts read through correlated subqueries (faster for a handful of rows). $1 today, $2 a commissioner's code.
import {
  chiefExecutives, chiefExecutivesOf, latestPublished, list, listsBy, money, object, oversightBody,
  reinspectionDueOn, systemTrusts,
} from './sql-parts.mjs';

const PAGE = 'select id from page';
const EPISODE = `e.placed_on as "placedOn", ${reinspectionDueOn('e')} as "reinspectionDueOn", e.exited_on as "exitedOn"`;
const APPOINTMENT = `a.starts_on as "startsOn", ${object('d.name, d.accountable_to as "accountableTo"')} as director`;
const INSPECTION = 'i.inspected_on as "inspectedOn", i.overall, i.well_led as "wellLed"';

function regulator() {
  return `
with page as materialized (select id, ods_code, name, type, sector, financial_forecast, local_system_id from trust order by name, id limit 500),
-- Ratings for the page and its partners only: with 4,000 trusts, rating every trust costs a fifth more.
rated as materialized (${latestPublished(`${PAGE} union all select partner_trust_id from buddy_contract where supported_trust_id in (${PAGE})`, { meets: false })}),
ceo as (${chiefExecutives(PAGE)}),
episode as (${listsBy({ key: 'e.trust_id', from: 'special_measures_episode e', parents: PAGE, order: 'e.placed_on desc, e.id', columns: EPISODE, extra: 'bool_or(e.exited_on is null) as open' })}),
appointment as (${listsBy({ key: 'a.trust_id', from: 'director_appointment a join improvement_director d on d.id = a.director_id', parents: PAGE, order: 'a.starts_on desc, a.id', columns: APPOINTMENT })}),
paid as (select contract_id, sum(amount) as total from incentive_payment where status = 'PAID' and supported_trust_id in (${PAGE}) group by contract_id),
contract as (${listsBy({
    key: 'c.supported_trust_id', parents: PAGE, order: 'c.reference',
    from: 'buddy_contract c join trust p on p.id = c.partner_trust_id left join rated pr on pr.trust_id = p.id left join paid on paid.contract_id = c.id',
    columns: `c.reference, c.status, c.incentive_fund::text as "incentiveFund", ${money('coalesce(paid.total, 0)')} as "incentivePaid",
      ${object('p.name, pr.overall as "currentRating"')} as "partnerTrust"`,
  })}),
inspection_list as (${listsBy({ key: 'i.trust_id', from: 'inspection i', parents: PAGE, order: 'i.inspected_on desc, i.id', columns: INSPECTION })})
select json_build_object('trusts', json_build_object('totalCount', (select count(*) from trust), 'nodes', coalesce(json_agg(x order by t.name, t.id), '[]')))::text as json
from page t join local_system l on l.id = t.local_system_id left join rated r on r.trust_id = t.id left join ceo on ceo.trust_id = t.id
  left join episode e on e.key = t.id left join appointment a on a.key = t.id left join contract c on c.key = t.id
  left join inspection_list i on i.key = t.id,
  lateral (select t.ods_code as "odsCode", t.name, t.type, t.sector, ${oversightBody('t.type')} as "oversightBody",
    r.overall as "currentRating", coalesce(e.open, false) as "inSpecialMeasures", coalesce(ceo.n, 0) as "chiefExecutivesInLast12Months",
    t.financial_forecast::text as "financialForecast", ${object('l.code, l.name')} as "localSystem",
    coalesce(e.j, '[]') as "specialMeasuresEpisodes", coalesce(a.j, '[]') as "directorAppointments",
    coalesce(c.j, '[]') as "buddyContracts", coalesce(i.j, '[]') as inspections) x`;
}

const rating = (t) => `(select i.overall from inspection i where i.trust_id = ${t} and i.published_on <= $1::date order by i.inspected_on desc, i.id desc limit 1)`;

function commissioner() {
  return `
with scope as materialized (${systemTrusts('$2')})
select json_build_object('trusts', json_build_object('totalCount', (select count(*) from scope), 'nodes', coalesce(json_agg(x order by t.name, t.id), '[]')))::text as json
from (select * from trust where id in (select id from scope) order by name, id limit 500) t,
  -- The episodes read once: the list, and whether one is open.
  lateral (select json_agg(x order by e.placed_on desc, e.id) as j, coalesce(bool_or(e.exited_on is null), false) as open
    from special_measures_episode e, lateral (select ${EPISODE}) x where e.trust_id = t.id) e,
  lateral (select t.ods_code as "odsCode", t.name, t.type, t.sector, ${oversightBody('t.type')} as "oversightBody",
    ${rating('t.id')} as "currentRating", e.open as "inSpecialMeasures",
    ${chiefExecutivesOf('t')} as "chiefExecutivesInLast12Months",
    (select x from (select s.code, s.name from local_system s where s.id = t.local_system_id) x) as "localSystem",
    coalesce(e.j, '[]') as "specialMeasuresEpisodes",
    ${list({ from: 'director_appointment a join improvement_director d on d.id = a.director_id', where: 'a.trust_id = t.id', order: 'a.starts_on desc, a.id', columns: APPOINTMENT })} as "directorAppointments",
    ${list({
      from: 'buddy_contract c join trust p on p.id = c.partner_trust_id', where: 'c.supported_trust_id = t.id', order: 'c.reference',
      // A partner outside the commissioner's system reads as null.
      columns: `c.reference, c.status, case when p.id in (select id from scope) then ${object(`p.name, ${rating('p.id')} as "currentRating"`)} end as "partnerTrust"`,
    })} as "buddyContracts",
    ${list({ from: 'inspection i', where: 'i.trust_id = t.id and i.published_on <= $1::date', order: 'i.inspected_on desc, i.id', columns: INSPECTION })} as inspections) x`;
}

export const dashboardSql = (asCommissioner) => (asCommissioner ? commissioner() : regulator());
