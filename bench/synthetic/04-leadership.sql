-- Leaders: every trust has a chair and a chief executive; a trust that has been in special measures
-- has its full executive, and one in them now or since exited often changed its chief executive
-- during its latest episode (sometimes through an interim). Leadership reviews follow each placement,
-- and a second one six months on.
create temp table tenure (n int, tag text, role text, started date, ended date, interim boolean default false);

insert into tenure select n, 'chair', 'CHAIR', pg_temp.today() - 200 - floor(pg_temp.r('chair:' || n) * 2800)::int, null from story;
insert into tenure select s.n, role, role, pg_temp.today() - 200 - floor(pg_temp.r(role || ':' || s.n) * 1800)::int, null
from story s, unnest(array['MEDICAL_DIRECTOR', 'DIRECTOR_OF_NURSING', 'FINANCE_DIRECTOR']) as role where s.state <> 'NONE';

create temp table ceo as
select n, placed, n = 1 or (((state = 'OPEN' and placed < pg_temp.today() - 60) or state = 'EXITED') and pg_temp.r('ceochange:' || n) < 0.5) as changed,
  n = 1 or pg_temp.r('interim:' || n) < 0.4 as via_interim
from story;
insert into tenure select n, 'ceo', 'CHIEF_EXECUTIVE', pg_temp.today() - 100 - floor(pg_temp.r('ceo:' || n) * 2500)::int, null from ceo where not changed;
insert into tenure select n, 'ceo-old', 'CHIEF_EXECUTIVE', placed - 400 - floor(pg_temp.r('ceo:' || n) * 1500)::int, placed + 30 from ceo where changed;
insert into tenure select n, 'ceo-interim', 'CHIEF_EXECUTIVE', placed + 31,
  case when placed + 150 < pg_temp.today() - 10 then placed + 150 end, true
from ceo where changed and via_interim;
insert into tenure select n, 'ceo-new', 'CHIEF_EXECUTIVE', placed + case when via_interim then 151 else 31 end, null
from ceo where changed and placed + case when via_interim then 151 else 31 end <= pg_temp.today() - 10;
-- A chair replaced after the first review of some trusts in special measures.
insert into tenure select n, 'chair-old', 'CHAIR', placed - 1500, placed + 50 from story
where state = 'OPEN' and placed < pg_temp.today() - 90 and pg_temp.r('chairchange:' || n) < 0.3;
update tenure t set started = s.placed + 51 from story s
where t.n = s.n and t.tag = 'chair' and exists (select 1 from tenure o where o.n = t.n and o.tag = 'chair-old');

insert into leadership_tenure (id, trust_id, role, name, started_on, ended_on, interim)
select pg_temp.uid('tenure', n || ':' || tag), pg_temp.uid('trust', n::text), role,
  pg_temp.person('leader:' || n || ':' || tag, case when role = 'MEDICAL_DIRECTOR' then 'Dr ' else '' end), started, ended, interim
from tenure;

insert into leadership_review (id, trust_id, reviewed_on, reviewer, scope, outcome, findings)
select pg_temp.uid('review', e.n || ':' || e.k || ':' || i), s.id, e.placed + case i when 1 then 30 else 180 end, s.body,
  case when i = 1 then pg_temp.pick(array['BOARD', 'EXECUTIVE_TEAM', 'CHIEF_EXECUTIVE'], 'scope:' || e.n || e.k)
       else pg_temp.pick(array['BOARD', 'CHAIR'], 'scope2:' || e.n || e.k) end,
  case when i = 1 then case when pg_temp.r('outcome:' || e.n || e.k) < 0.7 then 'CHANGE_REQUIRED' else 'CONCERNS' end
       else case when pg_temp.r('outcome2:' || e.n || e.k) < 0.5 then 'CAPABLE' else 'CONCERNS' end end,
  case when i = 1 then 'The board accepted assurance without challenge; the executive team lacks grip on quality and safety.'
       else 'Board committees refreshed and risk reporting improved; sustaining the change needs another quarter.' end
from ep e join story s using (n), generate_series(1, 2) as i
where e.placed + case i when 1 then 30 else 180 end <= pg_temp.today()
  and (i = 1 or ((e.exited is null or e.placed + 180 <= e.exited) and pg_temp.r('review2:' || e.n || e.k) < 0.6));
