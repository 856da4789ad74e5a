// One trust with everything beneath it (bench/operations/trust.*.graphql) as one statement, through
// correlated subqueries (one trust: each list an index scan), and the small query.
// Trust: $1 today, $2 the ODS code, $3 a commissioner's code.
import { contractChildrenOf, contractColumns } from './contracts.mjs';
import { ASKER, ASKER_ORDER, requestColumns } from './requests.mjs';
import {
  chiefExecutivesOf, inSpecialMeasuresOf, instant, latestPublishedOf, list, object, reinspectionDueOn, systemTrusts, trustFacts,
} from './sql-parts.mjs';

const LAST_FULL_MONTH = `to_char(date_trunc('month', $1::date::timestamp) - interval '1 month', 'YYYY-MM')`;
const rating = (t) => `(select i.overall from inspection i where i.trust_id = ${t} and i.published_on <= $1::date order by i.inspected_on desc, i.id desc limit 1)`;

function lists(commissioner) {
  const secret = (sql) => (commissioner ? '' : `${sql}, `); // money and findings: the regulator's alone
  const inScope = (id) => (commissioner ? `${id} in (select id from scope)` : 'true');
  return `${object('l.id, l.code, l.name')} as "localSystem",
  ${list({
    from: 'inspection i', where: `i.trust_id = t.id${commissioner ? ' and i.published_on <= $1::date' : ''}`, order: 'i.inspected_on desc, i.id',
    columns: `i.id, i.inspected_on as "inspectedOn", i.published_on as "publishedOn", i.overall, i.safe, i.effective, i.caring, i.responsive,
      i.well_led as "wellLed", i.recommendation, i.summary`,
  })} as inspections,
  ${list({
    from: 'special_measures_episode e', where: 'e.trust_id = t.id', order: 'e.placed_on desc, e.id',
    columns: `e.id, e.placed_on as "placedOn", e.reason, e.extensions, e.exited_on as "exitedOn", e.exit_type as "exitType",
      e.exited_on is null as active, ${reinspectionDueOn('e')} as "reinspectionDueOn"`,
  })} as "specialMeasuresEpisodes",
  ${list({
    from: `buddy_contract c join trust p on p.id = c.partner_trust_id, lateral (select t.type) s, ${contractChildrenOf(!commissioner)}`,
    where: 'c.supported_trust_id = t.id', order: 'c.reference',
    columns: `${contractColumns(!commissioner)}, case when ${inScope('p.id')} then ${object(`p.id, p.ods_code as "odsCode", p.name, ${rating('p.id')} as "currentRating"`)} end as "partnerTrust"`,
  })} as "buddyContracts",
  ${list({
    from: 'director_appointment a join improvement_director d on d.id = a.director_id', where: 'a.trust_id = t.id', order: 'a.starts_on desc, a.id',
    columns: `a.id, a.starts_on as "startsOn", a.ends_on as "endsOn", ${object('d.id, d.code, d.name, d.accountable_to as "accountableTo"')} as director`,
  })} as "directorAppointments",
  ${list({
    from: 'leadership_review v', where: 'v.trust_id = t.id', order: 'v.reviewed_on desc, v.id',
    columns: `v.id, v.reviewed_on as "reviewedOn", v.reviewer, v.scope, ${secret('v.findings')}v.outcome`,
  })} as "leadershipReviews",
  ${list({
    from: 'leadership_tenure n', where: 'n.trust_id = t.id', order: 'n.started_on desc, n.id',
    columns: 'n.id, n.role, n.name, n.started_on as "startedOn", n.ended_on as "endedOn", n.interim',
  })} as leaders,
  (select x from improvement_plan pl, lateral (select pl.id,
      not coalesce((select bool_or(u.month = ${LAST_FULL_MONTH}) from plan_update u where u.plan_id = pl.id), false) as "updateOverdue",
      ${list({ from: 'plan_action pa', where: 'pa.plan_id = pl.id', order: 'pa.due_on, pa.id',
        columns: 'pa.id, pa.title, pa.key_question as "keyQuestion", pa.due_on as "dueOn", pa.status, pa.version' })} as actions,
      ${list({ from: 'plan_update u', where: 'u.plan_id = pl.id', order: 'u.month desc, u.id',
        columns: `u.id, u.month, u.summary, ${instant('u.published_at')} as "publishedAt"` })} as updates) x
    where pl.trust_id = t.id order by pl.id limit 1) as "improvementPlan",
  ${list({
    from: 'information_request q', where: 'q.trust_id = t.id', order: 'q.due_on, q.id',
    columns: requestColumns(list({ from: 'request_asker a', where: 'a.request_id = q.id and a.withdrawn_on is null', order: ASKER_ORDER, columns: ASKER })),
  })} as "informationRequests"`;
}

export function trustSql(commissioner) {
  return `${commissioner ? `with scope as materialized (${systemTrusts('$3')})\n` : ''}select json_build_object('trust', (
  select x from trust t join local_system l on l.id = t.local_system_id left join lateral ${latestPublishedOf('t')} r on true,
    lateral (select ${inSpecialMeasuresOf('t')} as sm, ${chiefExecutivesOf('t')} as ceo) f,
    lateral (select ${trustFacts({ money: !commissioner, sm: 'f.sm', ceo: 'f.ceo' })}, ${lists(commissioner)}) x
  where t.ods_code = $2::text${commissioner ? ' and t.id in (select id from scope)' : ''}))::text as json`;
}

/** The fixed cost of a request: who the caller is, and one trust's name. $1 role, $2 organisation, $3 ODS code. */
export function smallSql(commissioner) {
  return `select json_build_object('me', json_build_object('role', $1::text, 'organisation', $2::text), 'trust', (select ${object('t.name')} from trust t
    where t.ods_code = $3::text${commissioner ? ` and t.id in (${systemTrusts('$2')})` : ''}))::text as json`;
}
