-- Each month of an ACTIVE or COMPLETED contract up to the last full month: two outcomes (the latest
-- month of an active contract awaits verification, a few are rejected), the partner's reimbursement
-- claim, and most other months an incentive payment for a verified outcome (proposed, approved,
-- paid or withheld by how long ago it was reported).
create temp table report as
select c.n, c.k, c.trust_id, c.partner_id, c.status, s.sector, month::date as month,
  (row_number() over (partition by c.n, c.k order by month) - 1)::int as m,
  month = max(month) over (partition by c.n, c.k) as latest
from contract c join story s using (n),
  generate_series(c.starts, least(date_trunc('month', c.ends::timestamp), date_trunc('month', pg_temp.today()::timestamp) - interval '1 month'), interval '1 month') as month
where c.status in ('ACTIVE', 'COMPLETED');

create temp table outcome as
select r.*, j, pg_temp.uid('outcome', r.n || ':' || r.k || ':' || r.m || ':' || j) as id,
  (r.month + interval '1 month' + make_interval(days => 4 + r.m % 3) + interval '11 hours') at time zone 'UTC' as reported,
  case when r.status = 'ACTIVE' and r.latest then 'PENDING'
       when pg_temp.r('rejected:' || r.n || r.k || ':' || r.m || ':' || j) < 0.05 then 'REJECTED' else 'VERIFIED' end as verification
from report r, generate_series(0, 1) as j;

insert into contract_outcome (id, contract_id, supported_trust_id, partner_trust_id, period, measure, target, achieved, narrative, reported_at, verification)
select id, pg_temp.uid('contract', n || ':' || k), trust_id, partner_id, to_char(month, 'YYYY-MM'),
  (case sector
    when 'ACUTE' then array['Emergency department patients seen within 4 hours', 'Sepsis screening completed within 1 hour']
    when 'COMMUNITY' then array['Housebound patients with a current care plan', 'Pressure ulcers reported within 48 hours']
    when 'MENTAL_HEALTH' then array['Crisis line calls answered within 1 minute', 'Inpatients with a care plan reviewed weekly']
    else array['Category 2 calls reached within 30 minutes', 'Hospital handovers within 30 minutes'] end)[j + 1],
  case j when 0 then 'at least 76%' else 'at least 90%' end,
  to_char(55 + m * 1.5 + pg_temp.r('achieved:' || id) * 6, 'FM990.0') || '%',
  case when j = 0 and m % 2 = 0 then 'Partner clinicians ran weekly huddles with the ward teams.' end,
  reported, verification
from outcome;

insert into incentive_payment (id, contract_id, supported_trust_id, partner_trust_id, outcome_id, amount, status, approved_at, paid_on)
select pg_temp.uid('payment', o.id::text), pg_temp.uid('contract', o.n || ':' || o.k), o.trust_id, o.partner_id, o.id,
  10000 + floor(pg_temp.r('amount:' || o.id) * 11) * 500, p.status,
  case when p.status in ('APPROVED', 'PAID') then (o.reported::date + 21 + interval '14 hours') at time zone 'UTC' end,
  case when p.status = 'PAID' then o.reported::date + 51 end
from outcome o, lateral (select case
  when o.reported::date + 51 <= pg_temp.today() then case when pg_temp.r('withheld:' || o.id) < 0.12 then 'WITHHELD' else 'PAID' end
  when o.reported::date + 21 <= pg_temp.today() then 'APPROVED' else 'PROPOSED' end as status) p
where o.j = 1 and o.m % 2 = 1 and o.verification = 'VERIFIED' and pg_temp.r('paid?:' || o.id) < 0.85;

insert into reimbursement_claim (id, contract_id, supported_trust_id, partner_trust_id, period, days_given, amount, status, submitted_at)
select pg_temp.uid('claim', n || ':' || k || ':' || m), pg_temp.uid('contract', n || ':' || k), trust_id, partner_id,
  to_char(month, 'YYYY-MM'), d.days, (850 * d.days)::numeric(14, 2),
  case when status = 'ACTIVE' and latest then 'SUBMITTED'
       when pg_temp.r('claimrejected:' || n || k || ':' || m) < 0.07 then 'REJECTED' else 'APPROVED' end,
  (month + interval '1 month' + make_interval(days => 2 + m % 3) + interval '9 hours') at time zone 'UTC'
from report, lateral (select pg_temp.pick(array['4', '5.5', '6', '6.5', '7', '7.5', '8'], 'days:' || n || k || ':' || m)::float8 as days) d;
