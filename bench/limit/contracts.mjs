// Buddy contracts with everything beneath them (bench/operations/buddyContracts.*.graphql) as one
// statement, and the pieces of a contract the trust case shares. The regulator's page reads each child
// table once for the page; a commissioner's few contracts read through correlated subqueries.
// $1 today, $2 a commissioner's code.
import {
  chiefExecutives, cursor, instant, latestPublished, listsBy, money, oversightBody, systemTrusts, trustFacts, trustObjectOf,
} from './sql-parts.mjs';

/** The operation's `first`. */
const FIRST = 100;

const OUTCOME = `o.id, o.period, o.measure, o.target, o.achieved, o.narrative, ${instant('o.reported_at')} as "reportedAt", o.verification`;
const payment = (withMoney) => `p.id, ${withMoney ? 'p.amount::text as amount, ' : ''}p.status, ${instant('p.approved_at')} as "approvedAt", p.paid_on as "paidOn"`;
const claim = (withMoney) => `r.id, r.period, r.days_given as "daysGiven", ${withMoney ? 'r.amount::text as amount, ' : ''}r.status, ${instant('r.submitted_at')} as "submittedAt"`;
const PAYMENT_SUMS = `sum(p.amount) filter (where p.status in ('APPROVED', 'PAID')) as approved, sum(p.amount) filter (where p.status = 'PAID') as paid`;
const CLAIM_SUM = `sum(r.amount) filter (where r.status = 'APPROVED') as reimbursed`;
const ORDER = { outcome: 'o.period desc, o.measure, o.id', payment: 'p.id', claim: 'r.period desc, r.id' };

/**
 * Contract `c`'s own fields, given `s` its supported trust, `oc`, `pay` and `cl` its outcomes, payments
 * and claims (rows with j, the list, and the sums of money in pay and cl).
 */
export const contractColumns = (withMoney) => `c.id, c.reference, c.starts_on as "startsOn", c.ends_on as "endsOn", c.status,
  ${withMoney ? `c.reimbursement_cap::text as "reimbursementCap", c.incentive_fund::text as "incentiveFund",
  ${money('coalesce(pay.approved, 0)')} as "incentiveApproved", ${money('coalesce(pay.paid, 0)')} as "incentivePaid",
  ${money('coalesce(cl.reimbursed, 0)')} as reimbursed, ` : ''}${oversightBody('s.type')} as "contractingBody", c.version,
  coalesce(oc.j, '[]') as outcomes, coalesce(pay.j, '[]') as payments, coalesce(cl.j, '[]') as "reimbursementClaims"`;

/** Correlated: lateral joins reading contract `c`'s outcomes, payments and claims, each table once. */
export const contractChildrenOf = (withMoney) => `
  lateral (select json_agg(y order by ${ORDER.outcome}) as j from contract_outcome o, lateral (select ${OUTCOME}) y where o.contract_id = c.id) oc,
  lateral (select json_agg(y order by ${ORDER.payment}) as j${withMoney ? `, ${PAYMENT_SUMS}` : ''}
    from incentive_payment p, lateral (select ${payment(withMoney)}) y where p.contract_id = c.id) pay,
  lateral (select json_agg(y order by ${ORDER.claim}) as j${withMoney ? `, ${CLAIM_SUM}` : ''}
    from reimbursement_claim r, lateral (select ${claim(withMoney)}) y where r.contract_id = c.id) cl`;

/** The connection around `nodes`, given a CTE `page` of contracts and `counted` (n, every contract the caller may read). */
const connection = (nodes) => `json_build_object('buddyContracts', json_build_object('totalCount', (select n from counted),
  'pageInfo', json_build_object('hasNextPage', (select n from counted) > ${FIRST},
    'endCursor', (select ${cursor(`json_build_array('reference+', reference)::text`)} from page order by reference desc limit 1)),
  'nodes', ${nodes}))::text as json`;

function regulator() {
  const PAGE = 'select id from page';
  return `
with page as materialized (select * from buddy_contract order by reference limit ${FIRST}),
counted as (select count(*)::int as n from buddy_contract),
involved as materialized (select supported_trust_id as id from page union select partner_trust_id from page),
rated as (${latestPublished('select id from involved')}),
ceo as (${chiefExecutives('select id from involved')}),
open_episode as (select trust_id from special_measures_episode where exited_on is null and trust_id in (select id from involved)),
fact as (select t.id, t.type, x as j from trust t left join rated r on r.trust_id = t.id left join ceo on ceo.trust_id = t.id
    left join open_episode e on e.trust_id = t.id, lateral (select ${trustFacts({ money: true, sm: '(e.trust_id is not null)', ceo: 'ceo.n' })}) x
  where t.id in (select id from involved)),
outcome as (${listsBy({ key: 'o.contract_id', from: 'contract_outcome o', parents: PAGE, order: ORDER.outcome, columns: OUTCOME })}),
payment as (${listsBy({ key: 'p.contract_id', from: 'incentive_payment p', parents: PAGE, order: ORDER.payment, columns: payment(true), extra: PAYMENT_SUMS })}),
claim as (${listsBy({ key: 'r.contract_id', from: 'reimbursement_claim r', parents: PAGE, order: ORDER.claim, columns: claim(true), extra: CLAIM_SUM })})
select ${connection(`coalesce(json_agg(x order by c.reference), '[]')`)}
from page c join fact s on s.id = c.supported_trust_id join fact pt on pt.id = c.partner_trust_id
  left join outcome oc on oc.key = c.id left join payment pay on pay.key = c.id left join claim cl on cl.key = c.id,
  lateral (select ${contractColumns(true)}, s.j as "supportedTrust", pt.j as "partnerTrust") x`;
}

function commissioner() {
  return `
with scope as materialized (${systemTrusts('$2')}),
page as (select * from buddy_contract where supported_trust_id in (select id from scope) order by reference limit ${FIRST}),
counted as (select count(*)::int as n from buddy_contract where supported_trust_id in (select id from scope))
select ${connection(`coalesce((select json_agg(x order by c.reference) from page c join trust s on s.id = c.supported_trust_id, ${contractChildrenOf(false)},
  lateral (select ${contractColumns(false)}, ${trustObjectOf('c.supported_trust_id', { money: false })} as "supportedTrust",
    -- A partner outside the commissioner's system reads as null.
    case when c.partner_trust_id in (select id from scope) then ${trustObjectOf('c.partner_trust_id', { money: false })} end as "partnerTrust") x), '[]')`)}`;
}

export const contractsSql = (asCommissioner) => (asCommissioner ? commissioner() : regulator());
