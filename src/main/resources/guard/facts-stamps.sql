-- Where the facts of each of these freelancers stand now, and each one's current name: facts-stamp.sql for many
-- freelancers in one read, which the verdicts arriving on a node while the previous such read is in flight share
-- (FactsLoader, relais.shared.GatheredReads). A row for every id asked, even one of no freelancer (generation 0,
-- no name), as facts-stamp.sql gives. Subqueries rather than joins: a join with the unnested ids let PostgreSQL
-- choose hash joins over whole tables (84 µs of its CPU for one id, against 16 for facts-stamp.sql), each subquery
-- is one index lookup.
select f.id as freelancer_id,
       coalesce((select g.generation from guard_generation g where g.freelancer_id = f.id), 0) as generation,
       (select e.epoch from guard_epoch e where e.id = 1) as epoch,
       (select fr.full_name from freelancer fr where fr.id = f.id) as freelancer_name
from unnest(cast(:freelancers as uuid[])) as f(id)
