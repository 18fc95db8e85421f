-- Where the facts of each of these freelancers stand now, and each one's current name: facts-stamp.sql for many
-- freelancers in one read, which the verdicts arriving on a node while the previous such read is in flight share
-- (FactsLoader, relais.shared.GatheredReads). A row for every id asked, even one of no freelancer (generation 0,
-- no name), as facts-stamp.sql gives.
select f.id as freelancer_id,
       coalesce(g.generation, 0) as generation,
       (select e.epoch from guard_epoch e where e.id = 1) as epoch,
       fr.full_name as freelancer_name
from unnest(cast(:freelancers as uuid[])) as f(id)
     left join guard_generation g on g.freelancer_id = f.id
     left join freelancer fr on fr.id = f.id
