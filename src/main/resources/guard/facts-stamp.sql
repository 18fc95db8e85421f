-- Where the facts of the freelancer stand now, and the stored document if it was built at that very point; also
-- the freelancer's name as it stands now (not part of the facts: a change of name bumps no generation), so that an
-- answer naming the freelancer needs no read of its own.
with stamp as (
    select coalesce((select g.generation from guard_generation g where g.freelancer_id = :freelancer), 0) as generation,
           (select e.epoch from guard_epoch e where e.id = 1) as epoch)
select s.generation, s.epoch,
       (select fr.full_name from freelancer fr where fr.id = :freelancer) as freelancer_name,
       case when :withDocument then (select f.document from guard_facts f where f.freelancer_id = :freelancer
           and f.generation = s.generation and f.epoch = s.epoch) end as document
from stamp s
