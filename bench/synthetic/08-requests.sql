-- Information requests to trusts in special measures: about the last full month (open, some already
-- overdue) and often the month before (mostly answered). The regulator always asks; the oversight
-- body and the system's commissioner often ask the same question too, and the trust answers once.
create temp table request as
select s.n, s.id as trust_id, s.sys, s.body, q.q, pg_temp.uid('request', s.n || ':' || q.q) as id,
  (date_trunc('month', pg_temp.today()::timestamp) - make_interval(months => q.q))::date as month,
  (array['QUALITY_AND_SAFETY', 'WORKFORCE', 'FINANCE', 'GOVERNANCE', 'PERFORMANCE', 'MATERNITY', 'INFECTION_CONTROL', 'IMPROVEMENT_PLAN'])
    [1 + (floor(pg_temp.r('topic:' || s.n) * 8)::int + 3 * q.q) % 8] as topic
from story s, generate_series(1, 2) as q(q)
where s.state = 'OPEN' and (s.n = 1 or pg_temp.r('request:' || s.n || ':' || q.q) < case q.q when 1 then 0.6 else 0.25 end);

create temp table asker as
select r.*, a, o.role, o.org, ask.asked_on,
  ask.asked_on + case when q = 1 and pg_temp.r('soon:' || n) < 0.3 then 10 else 21 end + 2 * a as due
from request r, generate_series(0, 2) as a,
  lateral (select (r.month + interval '1 month')::date + 1 + 4 * a as asked_on) ask,
  lateral (select (array['REGULATOR', 'OVERSIGHT', 'COMMISSIONER'])[a + 1] as role,
    (array['CQC', r.body, 'X' || lpad(r.sys::text, 4, '0')])[a + 1] as org) o
where a = 0 or r.n = 1 or pg_temp.r('asks:' || r.n || ':' || r.q || ':' || a) < case a when 1 then 0.7 else 0.5 end;

insert into information_request (id, trust_id, topic, period, due_on, status, answer, answered_on, version)
select r.id, r.trust_id, r.topic, to_char(r.month, 'YYYY-MM'), d.due, s.status,
  case when s.status = 'ANSWERED' then 'Figures for the month attached, with the board''s commentary and the actions agreed.' end,
  case when s.status = 'ANSWERED' then d.due - 1 end, 1
from request r,
  lateral (select min(a.due) as due from asker a where a.id = r.id) d,
  lateral (select case when r.q = 2 and pg_temp.r('answered:' || r.n) < 0.7 then 'ANSWERED' else 'OPEN' end as status) s;

insert into request_asker (id, request_id, trust_id, role, organisation, asked_on, asked_at, question, due_on)
select pg_temp.uid('asker', id || ':' || a), id, trust_id, role, org, asked_on,
  (asked_on + make_interval(hours => 9 + a)) at time zone 'UTC',
  case topic when 'FINANCE' then 'Month-end financial position against plan.' when 'WORKFORCE' then 'Registered nurse vacancy and turnover rates.'
    when 'QUALITY_AND_SAFETY' then 'Serious incidents and never events this month.' when 'MATERNITY' then 'Midwife staffing against the safe level.'
    when 'INFECTION_CONTROL' then 'C. difficile cases this year against the threshold.' else 'Board assurance on the actions due this month.' end,
  due
from asker;
