// The dashboard (bench/operations/dashboard.*.graphql) as one statement: each child table is
// aggregated once for the page of trusts, grouped by trust, then joined. $1 today, $2 a commissioner's code.
import {
  appointments, chiefExecutives, episodes, inSpecialMeasures, inspections, latestPublished, money, oversightBody,
  partnerJoins, partnerTrust, reinspectionDueOn, visibleTrusts,
} from './sql-parts.mjs';

const PAGE = 'select id from page';

export function dashboardSql(commissioner) {
  return `
with visible as (${visibleTrusts(commissioner, '$2')}),
page as (select * from visible order by name, id limit 500),
rated as (${latestPublished(`${PAGE} union select partner_trust_id from buddy_contract where supported_trust_id in (${PAGE})`)}),
open_episode as (${inSpecialMeasures(PAGE)}),
ceo as (${chiefExecutives(PAGE)}),
episode as (${episodes(PAGE, `'placedOn', placed_on, 'reinspectionDueOn', ${reinspectionDueOn}, 'exitedOn', exited_on`)}),
appointment as (${appointments(PAGE, `'startsOn', a.starts_on`, `'name', d.name, 'accountableTo', d.accountable_to`)}),
paid as (
  select contract_id, sum(amount) as total from incentive_payment
  where status = 'PAID' and supported_trust_id in (${PAGE}) group by contract_id),
contract as (
  select c.supported_trust_id as trust_id, json_agg(json_build_object(
    'reference', c.reference, 'status', c.status,
    ${commissioner ? '' : `'incentiveFund', c.incentive_fund::text, 'incentivePaid', ${money('coalesce(paid.total, 0)')},`}
    'partnerTrust', ${partnerTrust(commissioner, `'name', p.name, 'currentRating', pr.overall`)}
  ) order by c.reference) as j
  from buddy_contract c ${partnerJoins(commissioner)} left join paid on paid.contract_id = c.id
  where c.supported_trust_id in (${PAGE}) group by c.supported_trust_id),
inspection_list as (${inspections(commissioner, PAGE, `'inspectedOn', inspected_on, 'overall', overall, 'wellLed', well_led`)})
select json_build_object('trusts', json_build_object(
  'totalCount', (select count(*) from visible),
  'nodes', coalesce(json_agg(json_build_object(
    'odsCode', t.ods_code, 'name', t.name, 'type', t.type, 'sector', t.sector, 'oversightBody', ${oversightBody('t.type')},
    'currentRating', r.overall, 'inSpecialMeasures', o.trust_id is not null,
    'chiefExecutivesInLast12Months', coalesce(ceo.n, 0),
    ${commissioner ? '' : `'financialForecast', t.financial_forecast::text,`}
    'localSystem', json_build_object('code', l.code, 'name', l.name),
    'specialMeasuresEpisodes', coalesce(e.j, '[]'), 'directorAppointments', coalesce(a.j, '[]'),
    'buddyContracts', coalesce(c.j, '[]'), 'inspections', coalesce(i.j, '[]')
  ) order by t.name, t.id), '[]')))::text as json
from page t join local_system l on l.id = t.local_system_id
  left join rated r on r.trust_id = t.id left join open_episode o on o.trust_id = t.id left join ceo on ceo.trust_id = t.id
  left join episode e on e.trust_id = t.id left join appointment a on a.trust_id = t.id
  left join contract c on c.trust_id = t.id left join inspection_list i on i.trust_id = t.id`;
}
