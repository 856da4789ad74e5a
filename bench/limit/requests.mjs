// Information requests with everything beneath them (bench/operations/informationRequests.graphql)
// as one statement, and the pieces the trust case shares. The regulator's page reads each child table
// once for the page; a commissioner's few requests read through correlated subqueries.
// $1 today, $2 a commissioner's code.
import { cursor, latestPublished, listsBy, systemTrusts } from './sql-parts.mjs';

/** The operation's `first`. */
const FIRST = 500;

export const ASKER = 'a.id, a.role, a.organisation, a.asked_on as "askedOn", a.question, a.due_on as "dueOn"';
export const ASKER_ORDER = 'a.asked_at, a.id';

/** Request `q`'s own fields, given `askers` the JSON list of its current askers. */
export const requestColumns = (askers) => `q.id, q.topic, q.period, q.due_on as "dueOn", q.status, q.answer, q.answered_on as "answeredOn",
  q.status = 'OPEN' and q.due_on < $1::date as overdue, q.version, ${askers} as askers`;

/** The trust of a request, given `t` the trust, `r` its latest published inspection and `sm` in special measures. */
const TRUST = 't.id, t.ods_code as "odsCode", t.name, r.overall as "currentRating", sm as "inSpecialMeasures"';

/** The connection around `nodes`, given a CTE `page` of requests and `counted` (n, every request the caller may read). */
const connection = (nodes) => `json_build_object('informationRequests', json_build_object('totalCount', (select n from counted),
  'pageInfo', json_build_object('hasNextPage', (select n from counted) > ${FIRST},
    'endCursor', (select ${cursor(`json_build_array('dueOn+,id+', to_char(due_on, 'YYYY-MM-DD'), id::text)::text`)} from page order by due_on desc, id desc limit 1)),
  'nodes', ${nodes}))::text as json`;

function regulator() {
  return `
with page as materialized (select * from information_request order by due_on, id limit ${FIRST}),
counted as (select count(*)::int as n from information_request),
involved as materialized (select distinct trust_id as id from page),
rated as (${latestPublished('select id from involved')}),
open_episode as (select trust_id from special_measures_episode where exited_on is null and trust_id in (select id from involved)),
fact as (select t.id, x as j from trust t left join rated r on r.trust_id = t.id left join open_episode e on e.trust_id = t.id,
    lateral (select e.trust_id is not null as sm) f, lateral (select ${TRUST}) x where t.id in (select id from involved)),
asker as (${listsBy({ key: 'a.request_id', from: 'request_asker a', parents: 'select id from page', where: 'a.withdrawn_on is null', order: ASKER_ORDER, columns: ASKER })})
select ${connection(`coalesce(json_agg(x order by q.due_on, q.id), '[]')`)}
from page q join fact t on t.id = q.trust_id left join asker a on a.key = q.id,
  lateral (select ${requestColumns(`coalesce(a.j, '[]')`)}, t.j as trust) x`;
}

function commissioner() {
  return `
with scope as materialized (${systemTrusts('$2')}),
page as (select * from information_request where trust_id in (select id from scope) order by due_on, id limit ${FIRST}),
counted as (select count(*)::int as n from information_request where trust_id in (select id from scope))
select ${connection(`coalesce((select json_agg(x order by q.due_on, q.id) from page q,
  lateral (select ${requestColumns(`coalesce((select json_agg(y order by ${ASKER_ORDER}) from request_asker a, lateral (select ${ASKER}) y
      where a.request_id = q.id and a.withdrawn_on is null), '[]')`)},
    (select x from trust t left join lateral (select i.overall from inspection i where i.trust_id = t.id and i.published_on <= $1::date
        order by i.inspected_on desc, i.id desc limit 1) r on true,
      lateral (select exists (select 1 from special_measures_episode e where e.trust_id = t.id and e.exited_on is null) as sm) f,
      lateral (select ${TRUST}) x where t.id = q.trust_id) as trust) x), '[]')`)}`;
}

export const requestsSql = (asCommissioner) => (asCommissioner ? commissioner() : regulator());
