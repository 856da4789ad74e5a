// One trust with everything beneath it (bench/operations/trust.*.graphql) as one statement, and the
// small query. Trust: $1 today, $2 the ODS code, $3 a commissioner's code.
import {
  appointments, chiefExecutives, episodes, inSpecialMeasures, inspections, instant, latestPublished, meetsCriteria, money,
  oversightBody, partnerJoins, partnerTrust, reinspectionDueOn, visibleTrusts,
} from './sql-parts.mjs';

const PAGE = 'select id from page';
const CONTRACTS = `select id from buddy_contract where supported_trust_id in (${PAGE})`;
const LAST_FULL_MONTH = `to_char(date_trunc('month', $1::date::timestamp) - interval '1 month', 'YYYY-MM')`;
const childList = (table, order, fields, where = 'true') => `
  select contract_id, json_agg(json_build_object(${fields}) order by ${order}) as j
  from ${table} where contract_id in (${CONTRACTS}) and ${where} group by contract_id`;

export function trustSql(commissioner) {
  const secret = (sql) => (commissioner ? '' : `${sql},`); // money and findings: the regulator's alone
  return `
with visible as (${visibleTrusts(commissioner, '$3')}),
page as (select * from visible where ods_code = $2::text),
rated as (${latestPublished(`${PAGE} union select partner_trust_id from buddy_contract where supported_trust_id in (${PAGE})`)}),
open_episode as (${inSpecialMeasures(PAGE)}),
ceo as (${chiefExecutives(PAGE)}),
episode as (${episodes(PAGE, `'id', id, 'placedOn', placed_on, 'reason', reason, 'extensions', extensions, 'exitedOn', exited_on,
  'exitType', exit_type, 'active', exited_on is null, 'reinspectionDueOn', ${reinspectionDueOn}`)}),
appointment as (${appointments(PAGE, `'id', a.id, 'startsOn', a.starts_on, 'endsOn', a.ends_on`,
  `'id', d.id, 'code', d.code, 'name', d.name, 'accountableTo', d.accountable_to`)}),
inspection_list as (${inspections(commissioner, PAGE, `'id', id, 'inspectedOn', inspected_on, 'publishedOn', published_on,
  'overall', overall, 'safe', safe, 'effective', effective, 'caring', caring, 'responsive', responsive, 'wellLed', well_led,
  'recommendation', recommendation, 'summary', summary`)}),
paid as (
  select contract_id, sum(amount) filter (where status in ('APPROVED', 'PAID')) as approved, sum(amount) filter (where status = 'PAID') as paid
  from incentive_payment where contract_id in (${CONTRACTS}) group by contract_id),
reimbursed as (
  select contract_id, sum(amount) as total from reimbursement_claim
  where status = 'APPROVED' and contract_id in (${CONTRACTS}) group by contract_id),
outcome as (${childList('contract_outcome', 'period desc, measure', `'id', id, 'period', period, 'measure', measure, 'target', target,
  'achieved', achieved, 'narrative', narrative, 'reportedAt', ${instant('reported_at')}, 'verification', verification`)}),
payment as (${childList('incentive_payment', 'id', `'id', id, ${secret(`'amount', amount::text`)} 'status', status,
  'approvedAt', ${instant('approved_at')}, 'paidOn', paid_on`)}),
claim as (${childList('reimbursement_claim', 'period desc', `'id', id, 'period', period, 'daysGiven', days_given,
  ${secret(`'amount', amount::text`)} 'status', status, 'submittedAt', ${instant('submitted_at')}`)}),
contract as (
  select c.supported_trust_id as trust_id, json_agg(json_build_object(
    'id', c.id, 'reference', c.reference, 'startsOn', c.starts_on, 'endsOn', c.ends_on, 'status', c.status,
    ${secret(`'reimbursementCap', c.reimbursement_cap::text, 'incentiveFund', c.incentive_fund::text,
    'incentiveApproved', ${money('coalesce(m.approved, 0)')}, 'incentivePaid', ${money('coalesce(m.paid, 0)')},
    'reimbursed', ${money('coalesce(rb.total, 0)')}`)}
    'contractingBody', ${oversightBody('s.type')}, 'version', c.version,
    'partnerTrust', ${partnerTrust(commissioner, `'id', p.id, 'odsCode', p.ods_code, 'name', p.name, 'currentRating', pr.overall`)},
    'outcomes', coalesce(o.j, '[]'), 'payments', coalesce(pa.j, '[]'), 'reimbursementClaims', coalesce(cl.j, '[]')
  ) order by c.reference) as j
  from buddy_contract c join page s on s.id = c.supported_trust_id ${partnerJoins(commissioner)} left join paid m on m.contract_id = c.id left join reimbursed rb on rb.contract_id = c.id
    left join outcome o on o.contract_id = c.id left join payment pa on pa.contract_id = c.id left join claim cl on cl.contract_id = c.id
  group by c.supported_trust_id),
review as (
  select trust_id, json_agg(json_build_object('id', id, 'reviewedOn', reviewed_on, 'reviewer', reviewer, 'scope', scope,
    ${secret(`'findings', findings`)} 'outcome', outcome) order by reviewed_on desc, id) as j
  from leadership_review where trust_id in (${PAGE}) group by trust_id),
leader as (
  select trust_id, json_agg(json_build_object('id', id, 'role', role, 'name', name, 'startedOn', started_on, 'endedOn', ended_on,
    'interim', interim) order by started_on desc, id) as j
  from leadership_tenure where trust_id in (${PAGE}) group by trust_id),
plan as (select distinct on (trust_id) * from improvement_plan where trust_id in (${PAGE}) order by trust_id, id),
action as (
  select plan_id, json_agg(json_build_object('id', id, 'title', title, 'keyQuestion', key_question, 'dueOn', due_on,
    'status', status, 'version', version) order by due_on, id) as j
  from plan_action where plan_id in (select id from plan) group by plan_id),
plan_update_list as (
  select plan_id, bool_or(month = ${LAST_FULL_MONTH}) as current, json_agg(json_build_object('id', id, 'month', month,
    'summary', summary, 'publishedAt', ${instant('published_at')}) order by month desc) as j
  from plan_update where plan_id in (select id from plan) group by plan_id),
asker as (
  select request_id, json_agg(json_build_object('id', id, 'role', role, 'organisation', organisation, 'askedOn', asked_on,
    'question', question, 'dueOn', due_on) order by asked_at, id) as j
  from request_asker where withdrawn_on is null and trust_id in (${PAGE}) group by request_id),
request as (
  select r.trust_id, json_agg(json_build_object('id', r.id, 'topic', r.topic, 'period', r.period, 'dueOn', r.due_on,
    'status', r.status, 'answer', r.answer, 'answeredOn', r.answered_on, 'overdue', r.status = 'OPEN' and r.due_on < $1::date,
    'version', r.version, 'askers', coalesce(a.j, '[]')) order by r.due_on, r.id) as j
  from information_request r left join asker a on a.request_id = r.id where r.trust_id in (${PAGE}) group by r.trust_id)
select json_build_object('trust', (
  select json_build_object(
    'id', t.id, 'odsCode', t.ods_code, 'name', t.name, 'type', t.type, 'sector', t.sector,
    ${secret(`'financialForecast', t.financial_forecast::text`)}
    'autonomySuspended', t.autonomy_suspended, 'currentRating', r.overall, 'inSpecialMeasures', o.trust_id is not null,
    'meetsSpecialMeasuresCriteria', ${meetsCriteria('r')}, 'chiefExecutivesInLast12Months', coalesce(ceo.n, 0),
    'oversightBody', ${oversightBody('t.type')},
    'eligibleForFoundationStatus', t.type = 'NHS_TRUST' and coalesce(r.overall in ('GOOD', 'OUTSTANDING'), false) and o.trust_id is null,
    'localSystem', json_build_object('id', l.id, 'code', l.code, 'name', l.name),
    'inspections', coalesce(i.j, '[]'), 'specialMeasuresEpisodes', coalesce(e.j, '[]'), 'buddyContracts', coalesce(c.j, '[]'),
    'directorAppointments', coalesce(a.j, '[]'), 'leadershipReviews', coalesce(rv.j, '[]'), 'leaders', coalesce(ld.j, '[]'),
    'improvementPlan', case when pl.id is null then null else json_build_object('id', pl.id, 'updateOverdue', not coalesce(u.current, false),
      'actions', coalesce(ac.j, '[]'), 'updates', coalesce(u.j, '[]')) end,
    'informationRequests', coalesce(rq.j, '[]'))
  from page t join local_system l on l.id = t.local_system_id
    left join rated r on r.trust_id = t.id left join open_episode o on o.trust_id = t.id left join ceo on ceo.trust_id = t.id
    left join episode e on e.trust_id = t.id left join appointment a on a.trust_id = t.id left join inspection_list i on i.trust_id = t.id
    left join contract c on c.trust_id = t.id left join review rv on rv.trust_id = t.id left join leader ld on ld.trust_id = t.id
    left join plan pl on pl.trust_id = t.id left join action ac on ac.plan_id = pl.id left join plan_update_list u on u.plan_id = pl.id
    left join request rq on rq.trust_id = t.id))::text as json`;
}

/** The fixed cost of a request: who the caller is, and one trust's name. $1 role, $2 organisation, $3 ODS code. */
export function smallSql(commissioner) {
  return `select json_build_object('me', json_build_object('role', $1::text, 'organisation', $2::text),
    'trust', (select json_build_object('name', t.name) from (${visibleTrusts(commissioner, '$2')}) t where t.ods_code = $3::text))::text as json`;
}
