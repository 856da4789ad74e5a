-- An improvement plan for every trust in special measures now and about a third of those that left:
-- three to six actions due over the first year, and a public update for each month since placement
-- (a fifth of the plans have missed the last full month, so their update is overdue).
create temp table plan as
select e.n, e.placed, e.exited, pg_temp.uid('plan', e.n::text) as id, pg_temp.uid('trust', e.n::text) as trust_id,
  least(date_trunc('month', pg_temp.today()::timestamp) - interval '1 month' * case when pg_temp.r('overdue:' || e.n) < 0.2 then 2 else 1 end,
        coalesce(date_trunc('month', e.exited::timestamp) + interval '12 months', 'infinity'))::date as last_month
from ep e
where e.k = 1 and (not e.ended or pg_temp.r('plan?:' || e.n) < 0.35);

insert into improvement_plan (id, trust_id) select id, trust_id from plan;

insert into plan_action (id, plan_id, trust_id, title, key_question, due_on, status, version)
select pg_temp.uid('action', p.n || ':' || i), p.id, p.trust_id, a.title, a.question, p.placed + 60 + i * 45,
  case when p.exited is not null then 'COMPLETE'
       when p.placed + 60 + i * 45 < pg_temp.today() - 30 then case when pg_temp.r('done:' || p.n || i) < 0.7 then 'COMPLETE' else 'OFF_TRACK' end
       else pg_temp.pick(array['NOT_STARTED', 'ON_TRACK', 'ON_TRACK', 'AT_RISK'], 'status:' || p.n || i) end,
  1
from plan p, generate_series(1, 3 + floor(pg_temp.r('actions:' || p.n) * 4)::int) as i, lateral (
  select (array['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'])[1 + (i + p.n) % 5] as question,
    (array['Fund and fill a resident night-time medical rota on every acute ward', 'Adopt the regional pathway with seven-day therapy cover',
      'Make every complaint response personal and on time', 'Reduce waits over 52 weeks to zero',
      'Commission an independent well-led review and publish the action plan'])[1 + (i + p.n) % 5] as title
) a;

insert into plan_update (id, plan_id, trust_id, month, summary, published_at)
select pg_temp.uid('update', p.n || ':' || to_char(month, 'YYYY-MM')), p.id, p.trust_id, to_char(month, 'YYYY-MM'),
  to_char(month, 'FMMonth YYYY') || ': ' || pg_temp.pick(array['Buddy trust support focused on governance.',
    'Staff survey results shared with every team.', 'Improvement director attended the quality committee.',
    'Two actions completed; one at risk.'], 'summary:' || p.n || month),
  (month + interval '1 month' + make_interval(days => 3 + floor(pg_temp.r('day:' || p.n || month) * 3)::int) + interval '10 hours') at time zone 'UTC'
from plan p, generate_series(date_trunc('month', p.placed::timestamp) + interval '1 month', p.last_month, interval '1 month') as month;
