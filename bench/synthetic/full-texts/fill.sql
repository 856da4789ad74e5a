-- Full-length texts (`npm run bench -- --full-texts N`): every text the data set holds grows to the
-- longest the API accepts, in words chosen by a hash of the row (text that compresses as prose does,
-- not one repeated letter). A text that is absent stays absent. Runs after the other scripts, in their session.

create function pg_temp.prose(k text, size int) returns text language sql immutable as $$
  select left(string_agg(pg_temp.pick(array['the', 'trust', 'board', 'agreed', 'actions', 'staffing', 'ward', 'safety',
    'incidents', 'were', 'reviewed', 'with', 'partners', 'and', 'the', 'director', 'assurance', 'improved', 'against',
    'plan', 'maternity', 'vacancies', 'fell', 'quality', 'governance', 'month', 'figures', 'attached', 'commentary',
    'rates', 'threshold', 'recovery', 'finance', 'deficit', 'forecast', 'risk', 'escalated', 'clinical', 'leadership',
    'culture', 'survey', 'patients', 'discharge', 'delays', 'emergency', 'department', 'handover', 'targets', 'met',
    'missed', 'because', 'of', 'winter', 'pressures', 'infection', 'control', 'audit', 'found', 'gaps', 'in',
    'training', 'records', 'now', 'closed'], k || ':' || i), ' '), size)
  from generate_series(1, size / 4) as i $$;

update information_request set answer = pg_temp.prose('answer:' || id, 20000) where answer is not null;
update request_asker set question = pg_temp.prose('question:' || id, 2000);
update inspection set summary = pg_temp.prose('summary:' || id, 5000) where summary is not null;
update contract_outcome set narrative = pg_temp.prose('narrative:' || id, 5000) where narrative is not null;
update plan_update set summary = pg_temp.prose('update:' || id, 5000);
update leadership_review set findings = pg_temp.prose('findings:' || id, 20000) where findings is not null;
update special_measures_episode set reason = pg_temp.prose('reason:' || id, 2000);
update plan_action set title = pg_temp.prose('title:' || id, 300);
