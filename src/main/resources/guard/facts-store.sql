-- Never replaces a document built from later facts (two nodes rebuilding at once).
insert into guard_facts (freelancer_id, generation, epoch, document) values (:freelancer, :generation, :epoch, :document)
on conflict (freelancer_id) do update set generation = excluded.generation, epoch = excluded.epoch,
    document = excluded.document, built_at = now()
where (guard_facts.generation, guard_facts.epoch) <= (excluded.generation, excluded.epoch)
