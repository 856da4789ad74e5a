-- Local systems of six trusts, one commissioner each, and the trusts, in the demo's proportions:
-- half foundation trusts; 23% in special measures now, 10% in the past (some of those now back in).
-- Trust 1 (R0001, in the system of commissioner X0001) is in special measures with everything.
create temp table story as
select s.*,
  case when state = 'OPEN' then pg_temp.today() - case when n = 1 then 280 else 20 + floor(pg_temp.r('placed:' || n) * 520)::int end
       when state = 'EXITED' then pg_temp.today() - 700 - floor(pg_temp.r('placed:' || n) * 1100)::int end as placed,
  state = 'OPEN' and n <> 1 and pg_temp.r('repeat:' || n) < 0.15 as again
from (
  select n, pg_temp.uid('trust', n::text) as id, (n - 1) / 6 + 1 as sys,
    case when n = 1 or pg_temp.r('type:' || n) < 0.5 then 'FOUNDATION_TRUST' else 'NHS_TRUST' end as type,
    case when n = 1 or pg_temp.r('sector:' || n) < 0.5 then 'ACUTE' when pg_temp.r('sector:' || n) < 0.73 then 'COMMUNITY'
         when pg_temp.r('sector:' || n) < 0.9 then 'MENTAL_HEALTH' else 'AMBULANCE' end as sector,
    case when n = 1 or pg_temp.r('state:' || n) < 0.233 then 'OPEN' when pg_temp.r('state:' || n) < 0.333 then 'EXITED' else 'NONE' end as state
  from generate_series(1, {{trusts}}) as n
) s;
alter table story add column body text;
update story set body = case type when 'FOUNDATION_TRUST' then 'MONITOR' else 'TDA' end;
create index on story (n);

insert into local_system (id, code, name)
select pg_temp.uid('system', sys::text), 'LS' || lpad(sys::text, 4, '0'),
  (pg_temp.places())[1 + (sys * 7) % 64] || ' and ' || (pg_temp.areas())[1 + (sys * 3) % 64]
from generate_series(1, (select max(sys) from story)) as sys;

insert into commissioner (id, code, name, local_system_id)
select pg_temp.uid('commissioner', l.code), 'X' || substr(l.code, 3), 'NHS ' || l.name || ' ICB', l.id
from local_system l;

insert into trust (id, ods_code, name, type, sector, local_system_id, financial_forecast, autonomy_suspended, foundation_authorised_on)
select s.id, 'R' || lpad(n::text, 4, '0'),
  (pg_temp.places())[1 + (n - 1) % 64] || ' ' || (pg_temp.areas())[1 + ((n - 1) / 64 + (n - 1) % 64 * 5) % 64] || ' '
    || case sector when 'ACUTE' then pg_temp.pick(array['Hospitals', 'Teaching Hospitals', 'University Hospitals'], 'acute:' || n)
         when 'COMMUNITY' then 'Community Health' when 'MENTAL_HEALTH' then 'Mental Health' else 'Ambulance Service' end
    || case type when 'FOUNDATION_TRUST' then ' NHS Foundation Trust' else ' NHS Trust' end,
  type, sector, pg_temp.uid('system', sys::text),
  case when pg_temp.r('forecast?:' || n) < 0.03 then null
       when state = 'OPEN' then -(50 + floor(pg_temp.r('forecast:' || n) * 1150)) * 10000
       else (floor(pg_temp.r('forecast:' || n) * 650) - 300) * 10000 end::numeric(14, 2),
  type = 'FOUNDATION_TRUST' and state = 'OPEN' and pg_temp.r('suspended:' || n) < 0.6,
  case when type = 'FOUNDATION_TRUST' then make_date(2008 + n % 13, 6, 1) end
from story s;
