-- Where the facts of the freelancer stand now; also the freelancer's name as it stands now (not part of the facts: a
-- change of name bumps no generation), so that an answer naming the freelancer needs no read of its own. Asked by
-- every verdict the node's memory cannot answer: one plain row, no parameter that changes the plan (see FactsLoader
-- for the variant with the stored document, asked only when this node holds no copy).
select coalesce((select g.generation from guard_generation g where g.freelancer_id = :freelancer), 0) as generation,
       (select e.epoch from guard_epoch e where e.id = 1) as epoch,
       (select fr.full_name from freelancer fr where fr.id = :freelancer) as freelancer_name
