-- The episodes, and an improvement director for each from two weeks after placement until the exit,
-- accountable to the trust's oversight body; some directors served an earlier trust, a few are
-- between appointments.
insert into special_measures_episode (id, trust_id, placed_on, reason, entry_inspection_id, extensions, exited_on, exit_type, exit_inspection_id)
select pg_temp.uid('episode', e.n || ':' || e.k), s.id, e.placed,
  'Rated inadequate for safe and well-led services: '
    || case s.sector
      when 'ACUTE' then pg_temp.pick(array['patients waiting over 12 hours in the emergency department and a board unsighted on it.',
        'unsafe medical staffing at night and serious incidents left uninvestigated.', 'high mortality in emergency surgery and a culture that discouraged concerns.'], 'reason:' || e.n || e.k)
      when 'COMMUNITY' then 'district nursing caseloads unmanaged and pressure ulcers under-reported.'
      when 'MENTAL_HEALTH' then 'out-of-area placements at record levels and crisis line calls going unanswered.'
      else 'category 2 response times far above standard and bullying reported in every control room.' end
    || case when e.ext = 1 then ' Extended by six months after the reinspection.' else '' end,
  pg_temp.uid('inspection', e.n || ':entry' || e.k), e.ext, e.exited,
  case when e.ended then case when e.exit_rating = 'REQUIRES_IMPROVEMENT' and pg_temp.r('support:' || e.n) < 0.7 then 'EXITED_WITH_SUPPORT' else 'EXITED' end end,
  case when e.ended then pg_temp.uid('inspection', e.n || ':exit' || e.k) end
from ep e join story s using (n);

create temp table appointment as
select e.n, e.k, s.id as trust_id, s.body, e.placed + 14 as starts, e.exited as ends, e.ended,
  row_number() over (partition by s.body, e.ended order by case when e.ended then e.exited - date '2000-01-01' else date '2000-01-01' - e.placed end) as rank,
  null::bigint as director
from ep e join story s using (n);
update appointment set director = o.number
from (select n, row_number() over (order by n) as number from appointment where not ended) o where appointment.n = o.n and not appointment.ended;
-- A director who left a trust that exited can be appointed again later: the earliest to leave goes to the latest placement.
update appointment c set director = o.director
from appointment o where c.ended and not o.ended and o.body = c.body and o.rank = c.rank and o.starts > c.ends;
update appointment set director = (select count(*) from appointment where not ended) + x.number
from (select n, k, row_number() over (order by n, k) as number from appointment where director is null) x
where appointment.n = x.n and appointment.k = x.k;

insert into improvement_director (id, code, name, accountable_to)
select pg_temp.uid('director', d::text), 'ID-' || lpad(d::text, 4, '0'), pg_temp.person('director:' || d, case when pg_temp.r('dr:' || d) < 0.25 then 'Dr ' else '' end),
  coalesce((select body from appointment a where a.director = d limit 1), case when d % 2 = 0 then 'MONITOR' else 'TDA' end)
from generate_series(1, (select max(director) from appointment) + ({{trusts}} + 14) / 15) as d;

insert into director_appointment (id, director_id, trust_id, starts_on, ends_on)
select pg_temp.uid('appointment', n || ':' || k), pg_temp.uid('director', director::text), trust_id, starts, ends
from appointment;
