-- Special measures episodes (k = 1 the latest, k = 0 an earlier one that ended) and every inspection:
-- routine ones about two years apart, and for each episode its entry inspection (inadequate), a
-- reinspection when it was extended, its exit inspection, or an exit inspection not yet published.
create temp table ep as
select n, 1 as k, placed,
  case when state = 'OPEN' then (placed < pg_temp.today() - interval '12 months')::int
       else (pg_temp.r('ext:' || n) < 0.4)::int end as ext,
  state = 'EXITED' as ended
from story where state <> 'NONE'
union all
select n, 0, placed - 900 - floor(pg_temp.r('placed0:' || n) * 500)::int, 0, true from story where again;

alter table ep add column exit_inspected date, add column exited date, add column exit_rating text;
update ep set exit_inspected = (placed + make_interval(months => 10 + 6 * ext))::date where ended;
update ep set exit_rating = case when pg_temp.r('exitrating:' || n || ':' || k) < 0.6 then 'GOOD' else 'REQUIRES_IMPROVEMENT' end,
  exited = exit_inspected + 52 where ended;

create temp table ip (n int, tag text, inspected date, published date, overall text, recommendation text);
-- Entry, reinspection, exit and pending exit inspections of each episode.
insert into ip select n, 'entry' || k, placed - 55, placed - 7, 'INADEQUATE', 'ENTER_SPECIAL_MEASURES' from ep;
insert into ip select n, 'remain' || k, (placed + interval '10 months')::date, (placed + interval '10 months')::date + 45,
  'REQUIRES_IMPROVEMENT', 'REMAIN_IN_SPECIAL_MEASURES' from ep where not ended and ext = 1;
insert into ip select n, 'exit' || k, exit_inspected, exit_inspected + 45, exit_rating, 'EXIT_SPECIAL_MEASURES' from ep where ended;
insert into ip select n, 'pending', pg_temp.today() - 15 - floor(pg_temp.r('pending:' || n) * 30)::int, null,
  'REQUIRES_IMPROVEMENT', 'EXIT_SPECIAL_MEASURES'
from ep where not ended and placed < pg_temp.today() - 150 and pg_temp.r('pending?:' || n) < 0.3;

-- Routine inspections: before the first episode, after an exit, and every other trust's.
insert into ip select e.n, 'before', e.placed - 55 - 600 - floor(pg_temp.r('before:' || e.n) * 200)::int, null,
  case when pg_temp.r('beforerating:' || e.n) < 0.8 then 'REQUIRES_IMPROVEMENT' else 'GOOD' end, 'NONE'
from ep e where e.k = (select min(k) from ep x where x.n = e.n);
insert into ip select n, 'after', exited + 500, null,
  case when pg_temp.r('afterrating:' || n) < 0.6 then 'GOOD' else 'REQUIRES_IMPROVEMENT' end, 'NONE'
from ep where k = 1 and ended and exited + 500 < pg_temp.today() - 60 and pg_temp.r('after?:' || n) < 0.5;
insert into ip select s.n, 'routine' || i,
  pg_temp.today() - 60 - floor(pg_temp.r('latest:' || s.n) * 900)::int - (i - 1) * (650 + floor(pg_temp.r('gap:' || s.n || ':' || i) * 150)::int),
  null,
  case when i > 1 then case when pg_temp.r('rating:' || s.n || ':' || i) < 0.5 then 'GOOD' else 'REQUIRES_IMPROVEMENT' end
       when pg_temp.r('rating:' || s.n) < 0.09 then 'OUTSTANDING' when pg_temp.r('rating:' || s.n) < 0.55 then 'GOOD'
       when pg_temp.r('rating:' || s.n) < 0.97 then 'REQUIRES_IMPROVEMENT' else 'INADEQUATE' end,
  'NONE'
from story s, generate_series(1, 3) as i
where s.state = 'NONE' and pg_temp.r('count:' || s.n) >= 0.03 and (i <= 2 or pg_temp.r('count:' || s.n) < 0.15);
-- A report is published six to nine weeks after the visit; a recent one may not be out yet.
update ip set published = inspected + 40 + floor(pg_temp.r('published:' || n || ':' || tag) * 25)::int where published is null and tag <> 'pending';

insert into inspection (id, trust_id, inspected_on, published_on, overall, safe, effective, caring, responsive, well_led, recommendation, summary)
select pg_temp.uid('inspection', n || ':' || tag), pg_temp.uid('trust', n::text), inspected, published, overall,
  pg_temp.kq(overall, 'safe', 'safe:' || n || tag), pg_temp.kq(overall, 'effective', 'effective:' || n || tag),
  pg_temp.kq(overall, 'caring', 'caring:' || n || tag), pg_temp.kq(overall, 'responsive', 'responsive:' || n || tag),
  case when recommendation = 'REMAIN_IN_SPECIAL_MEASURES' then 'INADEQUATE' else pg_temp.kq(overall, 'well_led', 'wellled:' || n || tag) end,
  recommendation,
  case recommendation
    when 'ENTER_SPECIAL_MEASURES' then 'Inadequate overall, with serious concerns about safety and leadership: special measures recommended.'
    when 'REMAIN_IN_SPECIAL_MEASURES' then 'Some progress since the last inspection, but leadership is still inadequate: remain in special measures.'
    when 'EXIT_SPECIAL_MEASURES' then 'Significant improvement across the trust: leaving special measures recommended.'
    else case overall when 'OUTSTANDING' then 'Outstanding: a strong culture of learning and improvement.'
      when 'GOOD' then 'Good overall.' when 'INADEQUATE' then 'Inadequate in places, without a case for special measures yet.'
      else 'Requires improvement overall: staffing and governance need attention.' end
  end
from ip;
