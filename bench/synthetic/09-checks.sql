-- The business rules the constraints do not enforce: a load that breaks one fails here.
do $$
declare
  today date := pg_temp.today();
  broken text;
begin
  select string_agg(rule, '; ') into broken from (
    select 'nothing happens after today' as rule where exists (select 1 from inspection where inspected_on > today)
      or exists (select 1 from special_measures_episode where placed_on > today or exited_on > today)
      or exists (select 1 from director_appointment where starts_on > today)
      or exists (select 1 from leadership_tenure where started_on > today)
      or exists (select 1 from leadership_review where reviewed_on > today)
      or exists (select 1 from contract_outcome where reported_at > today + 1)
    union all
    select 'a report is published after the visit' where exists (select 1 from inspection where published_on < inspected_on)
    union all
    select 'episodes follow their entry inspection and leave after a published exit inspection' where exists (
      select 1 from special_measures_episode e join inspection i on i.id = e.entry_inspection_id
      where e.placed_on < i.inspected_on or i.recommendation <> 'ENTER_SPECIAL_MEASURES')
      or exists (select 1 from special_measures_episode e join inspection i on i.id = e.exit_inspection_id
      where i.published_on > e.exited_on or i.inspected_on <= e.placed_on or i.recommendation <> 'EXIT_SPECIAL_MEASURES'
        or (e.exit_type = 'EXITED_WITH_SUPPORT' and i.overall <> 'REQUIRES_IMPROVEMENT'))
    union all
    select 'a trust is in special measures for one episode at a time' where exists (
      select 1 from special_measures_episode a join special_measures_episode b on a.trust_id = b.trust_id and a.id <> b.id
      where a.placed_on <= b.placed_on and (a.exited_on is null or a.exited_on >= b.placed_on))
    union all
    select 'a director answers to the trust''s oversight body and holds one appointment at a time' where exists (
      select 1 from director_appointment a join improvement_director d on d.id = a.director_id join trust t on t.id = a.trust_id
      where d.accountable_to <> case t.type when 'FOUNDATION_TRUST' then 'MONITOR' else 'TDA' end)
      or exists (select 1 from director_appointment a join director_appointment b on a.director_id = b.director_id and a.id <> b.id
      where a.starts_on <= b.starts_on and (a.ends_on is null or a.ends_on > b.starts_on))
    union all
    select 'a supported trust has been in special measures; a partner never' where exists (
      select 1 from buddy_contract c where not exists (select 1 from special_measures_episode e where e.trust_id = c.supported_trust_id)
        or exists (select 1 from special_measures_episode e where e.trust_id = c.partner_trust_id))
    union all
    select 'approved and paid incentives within the fund, approved claims within the cap' where exists (
      select 1 from buddy_contract c
      where (select coalesce(sum(amount), 0) from incentive_payment p where p.contract_id = c.id and p.status in ('APPROVED', 'PAID')) > c.incentive_fund
        or (select coalesce(sum(amount), 0) from reimbursement_claim r where r.contract_id = c.id and r.status = 'APPROVED') > c.reimbursement_cap)
    union all
    select 'payments only for verified outcomes of the same contract' where exists (
      select 1 from incentive_payment p join contract_outcome o on o.id = p.outcome_id
      where o.verification <> 'VERIFIED' or o.contract_id <> p.contract_id)
    union all
    select 'a request is due on its earliest current ask' where exists (
      select 1 from information_request r where r.due_on <> (select min(due_on) from request_asker a where a.request_id = r.id and a.withdrawn_on is null))
  ) rules;
  if broken is not null then
    raise exception 'the synthetic data breaks: %', broken;
  end if;
end $$;
