-- Session helpers for the synthetic data set ({{trusts}} trusts as of {{today}}): every choice is a
-- hash of a key, so the same scale always gives the same rows. They live in pg_temp: nothing stays.

set time zone 'UTC';

-- A number in [0, 1) from a key.
create function pg_temp.r(k text) returns float8 language sql immutable
  as $$ select ('x' || substr(md5(k), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

-- One element of an array, chosen by a key.
create function pg_temp.pick(a text[], k text) returns text language sql immutable
  as $$ select a[1 + floor(pg_temp.r(k) * array_length(a, 1))::int] $$;

-- A stable uuid for a row: kind and key.
create function pg_temp.uid(kind text, k text) returns uuid language sql immutable
  as $$ select md5(kind || ':' || k)::uuid $$;

create function pg_temp.today() returns date language sql immutable as $$ select {{today}} $$;

create function pg_temp.places() returns text[] language sql immutable as $$ select array[
  'Ashcombe', 'Birchfold', 'Caldermoor', 'Duncliffe', 'Elderwick', 'Fallowmere', 'Gorsey', 'Hartwell',
  'Ingleby', 'Juniper', 'Kestrel', 'Larkhill', 'Marram', 'Northmere', 'Oakhurst', 'Pennock',
  'Quarrydale', 'Ravensholt', 'Sallowmoor', 'Thistleby', 'Upcott', 'Vennington', 'Wealdon', 'Yarrowby',
  'Alderbrook', 'Bracken', 'Cliffhaven', 'Downsmere', 'Eastvale', 'Fenwick', 'Glenholme', 'Harrowfield',
  'Ivybridge', 'Kingsbarrow', 'Lindmoor', 'Millbrook', 'Netherby', 'Ormskirk', 'Pebbleford', 'Redmarsh',
  'Saltmarsh', 'Shinglebay', 'Tarnside', 'Underhill', 'Westerleigh', 'Wrenfield', 'Ashby', 'Brightwater',
  'Coldharbour', 'Dunmore', 'Edgecombe', 'Foxley', 'Greywell', 'Hollins', 'Kelmscot', 'Lowther',
  'Moorfoot', 'Oxley', 'Pendle', 'Rookwood', 'Stonecross', 'Thornwick', 'Whitlow', 'Yardley'] $$;

create function pg_temp.areas() returns text[] language sql immutable as $$ select array[
  'Vale', 'Coast', 'Downs', 'Heath', 'Moor', 'Water', 'Ridge', 'Forest', 'Valley', 'Bay', 'Fields', 'Hills',
  'Marsh', 'Cross', 'Bridge', 'Haven', 'Weald', 'Fen', 'Dales', 'Estuary', 'Borders', 'Park', 'Common', 'Green',
  'Levels', 'Chase', 'Wolds', 'Brook', 'Sands', 'Peaks', 'Lakes', 'Shore', 'North', 'South', 'East', 'West',
  'Central', 'City', 'Garden', 'Harbour', 'Head', 'Hollow', 'Meadows', 'Mill', 'Mount', 'Point', 'Port', 'Royal',
  'Saint Anne', 'Saint Luke', 'Saint Mary', 'Spa', 'Strand', 'Tor', 'Upper', 'Lower', 'Vale Royal', 'Wells',
  'Wick', 'Wood', 'Abbey', 'Castle', 'Cathedral', 'Minster'] $$;

create function pg_temp.person(k text, title text default '') returns text language sql immutable as $$ select
  title || pg_temp.pick(array['Alison', 'Bernard', 'Catherine', 'Daniel', 'Eleanor', 'Farah', 'Graham', 'Helena',
    'Imran', 'Joanna', 'Keith', 'Lucy', 'Martin', 'Nadia', 'Olusola', 'Priya', 'Rachel', 'Simon', 'Tamsin',
    'Usha', 'Victor', 'Wendy', 'Yvonne', 'Zachary', 'Amir', 'Bridget', 'Colin', 'Deborah', 'Ewan', 'Fiona'], 'first:' || k)
  || ' ' || pg_temp.pick(array['Abernethy', 'Carrow', 'Dunmore', 'Ellery', 'Feltham', 'Halloran', 'Jessop', 'Lowther',
    'Mallinson', 'Okonkwo', 'Quarrie', 'Sandhu', 'Turville', 'Upton', 'Varley', 'Whitlock', 'Yardley', 'Achebe',
    'Castellan', 'Ilesworth', 'Marsh', 'Oyelaran', 'Quennell', 'Wrenfield', 'Ambrose', 'Baptiste', 'Cheung',
    'Devlin', 'Fairbairn', 'Gallagher'], 'last:' || k) $$;

-- The rating of a key question, given the overall rating: realistic spreads around it.
create function pg_temp.kq(overall text, question text, k text) returns text language sql immutable as $$ select
  case overall
    when 'OUTSTANDING' then case when question = 'safe' or pg_temp.r(k) < 0.25 then 'GOOD' else 'OUTSTANDING' end
    when 'GOOD' then case when question = 'caring' and pg_temp.r(k) < 0.4 then 'OUTSTANDING'
      when question = 'safe' and pg_temp.r(k) < 0.2 then 'REQUIRES_IMPROVEMENT' else 'GOOD' end
    when 'REQUIRES_IMPROVEMENT' then case when question = 'caring' then 'GOOD'
      when question in ('effective', 'responsive') and pg_temp.r(k) < 0.4 then 'GOOD'
      when question = 'safe' and pg_temp.r(k) < 0.15 then 'INADEQUATE' else 'REQUIRES_IMPROVEMENT' end
    else case when question in ('safe', 'well_led') then 'INADEQUATE'
      when question = 'caring' then case when pg_temp.r(k) < 0.5 then 'GOOD' else 'REQUIRES_IMPROVEMENT' end
      when question = 'effective' and pg_temp.r(k) < 0.5 then 'INADEQUATE' else 'REQUIRES_IMPROVEMENT' end
  end $$;
