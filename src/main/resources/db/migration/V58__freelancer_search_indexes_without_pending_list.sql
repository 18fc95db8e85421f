-- The marketplace's candidate search reads the GIN indexes of V48 on every query. With fastupdate on (the default),
-- new entries wait in an unsorted pending list that every scan reads in full until a vacuum merges it: after a bulk
-- load of 100,000 profiles that list alone made each containment test cost tens of milliseconds. Writes to freelancer
-- profiles are rare next to searches, so entries now go straight into the index, and what is pending is merged now.
alter index freelancer_skill_keys set (fastupdate = off);
alter index freelancer_search_document set (fastupdate = off);
alter index freelancer_languages set (fastupdate = off);

select pg_catalog.gin_clean_pending_list('freelancer_skill_keys'::regclass),
       pg_catalog.gin_clean_pending_list('freelancer_search_document'::regclass),
       pg_catalog.gin_clean_pending_list('freelancer_languages'::regclass);
