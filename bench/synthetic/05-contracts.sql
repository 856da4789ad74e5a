-- Buddy contracts for most episodes, starting a month or two after placement, 6 to 18 months long:
-- DRAFT before the start, ACTIVE during it, COMPLETED after it, a few TERMINATED. The partner is
-- a trust rated GOOD or OUTSTANDING that has never been in special measures: in the same local
-- system for about 40% of contracts, anywhere otherwise (so a commissioner sees some partners as null).
create temp table partner as
select row_number() over (order by s.n) as i, s.n, s.sys, s.id
from story s join lateral (
  select overall from inspection i where i.trust_id = s.id and i.published_on <= pg_temp.today()
  order by inspected_on desc, i.id desc limit 1
) latest on latest.overall in ('GOOD', 'OUTSTANDING')
where s.state = 'NONE';
create index on partner (sys);
create index on partner (i);

create temp table contract as
select e.n, e.k, s.id as trust_id, s.sys, c.starts, c.months, (c.starts + make_interval(months => c.months))::date - 1 as ends
from ep e join story s using (n), lateral (
  select (date_trunc('month', e.placed::timestamp) + make_interval(months => 1 + (pg_temp.r('start:' || e.n || e.k) < 0.5)::int))::date as starts,
    case when e.n = 1 then 12 when pg_temp.r('term:' || e.n || e.k) < 0.15 then 6 when pg_temp.r('term:' || e.n || e.k) > 0.85 then 18 else 12 end as months
) c
where e.n = 1 or pg_temp.r('contract?:' || e.n || e.k) < case when not e.ended then 0.85 when e.k = 1 then 0.6 else 0.5 end;

alter table contract add column status text, add column partner_id uuid, add column cap numeric(14, 2), add column fund numeric(14, 2);
update contract set status = case
  when starts > pg_temp.today() then 'DRAFT'
  when ends < pg_temp.today() then case when n <> 1 and pg_temp.r('terminated:' || n || k) < 0.12 then 'TERMINATED' else 'COMPLETED' end
  when n <> 1 and pg_temp.r('terminated:' || n || k) < 0.08 then 'TERMINATED' else 'ACTIVE' end,
  -- Caps leave room for every approved claim (at most 8 days a month at 850) and payment (at most 15,000 every other month).
  cap = months * 7000 + floor(pg_temp.r('cap:' || n || k) * 100) * 1000,
  fund = 15000 * ceil(months / 2.0) + floor(pg_temp.r('fund:' || n || k) * 30) * 1000;
update contract c set partner_id = coalesce(
  case when c.n = 1 then (select p.id from partner p where p.sys <> c.sys order by p.i limit 1) end,
  case when c.n <> 1 and pg_temp.r('samesystem:' || c.n || c.k) < 0.4 then
    (select p.id from partner p where p.sys = c.sys order by md5(p.n || ':' || c.n) limit 1) end,
  (select p.id from partner p where p.i = 1 + floor(pg_temp.r('partner:' || c.n || c.k) * (select count(*) from partner))::int));

insert into buddy_contract (id, reference, supported_trust_id, partner_trust_id, starts_on, ends_on, status, reimbursement_cap, incentive_fund, version)
select pg_temp.uid('contract', n || ':' || k), 'BC-' || to_char(starts, 'YYYY') || '-' || lpad(n::text, 5, '0') || '-' || k,
  trust_id, partner_id, starts, ends, status, cap, fund, 1
from contract;
